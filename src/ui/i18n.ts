import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../core/i18n/languages';

// Each language's text is one chunk (core/i18n/text): the first screen loads the text of the
// language in use only, in one request, not every language's (the text is complete, so no
// fallback text is needed up front; English is added in the background for the rare key a
// future file might miss). The language last used is remembered in this browser profile so its
// text can be fetched while the startup call is still on its way (see prefetchLanguage).
const LANGUAGE_TEXT: Record<UiLanguage, () => Promise<Record<string, unknown>>> = {
  en: () => import('../core/i18n/text/en').then((m) => m.text),
  fr: () => import('../core/i18n/text/fr').then((m) => m.text),
};
const REMEMBERED_LANGUAGE_KEY = 'cea.uiLanguage';
const loading = new Map<UiLanguage, Promise<Record<string, unknown>>>();

function textOf(lang: UiLanguage): Promise<Record<string, unknown>> {
  let text = loading.get(lang);
  if (!text) {
    text = LANGUAGE_TEXT[lang]();
    loading.set(lang, text);
    text.catch(() => loading.delete(lang)); // a failed fetch may be tried again
  }
  return text;
}

async function loadLanguage(lang: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const text = await textOf(lang);
  if (!i18next.hasResourceBundle(lang, 'translation')) i18next.addResourceBundle(lang, 'translation', text);
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

function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(REMEMBERED_LANGUAGE_KEY, lang);
  } catch {
    // not remembered: the next start fetches the text after the settings, as before
  }
}

/** Makes sure a language's text is there before switching to it. */
export async function ensureLanguage(lang: string): Promise<void> {
  await loadLanguage(isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE);
}

export async function initI18n(language: string): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  await ensureLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = i18next.language;
  rememberLanguage(i18next.language);
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    rememberLanguage(lng);
  });
  if (language !== DEFAULT_LANGUAGE) void loadLanguage(DEFAULT_LANGUAGE).catch(() => undefined);
  return i18next;
}
