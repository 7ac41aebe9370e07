// "My certificate": once the final exam is passed, the learner types their name and downloads
// the PDF (again whenever they like). The PDF is made on the Node side and offered here with an
// <a download> on a Blob URL: that needs nothing from the CSP (a download is not a fetch), works
// in the browser preview, and in Electron opens the system's "Save as" dialog.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateDetails, CertificateView, IssuedCertificate } from '../../core/certificates/details';
import { courseReference } from '../../core/certificates/details';
import { bytesOfBase64 } from '../download';
import { api } from '../api';
import { passesInPack } from '../../core/progress/summary';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { routeToHash } from '../router';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { ErrorMessage } from '../errors/ErrorMessage';

export function CertificateScreen({ packId }: { packId: string }) {
  const { t } = useTranslation();
  const { settings, progress } = useApp();
  useDocumentTitle(t('certificates.title'));
  const passed = passesInPack(progress, packId);
  const state = useAsync(() => api.getCertificate({ packId, lang: settings.language }), [packId, settings.language, passed]);
  return (
    <div className="certificate">
      <h1>{t('certificates.title')}</h1>
      <AsyncView state={state}>{(view) => (view.eligible ? <Earned packId={packId} view={view} /> : <NotEarned packId={packId} view={view} />)}</AsyncView>
    </div>
  );
}

function NotEarned({ packId, view }: { packId: string; view: Extract<CertificateView, { eligible: false }> }) {
  const { t } = useTranslation();
  if (view.reason === 'no-final-exam') return <p>{t('certificates.noFinalExam')}</p>;
  return (
    <>
      <p>{t('certificates.notPassed')}</p>
      {view.finalQuizId && (
        <a className="button primary" href={routeToHash({ screen: 'quiz', packId, quizId: view.finalQuizId })}>
          {t('certificates.takeFinalExam')}
        </a>
      )}
    </>
  );
}

/** The facts a certificate states, as a description list. */
function Facts({ details, courseTitle, courseLang }: { details: CertificateDetails; courseTitle: string; courseLang: string }) {
  const { t, i18n } = useTranslation();
  const hours = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(details.hours);
  return (
    <dl className="certificate-facts">
      <dt>{t('certificates.facts.course')}</dt>
      <dd lang={courseLang}>{courseTitle}</dd>
      <dt>{t('certificates.facts.reference')}</dt>
      <dd>{courseReference(details.courseId, details.courseVersion)}</dd>
      <dt>{t('certificates.facts.date')}</dt>
      <dd>{details.date}</dd>
      <dt>{t('certificates.facts.score')}</dt>
      <dd>{t('certificates.scoreValue', { percent: details.scorePercent })}</dd>
      <dt>{t('certificates.facts.hours')}</dt>
      <dd>{hours}</dd>
      {details.organisation && (
        <>
          <dt>{t('certificates.facts.organisation')}</dt>
          <dd>{details.organisation}</dd>
        </>
      )}
    </dl>
  );
}

type Made = { issued: IssuedCertificate; url: string; printedName: string; typedName: string };

function Earned({ packId, view }: { packId: string; view: Extract<CertificateView, { eligible: true }> }) {
  const { t } = useTranslation();
  const { settings } = useApp();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [downloaded, setDownloaded] = useState(false);
  const readyHeading = useRef<HTMLHeadingElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  // The Blob URL lives as long as the screen, and is released when it goes.
  const url = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (url.current) URL.revokeObjectURL(url.current);
    },
    [],
  );
  useEffect(() => {
    if (made) readyHeading.current?.focus();
  }, [made]);
  // The name starts as the active profile's, for the learner to check or correct.
  useEffect(() => {
    let current = true;
    api.listProfiles().then(
      (list) => {
        const active = list.profiles.find((p) => p.id === list.activeId);
        if (current && active) setName((typed) => (typed === '' ? active.name : typed));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const typed = name.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (typed === '') {
      setProblem({ key: 'certificates.nameRequired', params: {} });
      nameInput.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await api.getCertificate({ packId, lang: settings.language, name: typed });
      if (!result.eligible) {
        setProblem({ key: 'certificates.notPassed', params: {} });
        return;
      }
      if (result.unprintable || !result.issued) {
        setProblem({ key: 'certificates.unprintable', params: { chars: (result.unprintable ?? []).join(' ') } });
        nameInput.current?.focus();
        return;
      }
      const bytes = bytesOfBase64(result.issued.pdfBase64);
      if (url.current) URL.revokeObjectURL(url.current);
      url.current = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
      setDownloaded(false);
      setMade({ issued: result.issued, url: url.current, printedName: result.details.name, typedName: typed });
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const describedBy = problem !== null ? 'certificate-name-hint certificate-name-problem' : 'certificate-name-hint';
  return (
    <>
      <p className="lead">{t('certificates.intro')}</p>
      <Facts details={view.details} courseTitle={view.courseTitle} courseLang={view.courseLang} />
      <form className="certificate-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="form-field">
          <label htmlFor="certificate-name">{t('certificates.nameLabel')}</label>
          <p id="certificate-name-hint" className="hint">
            {t('certificates.nameHint')}
          </p>
          <input
            ref={nameInput}
            id="certificate-name"
            type="text"
            autoComplete="name"
            maxLength={200}
            value={name}
            aria-invalid={problem !== null ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
          />
          {problem !== null && <ErrorMessage error={problem} variant="field" id="certificate-name-problem" />}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('certificates.create')}
          </button>
        </div>
      </form>
      {made && (
        <section className="certificate-ready" aria-labelledby="certificate-ready-title">
          <h2 id="certificate-ready-title" ref={readyHeading} tabIndex={-1}>
            {t('certificates.readyTitle')}
          </h2>
          {made.printedName !== made.typedName && <p>{t('certificates.printedAs', { name: made.printedName })}</p>}
          <p>
            {t('certificates.codeLabel')} <strong className="certificate-code">{made.issued.code}</strong>
          </p>
          <p className="hint">{t('certificates.codeHelp')}</p>
          <div className="actions">
            <a className="button primary" href={made.url} download={made.issued.fileName} onClick={() => setDownloaded(true)}>
              {downloaded ? t('certificates.downloadAgain') : t('certificates.download')}
            </a>
          </div>
        </section>
      )}
    </>
  );
}
