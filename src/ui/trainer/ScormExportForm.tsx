import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useModuleLanguagePicker } from '../components/ModuleLanguagePicker';
import { bytesOfBase64, saveFile } from '../download';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useAction } from '../useAction';

/** Trainer area → a module as a SCORM 1.2 package, saved as a zip for the LMS (Moodle…). */
export function ScormExportForm() {
  const { t } = useTranslation();
  const { chosen, lang: packageLang, fields } = useModuleLanguagePicker({ module: t('scorm.trainer.module'), language: t('scorm.trainer.language') });
  const { busy, error, run } = useAction();
  const [made, setMade] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    setMade(null);
    await run(async () => {
      const zip = await api.exportScormModule({ packId: chosen.packId, moduleId: chosen.moduleId, lang: packageLang });
      saveFile(zip.fileName, bytesOfBase64(zip.zipBase64), 'application/zip');
      setMade(zip.fileName);
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      {fields}
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
