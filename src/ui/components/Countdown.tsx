import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Time left on a timed assessment. The visible clock is not a live region (a screen reader would
 * read it every second); the learner hears a warning at 5 minutes and at 1 minute instead.
 */
export function Countdown({ endsAt, onTimeUp }: { endsAt: number; onTimeUp(): void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const fired = useRef(false);
  const left = Math.max(0, endsAt - now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0 && !fired.current) {
      fired.current = true;
      onTimeUp();
    }
  }, [left, onTimeUp]);
  const minutes = Math.floor(left / 60000);
  const seconds = Math.floor((left % 60000) / 1000);
  const warning = left > 0 && left <= 60000 ? 1 : left > 0 && left <= 5 * 60000 ? 5 : 0;
  return (
    <div className={`countdown ${warning ? 'countdown-warning' : ''}`}>
      <p>{t('exam.timeLeft', { time: `${minutes}:${String(seconds).padStart(2, '0')}` })}</p>
      <p className="visually-hidden" aria-live="assertive">
        {warning ? t('exam.timeAlmostUp', { minutes: warning }) : ''}
      </p>
    </div>
  );
}
