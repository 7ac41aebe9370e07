import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { numbersInTheLanguage } from './numberFormat';
import { DEFAULT_LANGUAGE, isLocaleFileOf, isUiLanguage, mergeLocaleFiles, UI_LANGUAGES } from '../core/i18n/languages';

// Each locale file is its own chunk: the first screen loads the text of the language in use
// only, not every language's (the locale files are complete, so no fallback text is needed
// up front; English is added in the background for the rare key a future file might miss).
const LOCALE_FILES = import.meta.glob<Record<string, unknown>>('../core/i18n/locales/*.json', { import: 'default' });

async function loadLanguage(lang: string): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const files = Object.entries(LOCALE_FILES).filter(([file]) => isLocaleFileOf(file, lang));
  const loaded = await Promise.all(files.map(async ([file, load]) => [file, await load()] as const));
  i18next.addResourceBundle(lang, 'translation', mergeLocaleFiles(Object.fromEntries(loaded), lang));
}

/** Makes sure a language's text is there before switching to it. */
export async function ensureLanguage(lang: string): Promise<void> {
  await loadLanguage(isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE);
}

export async function initI18n(language: string): Promise<typeof i18next> {
  await i18next.use(initReactI18next).use(numbersInTheLanguage).init({
    resources: {},
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes; numbers follow the language (numberFormat.ts)
    returnNull: false,
  });
  await ensureLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  if (language !== DEFAULT_LANGUAGE) void loadLanguage(DEFAULT_LANGUAGE).catch(() => undefined);
  return i18next;
}
