// What is due for review and the days of study in a row: a line on the review screen, and a
// small card with a link to the review on the home screen when something is due.
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
  // Shown only when something is due: the Review link in the menu is always there.
  if (state.status !== 'ready' || state.value.dueCount === 0) return null;
  const view = state.value;
  return (
    <section className="review-card" aria-labelledby="review-card-title">
      <h2 id="review-card-title">{t('review.homeTitle')}</h2>
      <ReviewStats dueCount={view.dueCount} streak={view.streak} />
      <a className="button primary" href={routeToHash({ screen: 'review' })}>
        {t('review.open')}
      </a>
    </section>
  );
}
