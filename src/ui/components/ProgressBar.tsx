import { useTranslation } from 'react-i18next';

/** A labelled progress bar; the native element gives screen readers the value. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const { t } = useTranslation();
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="progress">
      <progress max={100} value={percent} aria-label={label} />
      <span className="progress-text">{t('progress.percent', { percent })}</span>
    </div>
  );
}
