// Scoring of the question types beyond choices: right, wrong, partial and malformed answers.
import { describe, expect, it } from 'vitest';
import { scoreQuestion, type ScorableQuestion } from '../../../src/core/quiz/scoring';
import { answerSchema, type Answer } from '../../../src/core/quiz/answers';
import { parseTypedNumber, textMatches } from '../../../src/core/quiz/normalize';

const points = (q: ScorableQuestion, a: Answer | undefined) => scoreQuestion(q, a).points;
const ids = (...xs: string[]) => xs.map((id) => ({ id }));

describe('matching', () => {
  const q = (scoring: 'partial' | 'all-or-nothing'): ScorableQuestion => ({ id: 'm', type: 'matching', scoring, pairs: ids('a', 'b', 'c', 'd') });
  const all = { a: 'a', b: 'b', c: 'c', d: 'd' };
  it('right: every item matched to its pair', () => expect(scoreQuestion(q('partial'), { type: 'matching', pairs: all })).toMatchObject({ points: 1, correct: true }));
  it('wrong: every item matched elsewhere', () => expect(points(q('partial'), { type: 'matching', pairs: { a: 'b', b: 'a', c: 'd', d: 'c' } })).toBe(0));
  it('partial: each right pair earns its share; all-or-nothing earns 0', () => {
    const half = { type: 'matching' as const, pairs: { a: 'a', b: 'b', c: 'd', d: 'x' } };
    expect(points(q('partial'), half)).toBe(0.5);
    expect(points(q('all-or-nothing'), half)).toBe(0);
  });
  it('malformed: unknown left ids and an answer of another type earn nothing', () => {
    expect(points(q('partial'), { type: 'matching', pairs: { zz: 'a' } })).toBe(0);
    expect(points(q('partial'), { type: 'single', option: 'a' })).toBe(0);
  });
});

describe('ordering', () => {
  const q = (scoring: 'partial' | 'all-or-nothing'): ScorableQuestion => ({ id: 'o', type: 'ordering', scoring, items: ids('a', 'b', 'c', 'd', 'e') });
  const order = (...o: string[]): Answer => ({ type: 'ordering', order: o });
  it('right: the exact order', () => expect(scoreQuestion(q('partial'), order('a', 'b', 'c', 'd', 'e'))).toMatchObject({ points: 1, correct: true }));
  it('wrong: the reverse order keeps only one item in relative order', () => expect(points(q('partial'), order('e', 'd', 'c', 'b', 'a'))).toBeCloseTo(0.2));
  it('partial: one item moved from first to last still has four in order', () => {
    expect(points(q('partial'), order('b', 'c', 'd', 'e', 'a'))).toBeCloseTo(0.8);
    expect(points(q('all-or-nothing'), order('b', 'c', 'd', 'e', 'a'))).toBe(0);
  });
  it('malformed: missing, repeated or foreign items earn nothing', () => {
    expect(points(q('partial'), order('a', 'b', 'c', 'd'))).toBe(0);
    expect(points(q('partial'), order('a', 'a', 'c', 'd', 'e'))).toBe(0);
    expect(points(q('partial'), order('a', 'b', 'c', 'd', 'z'))).toBe(0);
  });
});

describe('cloze', () => {
  const q = (scoring: 'partial' | 'all-or-nothing', match: 'loose' | 'exact' = 'loose'): ScorableQuestion => ({
    id: 'c',
    type: 'cloze',
    scoring,
    blanks: [
      { id: 'x', accept: ['mainlevée', 'mainlevée immédiate'], match },
      { id: 'y', accept: ['IOSS'], match },
    ],
  });
  const fill = (x: string, y: string): Answer => ({ type: 'cloze', blanks: { x, y } });
  it('right: accepted answers, ignoring case, accents and spaces when loose', () => {
    expect(points(q('partial'), fill('  MAINLEVEE ', 'ioss'))).toBe(1);
    expect(points(q('partial'), fill('Mainlevée  immédiate', 'IOSS'))).toBe(1);
  });
  it('exact matching compares as typed', () => {
    expect(points(q('partial', 'exact'), fill('mainlevee', 'ioss'))).toBe(0);
    expect(points(q('partial', 'exact'), fill('mainlevée', 'IOSS'))).toBe(1);
  });
  it('wrong and partial', () => {
    expect(points(q('partial'), fill('release', 'VAT'))).toBe(0);
    expect(points(q('partial'), fill('mainlevée', 'VAT'))).toBe(0.5);
    expect(points(q('all-or-nothing'), fill('mainlevée', 'VAT'))).toBe(0);
  });
  it('malformed: empty text and unknown blanks earn nothing', () => {
    expect(points(q('partial'), fill('', ''))).toBe(0);
    expect(points(q('partial'), { type: 'cloze', blanks: { zz: 'IOSS' } })).toBe(0);
  });
});

