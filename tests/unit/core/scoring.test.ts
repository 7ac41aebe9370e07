// Quiz scoring as a specification: what each kind of answer earns, and when a quiz is passed.
import { describe, it, expect } from 'vitest';
import { scoreQuestion, scoreQuiz, type ScorableQuestion } from '../../../src/core/quiz/scoring';
import type { Answer } from '../../../src/core/quiz/answers';

const opts = (...ids: string[]) => ids.map((id) => ({ id }));

const single: ScorableQuestion = { id: 'q-single', type: 'single', answer: 'b', options: opts('a', 'b', 'c') };
const trueFalse: ScorableQuestion = { id: 'q-tf', type: 'true-false', answer: false };
const allOrNothing: ScorableQuestion = {
  id: 'q-aon',
  type: 'multiple',
  scoring: 'all-or-nothing',
  answers: ['a', 'c'],
  options: opts('a', 'b', 'c', 'd'),
};
const partial = (answers: string[], options = opts('a', 'b', 'c', 'd', 'e')): ScorableQuestion => ({
  id: 'q-partial',
  type: 'multiple',
  scoring: 'partial',
  answers,
  options,
});

const pick = (option: string): Answer => ({ type: 'single', option });
const picks = (...options: string[]): Answer => ({ type: 'multiple', options });
const tf = (value: boolean): Answer => ({ type: 'true-false', value });

describe('scoreQuestion: single choice', () => {
  it('gives 1 point, correct and answered for the keyed option', () => {
    expect(scoreQuestion(single, pick('b'))).toEqual({ questionId: 'q-single', points: 1, correct: true, answered: true });
  });

  it('gives 0 points for another option, but counts it as answered', () => {
    expect(scoreQuestion(single, pick('a'))).toEqual({ questionId: 'q-single', points: 0, correct: false, answered: true });
  });

  it('gives 0 points and answered=false when there is no answer', () => {
    expect(scoreQuestion(single, undefined)).toEqual({ questionId: 'q-single', points: 0, correct: false, answered: false });
  });

  it('gives 0 points for an option id that does not exist', () => {
    expect(scoreQuestion(single, pick('z')).points).toBe(0);
  });
});

describe('scoreQuestion: true/false', () => {
  it('gives 1 point when the value matches the key (here: false)', () => {
    expect(scoreQuestion(trueFalse, tf(false))).toMatchObject({ points: 1, correct: true, answered: true });
  });

  it('gives 0 points for the other value', () => {
    expect(scoreQuestion(trueFalse, tf(true))).toMatchObject({ points: 0, correct: false, answered: true });
  });

  it('scores a true key too', () => {
    const q: ScorableQuestion = { id: 't', type: 'true-false', answer: true };
    expect(scoreQuestion(q, tf(true)).points).toBe(1);
    expect(scoreQuestion(q, tf(false)).points).toBe(0);
  });
});

describe('scoreQuestion: multiple choice, all-or-nothing', () => {
  it('gives 1 point for exactly the keyed set, in any order', () => {
    expect(scoreQuestion(allOrNothing, picks('c', 'a'))).toMatchObject({ points: 1, correct: true });
  });

  it('gives 0 points when one keyed option is missing', () => {
    expect(scoreQuestion(allOrNothing, picks('a'))).toMatchObject({ points: 0, correct: false, answered: true });
  });

  it('gives 0 points when an extra option is picked', () => {
    expect(scoreQuestion(allOrNothing, picks('a', 'b', 'c'))).toMatchObject({ points: 0, correct: false });
  });

  it('gives 0 points for no picks at all (an empty answer is still an answer)', () => {
    expect(scoreQuestion(allOrNothing, picks())).toMatchObject({ points: 0, answered: true });
  });

  it('ignores picks of option ids that do not exist in the question', () => {
    expect(scoreQuestion(allOrNothing, picks('a', 'c', 'nope')).points).toBe(1);
  });
});

describe('scoreQuestion: multiple choice, partial credit', () => {
  const q = partial(['a', 'b', 'c', 'd']); // k = 4, option e is wrong

  it('gives (right - wrong) / k', () => {
    expect(scoreQuestion(q, picks('a', 'b')).points).toBe(0.5);
    expect(scoreQuestion(q, picks('a', 'b', 'c')).points).toBe(0.75);
    expect(scoreQuestion(q, picks('a', 'b', 'c', 'e')).points).toBe(0.5);
  });

  it('is correct only for the full key set without wrong picks', () => {
    expect(scoreQuestion(q, picks('a', 'b', 'c', 'd'))).toMatchObject({ points: 1, correct: true });
    expect(scoreQuestion(q, picks('a', 'b', 'c', 'd', 'e'))).toMatchObject({ points: 0.75, correct: false });
  });

  it('never goes below 0', () => {
    const q2 = partial(['a'], opts('a', 'b', 'c', 'd'));
    expect(scoreQuestion(q2, picks('b', 'c', 'd')).points).toBe(0);
    expect(scoreQuestion(q2, picks('a', 'b', 'c')).points).toBe(0);
  });

  it('ignores option ids that do not exist (they are neither right nor wrong)', () => {
    expect(scoreQuestion(q, picks('a', 'b', 'x', 'y', 'z')).points).toBe(0.5);
  });

  it('counts a duplicate pick once', () => {
    expect(scoreQuestion(q, picks('a', 'a', 'a', 'a')).points).toBe(0.25);
    expect(scoreQuestion(q, picks('a', 'b', 'e', 'e', 'e')).points).toBe(0.25);
  });
});

