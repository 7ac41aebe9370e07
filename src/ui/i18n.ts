import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterPaint } from './afterPaint';
import { numbersInTheLanguage } from './numberFormat';
import { DEFAULT_LANGUAGE, isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../core/i18n/languages';
import { rememberLanguage, textOf, toolsTextOf } from './languageText';
// DEFAULT_LANGUAGE's text is part of the app's code, not fetched: every start needs it (it is
// the fallback text in every language), and with it at hand the first screen of a learner in
// that language renders in the page's first task (see main.tsx).
import { text as defaultText } from '../core/i18n/text/en';

// The first screen has the default language's text at hand, and fetches the text of another
// language in use (see languageText.ts); English then stays the fallback for a key a future file
// might miss.
// A language's bundle is built from two chunks that may arrive in either order, so each part is
// merged in once (deep, never overwriting) and remembered by part, not by "the bundle exists".
const added = new Set<string>();
function addPart(lang: UiLanguage, part: 'base' | 'tools', text: Record<string, unknown>): void {
  if (added.has(`${lang}:${part}`)) return;
  added.add(`${lang}:${part}`);
  i18next.addResourceBundle(lang, 'translation', text, true, false);
}

async function loadLanguage(lang: UiLanguage): Promise<void> {
  if (added.has(`${lang}:base`)) return;
  addPart(lang, 'base', lang === DEFAULT_LANGUAGE ? defaultText : await textOf(lang));
}

/** The tools' text of a language, added to its bundle (components re-render: bindI18nStore). */
async function loadTools(lang: UiLanguage): Promise<void> {
  if (added.has(`${lang}:tools`)) return;
  addPart(lang, 'tools', await toolsTextOf(lang));
}

/** Makes sure a language's text, the tools' included, is there before switching to it. */
export async function ensureLanguage(lang: string): Promise<void> {
  const l = isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  await Promise.all([loadLanguage(l), loadTools(l)]);
}

/** A screen other than the lesson waits for this before it shows (see ./lazyNamed). */
export function ensureToolsText(): Promise<void> {
  const lang = i18next.language;
  return loadTools(isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE);
}

function setDocumentLanguage(lng: string): void {
  // Only when it changes: the page's <html lang> already says the default language.
  if (document.documentElement.lang !== lng) document.documentElement.lang = lng;
}

export async function initI18n(language: string): Promise<typeof i18next> {
  const lang = isUiLanguage(language) ? language : DEFAULT_LANGUAGE;
  const base = lang === DEFAULT_LANGUAGE ? defaultText : await textOf(lang);
  added.add(`${lang}:base`);
  // Given its text up front, i18next is ready when init returns (no second language change).
  await i18next.use(initReactI18next).use(numbersInTheLanguage).init({
    resources: { [lang]: { translation: base } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes; numbers follow the language (numberFormat.ts)
    returnNull: false,
    // The tools' text arrives after the first screen: what is on screen then shows it at once.
    react: { bindI18nStore: 'added' },
  });
  setDocumentLanguage(i18next.language);
  // For the next start's prefetch; localStorage is synchronous, so not before the first frame.
  afterPaint(() => rememberLanguage(i18next.language));
  i18next.on('languageChanged', (lng) => {
    setDocumentLanguage(lng);
    rememberLanguage(lng);
  });
  if (language !== DEFAULT_LANGUAGE) void loadLanguage(DEFAULT_LANGUAGE).catch(() => undefined);

  return i18next;
}
