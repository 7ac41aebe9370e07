// Trainer tools → Handouts: by keyboard alone, a trainer picks a module and a language and saves
// the job aid as a PDF file, read back with pdftotext. Axe clean, in French, and reflows at 320 px.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { becomeTrainer } from './trainerActions';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Tabs until the focused element has this accessible text (keyboard only, no clicks). */
async function tabTo(page: Page, name: string | RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : '';
    });
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`"${String(name)}" not reached by Tab`);
}

test('a trainer saves a module’s handouts as PDF, by keyboard, in French', async ({ app: page, preview }) => {
  test.slow();
  await page.goto(`${preview.url}#/settings`);
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Handouts hold the answer key: they are in the trainer area, for a trainer's profile.
  await becomeTrainer(page, 'fr', 'Formatrice');
  await page.goto(`${preview.url}#/trainer`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, 'Documents à imprimer (PDF)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Documents à imprimer' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()).violations.map((v) => v.id)).toEqual([]);

  // The first module of the course and the app's language are chosen to begin with.
  await expect(page.getByLabel('Module')).toHaveValue('wco-ecommerce/basics');
  await expect(page.getByLabel('Langue des documents')).toHaveValue('fr');

  await tabTo(page, 'Aide-mémoire (une page) (PDF)');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('basics-aide-memoire-fr.pdf');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', (await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Aide-mémoire');
  expect(text).toContain('Le commerce électronique transfrontalier et la douane');
  expect(text).toContain('Termes du module');
  await expect(page.getByText('basics-aide-memoire-fr.pdf est prêt.')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()).violations.map((v) => v.id)).toEqual([]);

  // Reflow (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways, long module titles included.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('button', { name: 'Questionnaire (PDF)' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
