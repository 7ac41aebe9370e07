import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { XapiStatus } from '../../core/xapi/status';
import { api } from '../api';
import { saveFile } from '../download';
import { ErrorMessage } from '../errors/ErrorMessage';

/**
 * Results for the administration (xAPI): whether the LRS named in the policy was reached, how
 * many statements wait, how many it refused, the last success; "send now"; and the learner's
 * unsent statements saved as a JSON file. Sending happens in the services, never here.
 */
export function XapiPanel() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<XapiStatus | null>(null);
  const [sending, setSending] = useState(false);
  const [exported, setExported] = useState<{ fileName: string; count: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  useEffect(() => {
    let live = true;
    api.getXapiStatus().then(
      (s) => live && setStatus(s),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, []);

  const sendNow = async () => {
    setError(null);
    setSending(true);
    try {
      setStatus(await api.sendXapiNow());
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };

  const exportStatements = async () => {
    setError(null);
    setExported(null);
    try {
      const out = await api.exportXapiStatements();
      saveFile(out.fileName, out.text, 'application/json');
      setExported({ fileName: out.fileName, count: out.count });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="xapi" aria-labelledby="xapi-heading">
      <h2 id="xapi-heading">{t('xapi.title')}</h2>
      {status && (
        <>
          <p data-testid="xapi-state">{t(`xapi.state.${status.state}`)}</p>
          <ul>
            <li data-testid="xapi-queued">{t('xapi.queued', { count: status.queued })}</li>
            {status.refused > 0 && <li data-testid="xapi-refused">{t('xapi.refused', { count: status.refused })}</li>}
            <li data-testid="xapi-last">{status.lastSuccessAt ? t('xapi.lastSuccess', { when: date(status.lastSuccessAt) }) : t('xapi.neverSent')}</li>
          </ul>
          <div className="actions">
            {status.state !== 'off' && (
              <button type="button" onClick={() => void sendNow()} disabled={sending} aria-busy={sending}>
                {t('xapi.sendNow')}
              </button>
            )}
            <button type="button" onClick={() => void exportStatements()}>
              {t('xapi.export')}
            </button>
          </div>
        </>
      )}
      <p role="status">
        {sending ? t('xapi.sending') : ''}
        {exported ? t('xapi.exported', { count: exported.count, file: exported.fileName }) : ''}
      </p>
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
