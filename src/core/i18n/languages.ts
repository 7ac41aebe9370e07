// The UI languages, apart from their text: the renderer's first bundle needs these names without
// carrying every language's text (see src/ui/i18n.ts, which loads only the one in use).
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

export function isUiLanguage(lang: string): lang is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(lang);
}
