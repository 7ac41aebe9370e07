// The review schedule is ts-fsrs's: our cards convert to its Card and back without loss, each
// rating gives exactly what the library's scheduler gives, and a clock set back never throws.
import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating, type Grade } from 'ts-fsrs';
import { reviewCardSchema } from '../../../src/core/review/cards';
import { FSRS_PARAMETERS, fromFsrsCard, newCard, rateCard, ratingForPoints, toFsrsCard } from '../../../src/core/review/scheduler';

const T0 = new Date('2025-03-10T09:00:00.000Z');
const DAY = 86_400_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('newCard', () => {
  it('is a new, never-reviewed card due at once, valid against the stored schema', () => {
    const card = newCard(T0);
    expect(card).toMatchObject({ addedAt: T0.toISOString(), due: T0.toISOString(), state: 'new', reps: 0, lapses: 0 });
    expect(card.lastReview).toBeUndefined();
    expect(reviewCardSchema.parse(card)).toEqual(card);
  });
});

describe('rateCard', () => {
  it('gives exactly what the ts-fsrs scheduler gives, rating after rating', () => {
    const library = fsrs(FSRS_PARAMETERS);
    let theirs = createEmptyCard(T0);
    let ours = newCard(T0);
    const steps: [number, 'again' | 'hard' | 'good' | 'easy', Grade][] = [
      [0, 'again', Rating.Again],
      [10 * 60_000, 'good', Rating.Good],
      [DAY, 'good', Rating.Good],
      [5 * DAY, 'hard', Rating.Hard],
      [20 * DAY, 'easy', Rating.Easy],
      [90 * DAY, 'again', Rating.Again],
    ];
    for (const [offset, name, grade] of steps) {
      theirs = library.next(theirs, at(offset), grade).card;
      ours = rateCard(ours, name, at(offset));
      expect(ours).toEqual(fromFsrsCard(theirs, T0.toISOString()));
      expect(reviewCardSchema.safeParse(ours).success).toBe(true);
    }
    expect(ours).toMatchObject({ reps: steps.length, lapses: 1, state: 'relearning' });
  });

  it('spaces a well-known card further each time, and brings a forgotten one back soon', () => {
    let card = rateCard(newCard(T0), 'good', T0);
    card = rateCard(card, 'good', new Date(card.due));
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const reviewedAt = new Date(card.due);
      card = rateCard(card, 'good', reviewedAt);
      intervals.push(Date.parse(card.due) - reviewedAt.getTime());
    }
    expect(card.state).toBe('review');
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    const forgotten = rateCard(card, 'again', new Date(card.due));
    expect(forgotten).toMatchObject({ state: 'relearning', lapses: 1 });
    expect(Date.parse(forgotten.due) - Date.parse(card.due)).toBeLessThan(DAY);
  });

  it('keeps addedAt and never changes the card it is given', () => {
    const card = newCard(T0);
    const copy = structuredClone(card);
    const next = rateCard(card, 'easy', at(DAY));
    expect(card).toEqual(copy);
    expect(next.addedAt).toBe(T0.toISOString());
    expect(next.lastReview).toBe(at(DAY).toISOString());
  });

  it('survives a clock set back: the review counts at the last review time, not before it', () => {
    const reviewed = rateCard(rateCard(newCard(T0), 'good', T0), 'good', at(3 * DAY));
    const setBack = at(-30 * DAY);
    // ts-fsrs itself refuses a negative interval; the wrapper must not pass one on.
    expect(() => fsrs(FSRS_PARAMETERS).next(toFsrsCard(reviewed), setBack, Rating.Good)).toThrow();
    const next = rateCard(reviewed, 'good', setBack);
    expect(next.lastReview).toBe(at(3 * DAY).toISOString());
    expect(Date.parse(next.due)).toBeGreaterThan(at(3 * DAY).getTime());
    expect(next.reps).toBe(reviewed.reps + 1);
  });
});

describe('toFsrsCard / fromFsrsCard', () => {
  it('round-trip a reviewed card', () => {
    const card = rateCard(rateCard(newCard(T0), 'hard', T0), 'good', at(DAY));
    expect(fromFsrsCard(toFsrsCard(card), card.addedAt)).toEqual(card);
  });
});

describe('ratingForPoints', () => {
  it.each([
    [1, 'good'],
    [0.5, 'hard'],
    [0.01, 'hard'],
    [0, 'again'],
  ] as const)('%d points rate the card %s', (points, rating) => {
    expect(ratingForPoints(points)).toBe(rating);
  });
});
