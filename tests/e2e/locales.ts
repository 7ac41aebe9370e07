// The app's text in a language, for browser tests to find what the learner reads: the locale
// files merged at their top level (as src/core/i18n/resources.ts does), read with fs because the
// test runner does not load JSON modules, and an i18next instance to fill in plurals and values.
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';

const LOCALES = path.resolve(import.meta.dirname, '../../src/core/i18n/locales');

function translations(lang: string): Record<string, unknown> {
  const files = fs.readdirSync(LOCALES).filter((f) => f === `${lang}.json` || (f.startsWith(`${lang}.`) && f.endsWith('.json')));
  return Object.assign({}, ...files.map((f) => JSON.parse(fs.readFileSync(path.join(LOCALES, f), 'utf8')) as Record<string, unknown>));
}

export async function translator(lang: string): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [lang]: { translation: translations(lang) } }, lng: lang, interpolation: { escapeValue: false }, returnNull: false });
  return instance.t;
}