describe('numeric', () => {
  const q: ScorableQuestion = { id: 'n', type: 'numeric', answer: 23.4, tolerance: 0.05 };
  const v = (value: string): Answer => ({ type: 'numeric', value });
  it('right: within tolerance, with a decimal point or comma', () => {
    expect(points(q, v('23.4'))).toBe(1);
    expect(points(q, v('23,44'))).toBe(1);
    expect(points(q, v(' 23,35 '))).toBe(1);
  });
  it('wrong: outside the tolerance', () => expect(points(q, v('23.5'))).toBe(0));
  it('an exact answer survives floating-point rounding', () => {
    expect(points({ id: 'n', type: 'numeric', answer: 0.3, tolerance: 0 }, v('0.3'))).toBe(1);
  });
  it('malformed: text, units and empty input earn nothing', () => {
    for (const bad of ['', 'abc', '23.4 EUR', '1.2.3', '1e5', 'NaN']) expect(points(q, v(bad)), bad).toBe(0);
  });
  it('parses grouped thousands both ways', () => {
    expect(parseTypedNumber('1 234,5')).toBe(1234.5);
    expect(parseTypedNumber('1,234.5')).toBe(1234.5);
    expect(parseTypedNumber('1.234,5')).toBe(1234.5);
    expect(parseTypedNumber('-3')).toBe(-3);
    expect(parseTypedNumber('1,2,3')).toBeUndefined();
  });
});

describe('scenario', () => {
  const q: ScorableQuestion = {
    id: 's',
    type: 'scenario',
    start: 's1',
    steps: [
      { id: 's1', choices: [{ id: 'a', correct: true, next: 's2' }, { id: 'b', correct: false, next: 's3' }] },
      { id: 's2', choices: [{ id: 'a', correct: true }, { id: 'b', correct: false }] },
      { id: 's3', choices: [{ id: 'a', correct: true }, { id: 'b', correct: false }] },
    ],
  };
  const path = (...p: [string, string][]): Answer => ({ type: 'scenario', path: p.map(([step, choice]) => ({ step, choice })) });
  it('right: the best choice at every step', () => expect(scoreQuestion(q, path(['s1', 'a'], ['s2', 'a']))).toMatchObject({ points: 1, correct: true }));
  it('wrong: the worst choice at every step', () => expect(points(q, path(['s1', 'b'], ['s3', 'b']))).toBe(0));
  it('partial: a wrong turn recovered from earns half', () => expect(points(q, path(['s1', 'b'], ['s3', 'a']))).toBe(0.5));
  it('malformed: a path that skips, jumps or stops early earns nothing', () => {
    expect(points(q, path(['s2', 'a']))).toBe(0);
    expect(points(q, path(['s1', 'a'], ['s3', 'a']))).toBe(0);
    expect(points(q, path(['s1', 'a']))).toBe(0);
    expect(points(q, path(['s1', 'z']))).toBe(0);
    expect(points(q, path())).toBe(0);
  });
});

describe('inspection', () => {
  const q: ScorableQuestion = {
    id: 'i',
    type: 'inspection',
    document: { fields: [{ id: 'desc', flag: true }, { id: 'value', flag: true }, { id: 'sender', flag: false }, { id: 'weight', flag: false }] },
  };
  const mark = (...flagged: string[]): Answer => ({ type: 'inspection', flagged });
  it('right: exactly the red flags', () => expect(scoreQuestion(q, mark('desc', 'value'))).toMatchObject({ points: 1, correct: true }));
  it('wrong: only fields that are in order', () => expect(points(q, mark('sender', 'weight'))).toBe(0));
  it('partial: one flag found, or one found and one false alarm', () => {
    expect(points(q, mark('desc'))).toBe(0.5);
    expect(points(q, mark('desc', 'value', 'sender'))).toBe(0.5);
  });
  it('marking everything is not a strategy', () => expect(points(q, mark('desc', 'value', 'sender', 'weight'))).toBe(0));
  it('malformed: unknown field ids are ignored', () => expect(points(q, mark('zz', 'desc'))).toBe(0.5));
});

describe('answer schema', () => {
  it('refuses malformed answers before they reach scoring', () => {
    expect(answerSchema.safeParse({ type: 'matching', pairs: JSON.parse('{"__proto__": "a"}') }).success).toBe(false);
    expect(answerSchema.safeParse({ type: 'numeric', value: 12 }).success).toBe(false);
    expect(answerSchema.safeParse({ type: 'cloze', blanks: { x: 'a'.repeat(201) } }).success).toBe(false);
    expect(answerSchema.safeParse({ type: 'ordering', order: ['A'] }).success).toBe(false);
    expect(answerSchema.safeParse({ type: 'scenario', path: [{ step: 's1' }] }).success).toBe(false);
    expect(answerSchema.safeParse({ type: 'inspection', flagged: ['ok'] }).success).toBe(true);
  });
  it('loose text matching ignores apostrophe style', () => {
    expect(textMatches('l’OMD', ["l'OMD"], 'loose')).toBe(true);
  });
});
