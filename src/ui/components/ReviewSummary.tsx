// What is due for review and the days of study in a row: a line on the review screen, and a
// small card with a link to the review on the home screen when something is due.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressSummary } from '../../core/progress/summaryModel';
import { parseCardId } from '../../core/review/cards';
import { reviewQueue } from '../../core/review/queue';
import { localDate, streak } from '../../core/review/streak';
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

/**
 * What is due, counted from the learner's record the app already holds (cards of a pack that is
 * not installed set aside, as the review service does).
 */
function countedHere(review: ProgressSummary['review'], packIds: ReadonlySet<string>, now: Date): { dueCount: number; streak: number } {
  const queue = reviewQueue(review.cards, now, (id) => packIds.has(parseCardId(id)?.packId ?? ''), 0);
  return { dueCount: queue.dueCount, streak: streak(review.activeDays, localDate(now)) };
}

export function ReviewSummary() {
  const { t } = useTranslation();
  const { settings, progress, catalog } = useApp();
  // The card is in the home screen's first render, counted from the record at hand: arriving a
  // moment later, it pushed the course map down under a keyboard user's focus. The service's
  // count replaces it when it comes (it also sets aside a card whose question a pack update removed).
  const here = useMemo(() => countedHere(progress.review, new Set(catalog.packs.map((p) => p.id)), new Date()), [progress.review, catalog]);
  // Counts only (limit 0): the home screen needs no items.
  const state = useAsync(() => api.getReview({ lang: settings.language, limit: 0 }), [settings.language]);
  const view = state.status === 'ready' ? state.value : here;
  // Shown only when something is due: the Review link in the menu is always there.
  if (view.dueCount === 0) return null;
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
