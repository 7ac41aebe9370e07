// How the learner's study changes the review section. Pure: the progress store applies these
// in the same write as the attempt, lesson or answer that caused them. Each returns the same
// object when nothing changed, so the store can skip the write.
import { questionCardId, termCardId, type ReviewSection, type ReviewRating } from './cards';
import { newCard, rateCard } from './scheduler';
import { withActiveDay } from './streak';

function withDay(review: ReviewSection, today: string): ReviewSection {
  const activeDays = withActiveDay(review.activeDays, today);
  return activeDays === review.activeDays ? review : { ...review, activeDays };
}

/** The card id of a question as an attempt names it: its id, or `<quiz>/<question>` if drawn. */
export function cardIdForRef(packId: string, quizId: string, ref: string): string {
  const slash = ref.indexOf('/');
  return slash < 0 ? questionCardId(packId, quizId, ref) : questionCardId(packId, ref.slice(0, slash), ref.slice(slash + 1));
}

/**
 * After a quiz attempt: every question scored below full points enters the queue, due at
 * once. A question already queued and missed again is brought forward to now; its memory
 * state changes only through reviews. Questions answered right leave the queue as it was.
 */
export function reviewOnAttempt(
  review: ReviewSection,
  attempt: { packId: string; quizId: string; questions: readonly { questionId: string; points: number }[] },
  now: Date,
  today: string,
): ReviewSection {
  let cards = review.cards;
  const at = now.toISOString();
  for (const q of attempt.questions) {
    if (q.points >= 1) continue;
    const id = cardIdForRef(attempt.packId, attempt.quizId, q.questionId);
    const card = Object.hasOwn(cards, id) ? cards[id] : undefined;
    if (card && Date.parse(card.due) <= now.getTime()) continue;
    if (cards === review.cards) cards = { ...cards };
    cards[id] = card ? { ...card, due: at } : newCard(now);
  }
  return withDay(cards === review.cards ? review : { ...review, cards }, today);
}

/** New glossary terms that come due on one day, at most: a first lesson should not bring dozens at once. */
export const NEW_TERMS_PER_DAY = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Never-reviewed term cards per day from now (day 0 = due now or earlier). */
function newTermsByDay(cards: ReviewSection['cards'], now: Date): number[] {
  const perDay: number[] = [];
  for (const [id, card] of Object.entries(cards)) {
    if (!id.startsWith('t:') || card.reps > 0) continue;
    const day = Math.max(0, Math.floor((Date.parse(card.due) - now.getTime()) / DAY_MS));
    perDay[day] = (perDay[day] ?? 0) + 1;
  }
  return perDay;
}

/**
 * After a lesson is finished: the glossary terms it links enter the queue (once each), spread
 * over the coming days so that no day gets more than NEW_TERMS_PER_DAY new terms.
 */
export function reviewOnLessonFinished(review: ReviewSection, packId: string, termIds: readonly string[], now: Date, today: string): ReviewSection {
  let cards = review.cards;
  let perDay: number[] | undefined;
  let day = 0;
  for (const termId of termIds) {
    const id = termCardId(packId, termId);
    if (Object.hasOwn(cards, id)) continue;
    if (cards === review.cards) cards = { ...cards };
    perDay ??= newTermsByDay(cards, now);
    while ((perDay[day] ?? 0) >= NEW_TERMS_PER_DAY) day++;
    perDay[day] = (perDay[day] ?? 0) + 1;
    const card = newCard(now);
    cards[id] = day === 0 ? card : { ...card, due: new Date(now.getTime() + day * DAY_MS).toISOString() };
  }
  return withDay(cards === review.cards ? review : { ...review, cards }, today);
}

/** After a review: the card rescheduled by FSRS from the rating. Unknown card ids throw. */
export function reviewOnAnswer(review: ReviewSection, cardId: string, rating: ReviewRating, now: Date, today: string): ReviewSection {
  const card = Object.hasOwn(review.cards, cardId) ? review.cards[cardId] : undefined;
  if (!card) throw new Error(`no review card "${cardId}"`);
  return withDay({ ...review, cards: { ...review.cards, [cardId]: rateCard(card, rating, now) } }, today);
}
