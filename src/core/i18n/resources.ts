// The UI text in every language. The renderer gives these to i18next; Node-side code that
// writes learner-facing text (lesson callout titles) looks keys up with translate().
// One file per area, so that work on different features does not collide in one file. The
// files of a language are merged at their top level; tests/unit/i18n checks that no top-level
// key appears in two files.
import * as enText from './text/en';
import * as enTools from './text/en.tools';
import * as frText from './text/fr';
import * as frTools from './text/fr.tools';

export const LOCALE_PARTS = { en: [...enText.parts, ...enTools.parts], fr: [...frText.parts, ...frTools.parts] } as const;
const en = { ...enText.text, ...enTools.text } as typeof enText.text;
const fr = { ...frText.text, ...frTools.text } as typeof frText.text;

import { isUiLanguage } from './languages';
export { DEFAULT_LANGUAGE, isUiLanguage, UI_LANGUAGES, type UiLanguage } from './languages';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/**
 * Looks up a dotted key ("lesson.callout.note"); falls back to English, then to the key. Fills
 * {{placeholders}} from params, as i18next does (no plural forms: keys used here have none).
 */
export function translate(lang: string, key: string, params?: Record<string, string | number>): string {
  const text = lookupText(lang, key);
  if (!params) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

function lookupText(lang: string, key: string): string {
  const lookup = (tree: unknown): string | undefined => {
    let node = tree;
    for (const part of key.split('.')) {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' ? node : undefined;
  };
  const table = isUiLanguage(lang) ? resources[lang].translation : resources.en.translation;
  return lookup(table) ?? lookup(resources.en.translation) ?? key;
}
