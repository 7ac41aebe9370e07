// A language's UI text, fetched as one chunk, apart from i18next so that the first module the
// renderer runs (startupCalls.ts) can start fetching it before React and i18next are evaluated.
import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from '../core/i18n/languages';

// The default language's text is part of the app's code (see ./i18n.ts): every start needs it, as
// the fallback text in every language. Each other language's text is one chunk (core/i18n/text),
// fetched only when it is in use. The language last used is remembered in this browser profile so
// its text can be fetched while the startup call is still on its way (see prefetchLanguage).
const LANGUAGE_TEXT: Partial<Record<UiLanguage, () => Promise<Record<string, unknown>>>> = {
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

/** The text of a language other than the default one (whose text ./i18n.ts imports). */
export function textOf(lang: UiLanguage): Promise<Record<string, unknown>> {
  const load = LANGUAGE_TEXT[lang];
  if (!load) return Promise.reject(new Error(`${lang} is the default language: its text is imported, not fetched`));
  return once(loading, lang, load);
}

const loadingTools = new Map<UiLanguage, Promise<Record<string, unknown>>>();

export function toolsTextOf(lang: UiLanguage): Promise<Record<string, unknown>> {
  return once(loadingTools, lang, TOOLS_TEXT[lang]);
}

/**
 * Starts fetching the text of the language in use (`known`, from start-up data the page carries)
 * or else of the language used last time, before the settings say which one is in use: when they
 * say another, that one is fetched then (nothing else is lost). The default language's text
 * comes with the app's code (see ./i18n.ts): nothing to fetch for it.
 */
export function prefetchLanguage(known?: string): void {
  let lang = known ?? null;
  if (lang === null) {
    try {
      lang = localStorage.getItem(REMEMBERED_LANGUAGE_KEY);
    } catch {
      // no storage (private mode): start with the default language
    }
  }
  if (lang && isUiLanguage(lang) && lang !== DEFAULT_LANGUAGE) void textOf(lang).catch(() => undefined);
}

export function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(REMEMBERED_LANGUAGE_KEY, lang);
  } catch {
    // not remembered: the next start fetches the text after the settings, as before
  }
}

