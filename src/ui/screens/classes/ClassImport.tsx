// Importing trainees' progress files into a class: several files, or a whole folder (the browser's
// folder picker), sent a few at a time so the bar moves file by file. Each rejected file is
// listed with its reason in the UI language; the valid ones import.
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CLASS_FILES_PER_CALL } from '../../../core/api/schemas';
import type { FileImport } from '../../../core/classes/results';
import { MAX_PORTABLE_BYTES } from '../../../core/portable/limits';
import { api } from '../../api';
import { ErrorMessage } from '../../errors/ErrorMessage';

/** What the browser sends in one call at most (the harness and IPC take more, but the bar should move). */
const MAX_BYTES_PER_CALL = 8 * 1024 * 1024;

type Rejected = Extract<FileImport, { ok: false }>;

export function ClassImport({ classId, onImported }: { classId: string; onImported(): void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ imported: number; unchanged: number; trainees: number } | null>(null);
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const [error, setError] = useState<unknown>(null);
  const megabytes = (bytes: string | number | undefined) =>
    new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(bytes ?? 0) / (1024 * 1024));

  const importFiles = async (list: File[]) => {
    const files = list.filter((f) => f.name.toLowerCase().endsWith('.json'));
    setSummary(null);
    setRejected([]);
    setError(null);
    if (files.length === 0) {
      setError({ key: 'classes.ui.import.noFiles', params: {} });
      return;
    }
    setProgress({ done: 0, total: files.length });
    const bad: Rejected[] = [];
    let imported = 0;
    let unchanged = 0;
    let trainees = 0;
    try {
      let batch: { name: string; text: string }[] = [];
      let bytes = 0;
      let done = 0;
      const send = async () => {
        if (batch.length === 0) return;
        const result = await api.importClassFiles({ classId, files: batch });
        for (const f of result.files) {
          if (!f.ok) bad.push(f);
          else if (f.outcome === 'unchanged') unchanged++;
          else imported++;
        }
        trainees = result.trainees;
        done += batch.length;
        setProgress({ done, total: files.length });
        batch = [];
        bytes = 0;
      };
      for (const file of files) {
        // Checked here too, so a huge file is never read into memory or sent.
        if (file.size > MAX_PORTABLE_BYTES) {
          bad.push({ fileName: file.name, ok: false, reason: 'too-large', params: { size: String(file.size), limit: String(MAX_PORTABLE_BYTES) } });
          done++;
          continue;
        }
        if (batch.length >= MAX_CLASS_FILES_PER_CALL || bytes + file.size > MAX_BYTES_PER_CALL) await send();
        batch.push({ name: file.name, text: await file.text() });
        bytes += file.size;
      }
      await send();
      setProgress({ done: files.length, total: files.length });
      setSummary({ imported, unchanged, trainees });
      setRejected(bad);
      onImported();
    } catch (err) {
      setRejected(bad);
      setError(err);
    } finally {
      setProgress((p) => (p && p.done >= p.total ? null : p));
    }
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const list = [...(e.target.files ?? [])];
    e.target.value = '';
    void importFiles(list);
  };

  const reasonText = (r: Rejected) => {
    const params = r.reason === 'too-large' ? { size: megabytes(r.params.size), limit: megabytes(r.params.limit) } : r.params;
    return r.reason === 'unreadable' ? t('classes.reason.unreadable') : t(`portable.reason.${r.reason}`, params);
  };

  return (
    <section aria-labelledby={`${id}-h`} className="trainer-card class-import">
      <h2 id={`${id}-h`}>{t('classes.ui.import.heading')}</h2>
      <p>{t('classes.ui.import.help')}</p>
      <p>
        <label htmlFor={`${id}-files`}>{t('classes.ui.import.files')}</label>
        <br />
        <input id={`${id}-files`} type="file" multiple accept=".json,application/json" onChange={onChange} disabled={progress !== null} />
      </p>
      <p>
        <label htmlFor={`${id}-folder`}>{t('classes.ui.import.folder')}</label>
        <br />
        <input
          id={`${id}-folder`}
          type="file"
          // The folder picker (Chromium and Electron): every file of the folder, sub-folders included.
          {...{ webkitdirectory: '', directory: '' }}
          onChange={onChange}
          disabled={progress !== null}
        />
      </p>
      <div aria-live="polite">
        {progress && (
          <p className="progress">
            <progress id={`${id}-bar`} max={progress.total} value={progress.done} aria-label={t('classes.ui.import.progressLabel')} />{' '}
            <span>{t('classes.ui.import.progress', { done: progress.done, total: progress.total })}</span>
          </p>
        )}
        {summary && (
          <p className="notice notice-info class-import-summary">
            {t('classes.ui.import.done', { count: summary.imported, unchanged: summary.unchanged, trainees: summary.trainees })}
          </p>
        )}
      </div>
      {rejected.length > 0 && (
        <div className="notice notice-error class-rejected" role="alert">
          <p>{t('classes.ui.import.rejected', { count: rejected.length })}</p>
          <ul>
            {rejected.map((r) => (
              <li key={r.fileName}>{t('classes.ui.import.rejectedLine', { file: r.fileName, reason: reasonText(r) })}</li>
            ))}
          </ul>
          <p>{t('classes.ui.import.rejectedNext')}</p>
        </div>
      )}
      {error !== null && <ErrorMessage error={error} context="classes.ui.import.failed" />}
    </section>
  );
}
