// How study changes the review queue: missed questions enter after an attempt, a lesson's terms
// enter when it is finished, a rating reschedules one card, and each marks the study day.
import { describe, expect, it } from 'vitest';
import { emptyReview, type ReviewSection } from '../../../src/core/review/cards';
import { cardIdForRef, NEW_TERMS_PER_DAY, reviewOnAnswer, reviewOnAttempt, reviewOnLessonFinished } from '../../../src/core/review/events';
import { newCard, rateCard } from '../../../src/core/review/scheduler';

const T0 = new Date('2025-03-10T09:00:00.000Z');
const DAY = 86_400_000;
const TODAY = '2025-03-10';
const attempt = (questions: [string, number][]) => ({ packId: 'p', quizId: 'quiz', questions: questions.map(([questionId, points]) => ({ questionId, points })) });

describe('cardIdForRef', () => {
  it('names a question by the quiz that owns it, also when an assessment drew it', () => {
    expect(cardIdForRef('p', 'quiz', 'q1')).toBe('q:p/quiz/q1');
    expect(cardIdForRef('p', 'final-exam', 'basics-quiz/q3')).toBe('q:p/basics-quiz/q3');
  });
});

describe('reviewOnAttempt', () => {
  it('queues every question below full points, due now, and none that was right', () => {
    const r = reviewOnAttempt(emptyReview(), attempt([['q1', 1], ['q2', 0], ['q3', 0.5], ['bank/q9', 0]]), T0, TODAY);
    expect(Object.keys(r.cards).sort()).toEqual(['q:p/bank/q9', 'q:p/quiz/q2', 'q:p/quiz/q3']);
    expect(r.cards['q:p/quiz/q2']).toEqual(newCard(T0));
    expect(r.activeDays).toEqual([TODAY]);
  });

  it('brings a queued question missed again forward to now, keeping its memory state', () => {
    const learnt = rateCard(rateCard(newCard(T0), 'good', T0), 'good', new Date(T0.getTime() + DAY));
    const later = new Date(T0.getTime() + 2 * DAY);
    expect(Date.parse(learnt.due)).toBeGreaterThan(later.getTime());
    const before: ReviewSection = { cards: { 'q:p/quiz/q1': learnt }, activeDays: [] };
    const after = reviewOnAttempt(before, attempt([['q1', 0]]), later, '2025-03-12');
    expect(after.cards['q:p/quiz/q1']).toEqual({ ...learnt, due: later.toISOString() });
  });

  it('leaves a queued question that is already due, or answered right, as it was', () => {
    const card = { ...newCard(T0), due: T0.toISOString() };
    const before: ReviewSection = { cards: { 'q:p/quiz/q1': card, 'q:p/quiz/q2': card }, activeDays: [TODAY] };
    const after = reviewOnAttempt(before, attempt([['q1', 0], ['q2', 1]]), new Date(T0.getTime() + 1000), TODAY);
    expect(after).toBe(before);
  });

  it('does not change the section it is given', () => {
    const before = emptyReview();
    reviewOnAttempt(before, attempt([['q1', 0]]), T0, TODAY);
    expect(before).toEqual(emptyReview());
  });
});

describe('reviewOnLessonFinished', () => {
  it('queues each linked term once and marks the day', () => {
    const once = reviewOnLessonFinished(emptyReview(), 'p', ['aed', 'b2c'], T0, TODAY);
    expect(Object.keys(once.cards)).toEqual(['t:p/aed', 't:p/b2c']);
    expect(once.activeDays).toEqual([TODAY]);
    const again = reviewOnLessonFinished(once, 'p', ['aed'], new Date(T0.getTime() + DAY), TODAY);
    expect(again).toBe(once);
    const nextDay = reviewOnLessonFinished(once, 'p', ['aed'], new Date(T0.getTime() + DAY), '2025-03-11');
    expect(nextDay.cards).toBe(once.cards);
    expect(nextDay.activeDays).toEqual([TODAY, '2025-03-11']);
  });

  it(`spreads new terms over the coming days, at most ${NEW_TERMS_PER_DAY} a day, counting terms already waiting`, () => {
    const terms = (from: number, n: number) => Array.from({ length: n }, (_, i) => `term-${from + i}`);
    const dueDay = (r: ReviewSection, id: string) => Math.round((Date.parse(r.cards[`t:p/${id}`]!.due) - T0.getTime()) / DAY);
    const first = reviewOnLessonFinished(emptyReview(), 'p', terms(0, 20), T0, TODAY);
    const days = terms(0, 20).map((id) => dueDay(first, id));
    expect(days.filter((d) => d === 0)).toHaveLength(NEW_TERMS_PER_DAY);
    expect(days.filter((d) => d === 1)).toHaveLength(NEW_TERMS_PER_DAY);
    expect(days.filter((d) => d === 2)).toHaveLength(20 - 2 * NEW_TERMS_PER_DAY);
    // A second lesson the same day fills day 2 before opening day 3.
    const second = reviewOnLessonFinished(first, 'p', terms(20, NEW_TERMS_PER_DAY), T0, TODAY);
    const later = terms(20, NEW_TERMS_PER_DAY).map((id) => dueDay(second, id));
    expect(later.filter((d) => d === 2)).toHaveLength(2 * NEW_TERMS_PER_DAY - 20 + NEW_TERMS_PER_DAY);
    expect(later.filter((d) => d === 3)).toHaveLength(20 - 2 * NEW_TERMS_PER_DAY);
    // Terms already reviewed do not count against a day.
    const reviewed: ReviewSection = { cards: Object.fromEntries(terms(0, 10).map((id) => [`t:p/${id}`, rateCard(newCard(T0), 'good', T0)])), activeDays: [] };
    const fresh = reviewOnLessonFinished(reviewed, 'p', ['new-one'], T0, TODAY);
    expect(dueDay(fresh, 'new-one')).toBe(0);
  });

  it('still marks the day for a lesson without terms', () => {
    expect(reviewOnLessonFinished(emptyReview(), 'p', [], T0, TODAY)).toEqual({ cards: {}, activeDays: [TODAY] });
  });
});

describe('reviewOnAnswer', () => {
  it('reschedules the one card through FSRS and marks the day', () => {
    const before: ReviewSection = { cards: { 't:p/aed': newCard(T0), 't:p/b2c': newCard(T0) }, activeDays: [] };
    const at = new Date(T0.getTime() + 60_000);
    const after = reviewOnAnswer(before, 't:p/aed', 'good', at, TODAY);
    expect(after.cards['t:p/aed']).toEqual(rateCard(newCard(T0), 'good', at));
    expect(after.cards['t:p/b2c']).toBe(before.cards['t:p/b2c']);
    expect(after.activeDays).toEqual([TODAY]);
  });

  it('throws for a card that is not queued, including inherited names', () => {
    expect(() => reviewOnAnswer(emptyReview(), 't:p/aed', 'good', T0, TODAY)).toThrow(/no review card/);
    expect(() => reviewOnAnswer(emptyReview(), 'constructor', 'good', T0, TODAY)).toThrow(/no review card/);
  });
});
