// The spaced-repetition schedule comes from ts-fsrs (FSRS): this file only converts between
// our stored card and the library's Card, and maps our rating names to its grades.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { CardState, ReviewCard, ReviewRating } from './cards';

/**
 * The library's defaults (90% target retention, short-term learning steps), with fuzz on so
 * that cards missed together in one quiz do not all come back on the same day. ts-fsrs seeds
 * the fuzz from the card and the review time, so the schedule stays reproducible.
 */
export const FSRS_PARAMETERS = generatorParameters({ enable_fuzz: true });
const scheduler = fsrs(FSRS_PARAMETERS);

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATE_NAMES: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATES: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

export function toFsrsCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    // Deprecated in ts-fsrs 5; the scheduler works it out from last_review.
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
  };
}

export function fromFsrsCard(card: Card, addedAt: string): ReviewCard {
  const out: ReviewCard = {
    addedAt,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
  };
  if (card.last_review) out.lastReview = card.last_review.toISOString();
  return out;
}

/** A card never reviewed yet, due at once. */
export function newCard(now: Date): ReviewCard {
  return fromFsrsCard(createEmptyCard(now), now.toISOString());
}

/**
 * The card after one review. A clock set back (now before the last review) would give FSRS a
 * negative interval, which it rejects; the review then counts as made at the last review time.
 */
export function rateCard(card: ReviewCard, rating: ReviewRating, now: Date): ReviewCard {
  const last = card.lastReview === undefined ? undefined : Date.parse(card.lastReview);
  const at = last !== undefined && last > now.getTime() ? new Date(last) : now;
  return fromFsrsCard(scheduler.next(toFsrsCard(card), at, GRADES[rating]).card, card.addedAt);
}

/** How an answer's points rate the card: fully right is good, partly right hard, else again. */
export function ratingForPoints(points: number): ReviewRating {
  if (points >= 1) return 'good';
  return points > 0 ? 'hard' : 'again';
}
