// The UI languages, apart from their text: the renderer's first bundle needs these names without
// carrying every language's text (see src/ui/i18n.ts, which loads only the one in use).
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

export function isUiLanguage(lang: string): lang is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(lang);
}

/** Whether a locale file (`<lang>.json`, `<lang>.<area>.json`) holds text of `lang`. */
export function isLocaleFileOf(file: string, lang: string): boolean {
  return new RegExp(`(^|/)${lang}(\\.[\\w-]+)?\\.json$`).test(file);
}

/** A language's text: its locale files merged at their top level, as resources.ts merges them. */
export function mergeLocaleFiles(files: Record<string, unknown>, lang: string): Record<string, unknown> {
  const mine = Object.keys(files)
    .filter((file) => isLocaleFileOf(file, lang))
    .sort();
  return Object.assign({}, ...mine.map((file) => files[file]));
}
