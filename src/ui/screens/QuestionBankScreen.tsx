import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GiftExport, GiftImport } from '../../core/gift/giftTransfer';
import { UI_LANGUAGES } from '../../core/i18n/languages';
import { api } from '../api';
import { useApp } from '../appState';
import { saveFile } from '../download';
import { useDocumentTitle } from '../useDocumentTitle';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useAction } from '../useAction';
import { BackToTrainerArea } from '../trainer/BackToTrainerArea';
import { PackSelect } from '../trainer/PackSelect';

/** The largest GIFT file the app reads (the service refuses larger text too). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Trainer area → Question bank: move questions to and from Moodle as GIFT files. */
export function QuestionBankScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('trainer.questions'));
  return (
    <div className="trainer">
      <BackToTrainerArea />
      <h1>{t('trainer.questions')}</h1>
      <p className="lead">{t('trainer.intro')}</p>
      <ExportGift />
      <ImportGift />
    </div>
  );
}

function LanguageSelect({ id, value, onChange, languages }: { id: string; value: string; onChange(v: string): void; languages: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {languages.map((l) => (
        <option key={l} value={l}>
          {t(`language.${l}`)}
        </option>
      ))}
    </select>
  );
}

function ExportGift() {
  const { t } = useTranslation();
  const { catalog, settings } = useApp();
  const id = useId();
  const [packId, setPackId] = useState(catalog.packs[0]?.id ?? '');
  const pack = catalog.packs.find((p) => p.id === packId);
  const [lang, setLang] = useState(settings.language);
  const [result, setResult] = useState<GiftExport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const languages: readonly string[] = pack?.languages ?? UI_LANGUAGES;
  const exportLang = languages.includes(lang) ? lang : languages[0]!;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    try {
      const out = await api.exportGift({ packId, lang: exportLang });
      saveFile(out.fileName, out.text, 'text/plain;charset=utf-8');
      setResult(out);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} className="trainer-card">
      <h2 id={`${id}-h`}>{t('trainer.export.heading')}</h2>
      <p>{t('trainer.export.help')}</p>
      <form onSubmit={onSubmit}>
        <PackSelect id={`${id}-pack`} value={packId} onChange={setPackId} />
        <p>
          <label htmlFor={`${id}-lang`}>{t('trainer.language')}</label>{' '}
          <LanguageSelect id={`${id}-lang`} value={exportLang} onChange={setLang} languages={languages} />
        </p>
        <button type="submit" className="primary" disabled={!pack}>
          {t('trainer.export.button')}
        </button>
      </form>
      <div aria-live="polite">
        {result && (
          <div className="notice notice-info">
            <p>{t('trainer.export.done', { count: result.exported, file: result.fileName })}</p>
            <IssueList heading={t('trainer.export.skipped', { count: result.skipped.length })} items={result.skipped} />
            <IssueList heading={t('trainer.export.approximated', { count: result.approximated.length })} items={result.approximated} />
          </div>
        )}
        {error !== null && <ErrorMessage error={error} context="errors.context.trainer" />}
      </div>
    </section>
  );
}

function ImportGift() {
  const { t } = useTranslation();
  const { settings, refreshCatalog } = useApp();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [lang, setLang] = useState(settings.language);
  const [result, setResult] = useState<GiftImport | null>(null);
  const { busy, error, setError, run } = useAction();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setResult(null);
    if (title.trim() === '') {
      setError({ key: 'trainer.import.titleMissing', params: {} });
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setError({ key: 'trainer.import.tooLarge', params: { size: Math.round(file.size / 1024) } });
      return;
    }
    await run(async () => {
      const out = await api.importGift({ fileName: file.name, text: await file.text(), lang, title: title.trim() });
      setResult(out);
      if (out.problems.length === 0) await refreshCatalog();
    });
  };

  return (
    <section aria-labelledby={`${id}-h`} className="trainer-card">
      <h2 id={`${id}-h`}>{t('trainer.import.heading')}</h2>
      <p>{t('trainer.import.help')}</p>
      <form onSubmit={onSubmit}>
        <p>
          <label htmlFor={`${id}-file`}>{t('trainer.import.file')}</label>{' '}
          <input id={`${id}-file`} type="file" accept=".gift,.txt,text/plain" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </p>
        <p>
          <label htmlFor={`${id}-title`}>{t('trainer.import.title')}</label>{' '}
          <input id={`${id}-title`} type="text" maxLength={120} value={title} aria-describedby={`${id}-title-hint`} onChange={(e) => setTitle(e.target.value)} />
          <br />
          <span id={`${id}-title-hint`} className="hint">
            {t('trainer.import.titleHint')}
          </span>
        </p>
        <p>
          <label htmlFor={`${id}-lang`}>{t('trainer.import.language')}</label>{' '}
          <LanguageSelect id={`${id}-lang`} value={lang} onChange={setLang} languages={UI_LANGUAGES} />
        </p>
        <button type="submit" className="primary" disabled={!file || busy}>
          {t('trainer.import.button')}
        </button>
      </form>
      <div aria-live="polite">
        {result && result.problems.length > 0 && (
          <ErrorMessage error={{ key: 'trainer.import.refused', params: {} }} details={result.problems} />
        )}
        {result && result.problems.length === 0 && (
          <div className="notice notice-info">
            <p>{t('trainer.import.doneQuiz', { count: result.quizzes.reduce((n, q) => n + q.questions, 0), title: result.quizzes[0]?.title ?? '', pack: result.packTitle ?? '' })}</p>
            <ul>
              {result.quizzes.map((q) => (
                <li key={q.title}>{t('trainer.import.quiz', { title: q.title, count: q.questions })}</li>
              ))}
            </ul>
            <IssueList heading={t('trainer.import.warnings', { count: result.warnings.length })} items={result.warnings} />
            <IssueList heading={t('trainer.import.skipped', { count: result.skipped.length })} items={result.skipped} />
          </div>
        )}
        {error !== null && <ErrorMessage error={error} context="errors.context.trainer" />}
      </div>
    </section>
  );
}

function IssueList({ heading, items }: { heading: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>{heading}</summary>
      <ul lang="en">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </details>
  );
}
