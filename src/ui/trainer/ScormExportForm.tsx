import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useApp } from '../appState';
import { bytesOfBase64, saveFile } from '../download';
import { ErrorMessage } from '../errors/ErrorMessage';

/** Trainer area → a module as a SCORM 1.2 package, saved as a zip for the LMS (Moodle…). */
export function ScormExportForm() {
  const { t } = useTranslation();
  const { catalog, settings } = useApp();
  const id = useId();
  const modules = catalog.packs.flatMap((p) => p.modules.map((m) => ({ value: `${p.id}/${m.id}`, packId: p.id, moduleId: m.id, pack: p })));
  const [choice, setChoice] = useState(modules[0]?.value ?? '');
  const chosen = modules.find((m) => m.value === choice);
  const languages = chosen?.pack.languages ?? [settings.language];
  const [lang, setLang] = useState(settings.language);
  const packageLang = languages.includes(lang) ? lang : languages[0]!;
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setMade(null);
    setError(null);
    try {
      const zip = await api.exportScormModule({ packId: chosen.packId, moduleId: chosen.moduleId, lang: packageLang });
      saveFile(zip.fileName, bytesOfBase64(zip.zipBase64), 'application/zip');
      setMade(zip.fileName);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <p>
        <label htmlFor={`${id}-module`}>{t('scorm.trainer.module')}</label>{' '}
        <select id={`${id}-module`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {catalog.packs.map((p) => (
            <optgroup key={p.id} label={p.title}>
              {p.modules.map((m) => (
                <option key={m.id} value={`${p.id}/${m.id}`}>
                  {m.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`${id}-lang`}>{t('scorm.trainer.language')}</label>{' '}
        <select id={`${id}-lang`} value={packageLang} onChange={(e) => setLang(e.target.value)}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </p>
      <button type="submit" disabled={!chosen || busy}>
        {t('scorm.trainer.button')}
      </button>
      <div aria-live="polite">
        {busy && <p role="status">{t('scorm.trainer.making')}</p>}
        {made && <p role="status">{t('scorm.trainer.made', { file: made })}</p>}
      </div>
      {error !== null && <ErrorMessage error={error} />}
    </form>
  );
}
