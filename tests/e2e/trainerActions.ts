// Trainer steps shared by the e2e specs: UI text read from the locale files (as the app shows
// it), and making a trainer profile through the Profiles screen, as a trainer would.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const LOCALES = path.resolve(import.meta.dirname, '../../src/core/i18n/locales');

/** A language's locale files merged at their top level, as src/core/i18n/resources.ts does. */
function merged(lang: string): Record<string, unknown> {
  const files = fs.readdirSync(LOCALES).filter((f) => f === `${lang}.json` || (f.startsWith(`${lang}.`) && f.endsWith('.json')));
  return Object.assign({}, ...files.map((f) => JSON.parse(fs.readFileSync(path.join(LOCALES, f), 'utf8')) as Record<string, unknown>));
}

/** The UI text of a key with its {{values}} filled in (no plurals: give the _one/_other key). */
export function uiText(lang: 'en' | 'fr', key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = merged(lang);
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text for ${key} in ${lang}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** Adds a trainer profile on the Profiles screen and switches to it: the menu then shows the trainer area. */
export async function becomeTrainer(page: Page, lang: 'en' | 'fr' = 'en', name = 'Trainer'): Promise<void> {
  const t = (key: string, values?: Record<string, string | number>) => uiText(lang, key, values);
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/profiles`);
  const form = page.locator('section', { has: page.getByRole('heading', { name: t('profiles.create.title') }) });
  await form.getByLabel(t('profiles.form.name'), { exact: true }).fill(name);
  await form.getByRole('radio', { name: t('trainer.role.trainer') }).check();
  await form.getByRole('button', { name: t('profiles.create.submit') }).click();
  await page.getByRole('button', { name: t('ux.profiles.switchNow', { name }) }).click();
  await expect(page.getByRole('link', { name: t('trainer.nav') })).toBeVisible();
}
