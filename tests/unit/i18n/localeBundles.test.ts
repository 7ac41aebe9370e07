// The renderer fetches each language's text as one module (src/core/i18n/text/<lang>.ts), which
// resources.ts also uses. Every locale file on disk must be in it: a file that a text module
// forgot, or one the file-name rule misses, fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/core/i18n/languages';
import { resources } from '../../../src/core/i18n/resources';

/** Whether a locale file (`<lang>.json`, `<lang>.<area>.json`) holds text of `lang`. */
function isLocaleFileOf(file: string, lang: string): boolean {
  return new RegExp(`(^|/)${lang}(\\.[\\w-]+)?\\.json$`).test(file);
}

/** A language's text: its locale files merged at their top level, as the text modules merge them. */
function mergeLocaleFiles(files: Record<string, unknown>, lang: string): Record<string, unknown> {
  const mine = Object.keys(files)
    .filter((file) => isLocaleFileOf(file, lang))
    .sort();
  return Object.assign({}, ...mine.map((file) => files[file]));
}

const dir = path.resolve(import.meta.dirname, '../../../src/core/i18n/locales');
const files = Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [`../core/i18n/locales/${f}`, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))]));

describe('locale bundles by file name', () => {
  it.each(UI_LANGUAGES)('merging the %s files on disk gives exactly the text resources.ts gives', (lang) => {
    expect(mergeLocaleFiles(files, lang)).toEqual(resources[lang].translation);
  });

  it('every locale file belongs to exactly one UI language', () => {
    for (const file of Object.keys(files)) expect(UI_LANGUAGES.filter((lang) => isLocaleFileOf(file, lang)), file).toHaveLength(1);
  });

  it('the file-name rule tells languages apart', () => {
    expect(isLocaleFileOf('../locales/fr.search.json', 'fr')).toBe(true);
    expect(isLocaleFileOf('../locales/fr.json', 'fr')).toBe(true);
    expect(isLocaleFileOf('../locales/fr.search.json', 'en')).toBe(false);
    expect(isLocaleFileOf('../locales/free.json', 'fr')).toBe(false);
  });
});
