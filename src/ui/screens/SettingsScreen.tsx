import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../core/i18n/languages';
import { useApp } from '../appState';

const UI_LANGUAGE_COUNT = UI_LANGUAGES.length;
import { useDocumentTitle } from '../useDocumentTitle';
import { ErrorMessage } from '../errors/ErrorMessage';
import { XapiPanel } from '../components/XapiPanel';
import { routeToHash } from '../router';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, setLanguage } = useApp();
  // The radio follows the learner's choice at once; the saved setting follows when stored.
  const [selected, setSelected] = useState(settings.language);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('settings.title'));
  // The administration's policy may offer fewer languages than the app has.
  const offered = settings.policy.languages;
  const restricted = offered.length < UI_LANGUAGE_COUNT;
  const choose = async (language: string) => {
    setSelected(language);
    setSaved(false);
    setError(null);
    try {
      await setLanguage(language);
      setSaved(true);
    } catch (e) {
      setSelected(settings.language);
      setError(e);
    }
  };
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <fieldset>
        <legend>{t('settings.language')}</legend>
        {restricted && <p className="hint">{t('admin.settings.languagesSet')}</p>}
        {offered.map((lang) => (
          <label key={lang} className="option">
            <input type="radio" name="language" value={lang} checked={selected === lang} onChange={() => void choose(lang)} />
            {/* Each language is named in itself, so a learner finds their own. */}
            <span lang={lang}>{t(`language.${lang}`, { lng: lang })}</span>
          </label>
        ))}
      </fieldset>
      <p role="status">{saved ? t('settings.saved') : ''}</p>
      {error !== null && <ErrorMessage error={error} />}
      <h2>{t('packs.screen.title')}</h2>
      <p>
        <a href={routeToHash({ screen: 'packs' })}>{t('packs.screen.settingsLink')}</a>
      </p>
      <XapiPanel />
    </div>
  );
}
