// A language's UI text, fetched as one chunk, apart from i18next so that the first module the
// renderer runs (startupCalls.ts) can start fetching it before React and i18next are evaluated.
import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from '../core/i18n/languages';

// Each language's text is one chunk (core/i18n/text): the first screen loads the text of the
// language in use only, in one request, not every language's (the text is complete, so no
// fallback text is needed up front; English is added in the background for the rare key a
// future file might miss). The language last used is remembered in this browser profile so its
// text can be fetched while the startup call is still on its way (see prefetchLanguage).
const LANGUAGE_TEXT: Record<UiLanguage, () => Promise<Record<string, unknown>>> = {
  en: () => import('../core/i18n/text/en').then((m) => m.text),
  fr: () => import('../core/i18n/text/fr').then((m) => m.text),
};
// The tools' text (trainer area, classes, packs, administration, exports) is a second chunk per
// language: the first lesson does not wait for it (see toolsTextOf and ../i18n.ts).
const TOOLS_TEXT: Record<UiLanguage, () => Promise<Record<string, unknown>>> = {
  en: () => import('../core/i18n/text/en.tools').then((m) => m.text),
  fr: () => import('../core/i18n/text/fr.tools').then((m) => m.text),
};
const REMEMBERED_LANGUAGE_KEY = 'cea.uiLanguage';
const loading = new Map<UiLanguage, Promise<Record<string, unknown>>>();

function once(cache: Map<UiLanguage, Promise<Record<string, unknown>>>, lang: UiLanguage, load: () => Promise<Record<string, unknown>>) {
  let text = cache.get(lang);
  if (!text) {
    text = load();
    cache.set(lang, text);
    text.catch(() => cache.delete(lang)); // a failed fetch may be tried again
  }
  return text;
}

export function textOf(lang: UiLanguage): Promise<Record<string, unknown>> {
  return once(loading, lang, LANGUAGE_TEXT[lang]);
}

const loadingTools = new Map<UiLanguage, Promise<Record<string, unknown>>>();

export function toolsTextOf(lang: UiLanguage): Promise<Record<string, unknown>> {
  return once(loadingTools, lang, TOOLS_TEXT[lang]);
}

/**
 * Starts fetching the text of the language used last time, before the settings say which one
 * is in use: when they say another, that one is fetched then (nothing else is lost).
 */
export function prefetchLanguage(): void {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(REMEMBERED_LANGUAGE_KEY);
  } catch {
    // no storage (private mode): start with the default language
  }
  void textOf(remembered && isUiLanguage(remembered) ? remembered : DEFAULT_LANGUAGE).catch(() => undefined);
}

export function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(REMEMBERED_LANGUAGE_KEY, lang);
  } catch {
    // not remembered: the next start fetches the text after the settings, as before
  }
}

