// What is due for review and the study streak: a line on the review screen, a small card with
// a link to the review on the home screen.
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useApp } from '../appState';
import { routeToHash } from '../router';
import { useAsync } from '../useAsync';

export function ReviewStats({ dueCount, streak }: { dueCount: number; streak: number }) {
  const { t } = useTranslation();
  return (
    <p className="review-stats">
      <span>{t('review.dueCount', { count: dueCount })}</span> · <span>{t('review.streak', { count: streak })}</span>
    </p>
  );
}

export function ReviewSummary() {
  const { t } = useTranslation();
  const { settings } = useApp();
  // Counts only (limit 0): the home screen needs no items.
  const state = useAsync(() => api.getReview({ lang: settings.language, limit: 0 }), [settings.language]);
  if (state.status !== 'ready') return null;
  const view = state.value;
  return (
    <section className="review-card" aria-labelledby="review-card-title">
      <h2 id="review-card-title">{t('review.homeTitle')}</h2>
      {view.totalCards === 0 && view.streak === 0 ? <p>{t('review.empty')}</p> : <ReviewStats dueCount={view.dueCount} streak={view.streak} />}
      <a className={view.dueCount > 0 ? 'button primary' : 'button'} href={routeToHash({ screen: 'review' })}>
        {t('review.open')}
      </a>
    </section>
  );
}