describe('scoreQuestion: an answer of the wrong type', () => {
  it('scores 0 but counts as answered', () => {
    expect(scoreQuestion(single, tf(true))).toEqual({ questionId: 'q-single', points: 0, correct: false, answered: true });
    expect(scoreQuestion(trueFalse, pick('a'))).toEqual({ questionId: 'q-tf', points: 0, correct: false, answered: true });
    expect(scoreQuestion(allOrNothing, pick('a'))).toEqual({ questionId: 'q-aon', points: 0, correct: false, answered: true });
    // A single-choice answer naming the keyed option of a multiple question is still the wrong type.
    const oneKey = partial(['a']);
    expect(scoreQuestion(oneKey, pick('a')).points).toBe(0);
  });
});

describe('scoreQuiz', () => {
  const fiveSingles: ScorableQuestion[] = ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({ id, type: 'single', answer: 'a', options: opts('a', 'b') }));
  const answersRight = (n: number, qs: ScorableQuestion[]): Record<string, Answer> =>
    Object.fromEntries(qs.map((q, i) => [q.id, pick(i < n ? 'a' : 'b')]));

  it('adds points, counts one max point per question, and reports every question', () => {
    const r = scoreQuiz(fiveSingles, answersRight(3, fiveSingles), 0.8);
    expect(r.points).toBe(3);
    expect(r.maxPoints).toBe(5);
    expect(r.score).toBeCloseTo(0.6, 12);
    expect(r.questions.map((q) => q.questionId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('passes at exactly the pass mark: 4/5 with a pass mark of 0.8', () => {
    const r = scoreQuiz(fiveSingles, answersRight(4, fiveSingles), 0.8);
    expect(r.score).toBe(0.8);
    expect(r.passed).toBe(true);
  });

  it('fails just below the pass mark: 3/5 with a pass mark of 0.8', () => {
    expect(scoreQuiz(fiveSingles, answersRight(3, fiveSingles), 0.8).passed).toBe(false);
  });

  it('passes 7/10 with a pass mark of 0.7 and fails 6/10', () => {
    const ten: ScorableQuestion[] = Array.from({ length: 10 }, (_, i) => ({ id: `q${i}`, type: 'single', answer: 'a', options: opts('a', 'b') }));
    expect(scoreQuiz(ten, answersRight(7, ten), 0.7).passed).toBe(true);
    expect(scoreQuiz(ten, answersRight(6, ten), 0.7).passed).toBe(false);
  });

  it('is not fooled by float rounding: 1 + 1 + 0.4 out of 3 is exactly 80%', () => {
    // (1 + 1 + 2/5) / 3 is 0.7999999999999999 in floating point.
    const qs: ScorableQuestion[] = [
      { id: 'q1', type: 'single', answer: 'a', options: opts('a', 'b') },
      { id: 'q2', type: 'true-false', answer: true },
      partial(['a', 'b', 'c', 'd', 'e'], opts('a', 'b', 'c', 'd', 'e', 'f')),
    ];
    const r = scoreQuiz(qs, { q1: pick('a'), q2: tf(true), 'q-partial': picks('a', 'b') }, 0.8);
    expect(r.points).toBeCloseTo(2.4, 12);
    expect(r.score).toBeLessThan(0.8); // the raw float really is below the mark...
    expect(r.passed).toBe(true); // ...yet the learner passes
  });

  it('still fails a score that is genuinely below the pass mark by a small amount', () => {
    // (1 + 1 + 1/4) / 3 = 0.75 < 0.8
    const qs: ScorableQuestion[] = [
      { id: 'q1', type: 'single', answer: 'a', options: opts('a', 'b') },
      { id: 'q2', type: 'true-false', answer: true },
      partial(['a', 'b', 'c', 'd'], opts('a', 'b', 'c', 'd')),
    ];
    expect(scoreQuiz(qs, { q1: pick('a'), q2: tf(true), 'q-partial': picks('a') }, 0.8).passed).toBe(false);
  });

  it('treats a question without an answer as 0 points, not answered', () => {
    const r = scoreQuiz(fiveSingles, { q1: pick('a') }, 0.2);
    expect(r.points).toBe(1);
    expect(r.questions.filter((q) => q.answered).map((q) => q.questionId)).toEqual(['q1']);
    expect(r.passed).toBe(true);
  });

  it('ignores answers to questions the quiz does not have', () => {
    const r = scoreQuiz(fiveSingles, { q1: pick('a'), q99: pick('a'), other: pick('a') }, 0.8);
    expect(r.points).toBe(1);
    expect(r.maxPoints).toBe(5);
  });

  it('does not read inherited properties of the answers object as answers', () => {
    // A question whose id is the name of an Object.prototype member.
    const qs: ScorableQuestion[] = [{ id: 'constructor', type: 'single', answer: 'a', options: opts('a') }];
    const r = scoreQuiz(qs, {}, 0.8);
    expect(r.questions[0]).toMatchObject({ answered: false, points: 0 });
  });

  it('scores an empty quiz as 0 and passes it only with a pass mark of 0', () => {
    expect(scoreQuiz([], {}, 0.8)).toMatchObject({ points: 0, maxPoints: 0, score: 0, passed: false });
    expect(scoreQuiz([], {}, 0).passed).toBe(true);
  });
});
