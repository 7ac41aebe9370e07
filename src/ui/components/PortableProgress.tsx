import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PORTABLE_BYTES } from '../../core/portable/limits';
import type { PortableInspection, PortableRefusal, RestoreDiff } from '../../core/portable/results';
import { api } from '../api';
import { useApp } from '../appState';
import { saveFile } from '../download';
import { formatStudyTime } from '../studyTimeText';
import { ErrorMessage } from '../errors/ErrorMessage';
import type { ShownError } from '../errors/shownError';
import { ConfirmDialog } from './ConfirmDialog';
import { FileQuizzes } from './FileQuizzes';
import { useAction } from '../useAction';

type Opened = { text: string; name: string; inspection: PortableInspection };


/** Saves the record to a file (Blob + <a download>), and reads one back: checked, summarised, restored only on confirmation. */
export function PortableProgress({ onRestored }: { onRestored(): void }) {
  const { t, i18n } = useTranslation();
  const { refreshProgress, settings } = useApp();
  // The administration may forbid restoring a progress file (learnersMayImportProgress: false).
  const mayRestore = settings.policy.learnersMayImportProgress;
  const inputId = useId();
  const [exported, setExported] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [rejected, setRejected] = useState<{ name: string; rejection: PortableRefusal } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restored, setRestored] = useState<{ name: string; changes: RestoreDiff; backupFile?: string } | null>(null);
  const { busy, error, setError, run } = useAction();
  // Sizes in MB with one decimal, written the learner's way ("5.0" in English, "5,0" in French).
  const megabytes = (bytes: string | number) =>
    new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(bytes) / (1024 * 1024));
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  const exportRecord = async () => {
    setError(null);
    setExported(null);
    try {
      const out = await api.exportProgress();
      saveFile(out.fileName, out.text, 'application/json');
      setExported(out.fileName);
    } catch (e) {
      setError(e);
    }
  };

  const openFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setOpened(null);
    setRejected(null);
    setRestored(null);
    setError(null);
    if (!file) return;
    // Checked here too, so a huge file is never read into memory or sent.
    if (file.size > MAX_PORTABLE_BYTES) {
      const params = { size: String(file.size), limit: String(MAX_PORTABLE_BYTES) };
      setRejected({ name: file.name, rejection: { ok: false, reason: 'too-large', params } });
      return;
    }
    await run(async () => {
      const text = await file.text();
      const result = await api.inspectProgressFile({ text });
      if (result.ok) setOpened({ text, name: file.name, inspection: result });
      else setRejected({ name: file.name, rejection: result });
    });
  };

  const restore = async () => {
    if (!opened) return;
    setConfirming(false);
    await run(async () => {
      const result = await api.restoreProgress({ text: opened.text, confirm: true });
      if (!result.ok) {
        setRejected({ name: opened.name, rejection: result });
      } else {
        setRestored({ name: opened.name, changes: result.changes, backupFile: result.backupFile });
        await refreshProgress();
        onRestored();
      }
      setOpened(null);
    });
  };

  // The rejection as a message: its reason's key, with sizes written the learner's way.
  const rejectionMessage = (r: PortableRefusal): ShownError => {
    const p = r.params;
    const params = r.reason === 'too-large' ? { size: megabytes(p.size ?? 0), limit: megabytes(p.limit ?? MAX_PORTABLE_BYTES) } : p;
    return { key: `portable.reason.${r.reason}`, params };
  };

  return (
    <section className="portable" aria-labelledby="portable-title">
      <h2 id="portable-title">{t('portable.title')}</h2>
      <p>{t('portable.intro')}</p>
      <h3>{t('portable.exportTitle')}</h3>
      <p>{t('portable.exportHelp')}</p>
      <details className="tech-details">
        <summary>{t('ux.details')}</summary>
        <p>{t('ux.portable.technical')}</p>
      </details>
      <button type="button" className="primary" onClick={() => void exportRecord()}>
        {t('portable.exportButton')}
      </button>
      <p role="status" className="portable-status">
        {exported ? t('portable.exported', { file: exported }) : ''}
      </p>

      <h3>{t('portable.importTitle')}</h3>
      {mayRestore ? (
        <>
          <p>{t('portable.importHelp', { limit: megabytes(MAX_PORTABLE_BYTES) })}</p>
          <p>
            <label htmlFor={inputId} className="file-label">
              {t('portable.chooseFile')}
            </label>{' '}
            <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void openFile(e)} disabled={busy} />
          </p>
        </>
      ) : (
        <p className="notice notice-info">{t('admin.portable.importOff')}</p>
      )}

      <div aria-live="polite">
        {busy && <p className="loading">{t('portable.checking')}</p>}
        {restored && (
          <div className="notice notice-info portable-restored">
            <p>{t('portable.restoredTitle', { file: restored.name })}</p>
            <ChangeList changes={restored.changes} />
            {restored.backupFile ? <p>{t('portable.backupKept', { file: restored.backupFile })}</p> : <p>{t('portable.nothingChanged')}</p>}
          </div>
        )}
      </div>
      {rejected && (
        <ErrorMessage
          error={rejectionMessage(rejected.rejection)}
          context={{ key: 'portable.rejectedTitle', params: { file: rejected.name } }}
          next="portable.rejectedUnchanged"
        />
      )}
      {error !== null && <ErrorMessage error={error} />}
      {opened && (
        <div className="portable-summary" aria-labelledby="portable-summary-title">
          <h3 id="portable-summary-title">{t('portable.summaryTitle', { file: opened.name })}</h3>
          <dl className="progress-totals">
            <div>
              <dt>{t('portable.exportedAt')}</dt>
              <dd>{date(opened.inspection.exportedAt)}</dd>
            </div>
            {opened.inspection.learnerName && (
              <div>
                <dt>{t('portable.learner')}</dt>
                <dd>{opened.inspection.learnerName}</dd>
              </div>
            )}
            <div>
              <dt>{t('portable.contents.lessons')}</dt>
              <dd>{t('portable.contents.lessonsValue', { count: opened.inspection.contents.lessons, finished: opened.inspection.contents.lessonsFinished })}</dd>
            </div>
            <div>
              <dt>{t('portable.contents.attempts')}</dt>
              <dd>{opened.inspection.contents.attempts}</dd>
            </div>
            <div>
              <dt>{t('portable.contents.time')}</dt>
              <dd>{formatStudyTime(t, opened.inspection.contents.studyTimeMs)}</dd>
            </div>
          </dl>
          <FileQuizzes quizzes={opened.inspection.quizzes} />
          {opened.inspection.ownFile ? (
            <>
              <h4>{t('portable.changesTitle')}</h4>
              {opened.inspection.hasChanges ? <ChangeList changes={opened.inspection.changes} /> : <p>{t('portable.noChanges')}</p>}
              <p className="notice notice-info">{t('portable.notChangedYet')}</p>
            </>
          ) : (
            <p className="notice notice-info">{t('classes.ui.file.otherLearner')}</p>
          )}
          <div className="actions">
            <button type="button" onClick={() => setOpened(null)}>
              {t('portable.close')}
            </button>
            {opened.inspection.ownFile && (
              <button type="button" className="primary" disabled={!opened.inspection.hasChanges || busy} onClick={() => setConfirming(true)}>
                {t('portable.restoreButton')}
              </button>
            )}
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('portable.confirmTitle')}
        body={t('portable.confirmBody', {
          attempts: opened?.inspection.changes.attemptsAdded ?? 0,
          lessons: (opened?.inspection.changes.lessonsAdded ?? 0) + (opened?.inspection.changes.lessonsFinished ?? 0),
        })}
        confirmLabel={t('portable.confirmButton')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void restore()}
      />
    </section>
  );
}

function ChangeList({ changes }: { changes: RestoreDiff }) {
  const { t } = useTranslation();
  const items: string[] = [];
  if (changes.lessonsAdded > 0) items.push(t('portable.changes.lessonsAdded', { count: changes.lessonsAdded }));
  if (changes.lessonsFinished > 0) items.push(t('portable.changes.lessonsFinished', { count: changes.lessonsFinished }));
  if (changes.attemptsAdded > 0) items.push(t('portable.changes.attemptsAdded', { count: changes.attemptsAdded }));
  if (changes.reviewCardsAdded > 0) items.push(t('portable.changes.reviewCardsAdded', { count: changes.reviewCardsAdded }));
  if (changes.studyTimeAddedMs > 0) items.push(t('portable.changes.studyTimeAdded', { time: formatStudyTime(t, changes.studyTimeAddedMs) }));
  if (changes.positionChanged) items.push(t('portable.changes.positionChanged'));
  if (items.length === 0) return null;
  return (
    <ul className="portable-changes">
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}
