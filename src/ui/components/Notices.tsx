import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../core/api/contract';
import { api } from '../api';

/** Start-up notices (a progress file restored from a backup, a pack refused) until dismissed. */
export function Notices() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    api.getNotices().then(setNotices, () => setNotices([]));
  }, []);
  if (notices.length === 0) return null;
  // A placeholder whose value is a message is filled with that message, itself filled from the notice's values.
  const translated = (n: Notice) => Object.fromEntries(Object.entries(n.paramKeys ?? {}).map(([name, key]) => [name, t(key, n.params)]));
  const dismiss = async (id: string) => {
    await api.dismissNotice({ id });
    setNotices((list) => list.filter((n) => n.id !== id));
  };
  return (
    <section className="notices" aria-label={t('notice.regionLabel')}>
      {notices.map((n) => (
        <div key={n.id} className="notice notice-warning" role="alert">
          <p>{t(n.key, { ...n.params, ...translated(n) })}</p>
          <button type="button" onClick={() => void dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
