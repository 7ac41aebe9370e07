import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDOUT_KINDS, type HandoutKind } from '../../core/print/handouts';
import { api } from '../api';
import { useModuleLanguagePicker } from '../components/ModuleLanguagePicker';
import { bytesOfBase64, saveFile } from '../download';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useDocumentTitle } from '../useDocumentTitle';

/** Trainer area → Handouts: a module's four PDFs (lesson handout, job aid, quiz sheet, facilitator guide). */
export function HandoutsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('print.screen.title'));
  const { chosen, lang: docLang, fields } = useModuleLanguagePicker({ module: t('print.screen.module'), language: t('print.screen.language') });
  const [busy, setBusy] = useState<HandoutKind | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const make = async (kind: HandoutKind) => {
    if (!chosen) return;
    setBusy(kind);
    setMade(null);
    setError(null);
    try {
      const pdf = await api.makeHandout({ packId: chosen.packId, moduleId: chosen.moduleId, lang: docLang, kind });
      saveFile(pdf.fileName, bytesOfBase64(pdf.pdfBase64), 'application/pdf');
      setMade(pdf.fileName);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="handouts">
      <h1>{t('print.screen.title')}</h1>
      <p className="lead">{t('print.screen.intro')}</p>
      {fields}
      <ul className="handout-buttons">
        {HANDOUT_KINDS.map((kind) => (
          <li key={kind}>
            <button type="button" className="primary" disabled={!chosen || busy !== null} onClick={() => void make(kind)}>
              {t('print.screen.button', { kind: t(`print.screen.kinds.${kind}`) })}
            </button>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {busy !== null && <p role="status">{t('print.screen.making')}</p>}
        {made !== null && <p className="notice notice-info">{t('print.screen.made', { file: made })}</p>}
        {error !== null && <ErrorMessage error={error} context="errors.context.trainer" />}
      </div>
    </div>
  );
}
