// Quiz scoring. The renderer uses it for instant feedback and the progress service uses it
// again on submit, so the recorded score never depends on what the renderer claims.
// Questions are scored in the attempt's language (cloze answers are language-specific), so the
// shapes below are those of the language-resolved question views.
import type { Answer, AnswerOf } from './answers';
import { parseTypedNumber, textMatches } from './normalize';

type Scoring = 'all-or-nothing' | 'partial';

/** The part of a question that scoring needs; pack questions and question views both fit. */
export type ScorableQuestion =
  | { id: string; type: 'single'; answer?: string; options: { id: string }[] }
  | { id: string; type: 'multiple'; answers: string[]; scoring: Scoring; options: { id: string }[] }
  | { id: string; type: 'true-false'; answer: boolean }
  | { id: string; type: 'matching'; scoring: Scoring; pairs: { id: string }[] }
  | { id: string; type: 'ordering'; scoring: Scoring; items: { id: string }[] }
  | { id: string; type: 'cloze'; scoring: Scoring; blanks: { id: string; accept: string[]; match: 'loose' | 'exact' }[] }
  | { id: string; type: 'numeric'; answer: number; tolerance: number }
  | { id: string; type: 'scenario'; start: string; steps: { id: string; choices: { id: string; correct: boolean; next?: string }[] }[] }
  | { id: string; type: 'inspection'; document: { fields: { id: string; flag: boolean }[] } };

type Scorable<T extends ScorableQuestion['type']> = Extract<ScorableQuestion, { type: T }>;

export interface QuestionScore {
  questionId: string;
  /** Between 0 and 1. */
  points: number;
  /** True only for a fully right answer. */
  correct: boolean;
  answered: boolean;
}

export interface QuizScore {
  points: number;
  maxPoints: number;
  /** points / maxPoints, between 0 and 1. */
  score: number;
  passed: boolean;
  questions: QuestionScore[];
}

/** True when the typed number is within the tolerance of the answer. */
export function numericMatches(typed: string, answer: number, tolerance: number): boolean {
  const value = parseTypedNumber(typed);
  // A small epsilon so that 0.1 + 0.2 style rounding never fails an exact answer.
  return value !== undefined && Math.abs(value - answer) <= tolerance + 1e-9 * Math.max(1, Math.abs(answer));
}

/** Share of parts right, or all-or-nothing. */
const share = (right: number, total: number, scoring: Scoring) =>
  total === 0 ? 0 : scoring === 'partial' ? right / total : right === total ? 1 : 0;

/** Right picks minus wrong picks over the number of keys, never below 0. */
const picksScore = (picked: ReadonlySet<string>, keys: ReadonlySet<string>) => {
  const right = [...picked].filter((id) => keys.has(id)).length;
  const wrong = picked.size - right;
  return { right, wrong, points: keys.size === 0 ? 0 : Math.max(0, (right - wrong) / keys.size) };
};

/** Length of the longest run of items already in the right relative order. */
function longestInOrder(ranks: number[]): number {
  const tails: number[] = [];
  for (const r of ranks) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = r;
  }
  return tails.length;
}

const SCORERS: { [T in ScorableQuestion['type']]: (q: Scorable<T>, a: AnswerOf<T>) => number } = {
  single: (q, a) => (a.option === q.answer ? 1 : 0),
  'true-false': (q, a) => (a.value === q.answer ? 1 : 0),
  multiple(q, a) {
    const valid = new Set(q.options.map((o) => o.id));
    const keys = new Set(q.answers);
    const { right, wrong, points } = picksScore(new Set(a.options.filter((id) => valid.has(id))), keys);
    if (q.scoring === 'all-or-nothing') return right === keys.size && wrong === 0 ? 1 : 0;
    return points;
  },
  matching(q, a) {
    const right = q.pairs.filter((p) => Object.hasOwn(a.pairs, p.id) && a.pairs[p.id] === p.id).length;
    return share(right, q.pairs.length, q.scoring);
  },
  ordering(q, a) {
    const rank = new Map(q.items.map((item, i) => [item.id, i]));
    // Anything but the question's items, each once, is not an ordering of them.
    if (a.order.length !== q.items.length || new Set(a.order).size !== a.order.length || !a.order.every((id) => rank.has(id))) return 0;
    const inOrder = longestInOrder(a.order.map((id) => rank.get(id)!));
    return share(inOrder, q.items.length, q.scoring);
  },
  cloze(q, a) {
    const right = q.blanks.filter((b) => Object.hasOwn(a.blanks, b.id) && textMatches(a.blanks[b.id]!, b.accept, b.match)).length;
    return share(right, q.blanks.length, q.scoring);
  },
  numeric: (q, a) => (numericMatches(a.value, q.answer, q.tolerance) ? 1 : 0),
  scenario(q, a) {
    const steps = new Map(q.steps.map((s) => [s.id, s]));
    let expected: string | undefined = q.start;
    let right = 0;
    for (const { step, choice } of a.path) {
      // The path must follow the case: each step the one the previous choice led to.
      if (step !== expected) return 0;
      const c: { correct: boolean; next?: string } | undefined = steps.get(step)?.choices.find((x) => x.id === choice);
      if (!c) return 0;
      if (c.correct) right++;
      expected = c.next;
    }
    // An unfinished case earns nothing: the debrief is part of the exercise.
    if (expected !== undefined || a.path.length === 0) return 0;
    return right / a.path.length;
  },
  inspection(q, a) {
    const fields = new Set(q.document.fields.map((f) => f.id));
    const flags = new Set(q.document.fields.filter((f) => f.flag).map((f) => f.id));
    return picksScore(new Set(a.flagged.filter((id) => fields.has(id))), flags).points;
  },
};

export function scoreQuestion(q: ScorableQuestion, a: Answer | undefined): QuestionScore {
  const result = (points: number): QuestionScore => ({ questionId: q.id, points, correct: points === 1, answered: a !== undefined });
  // An answer of the wrong shape (e.g. a true/false answer to a choice question) earns nothing.
  if (!a || a.type !== q.type) return result(0);
  const points = (SCORERS[q.type] as (q: ScorableQuestion, a: Answer) => number)(q, a);
  return result(Math.min(1, Math.max(0, points)));
}

export function scoreQuiz(
  questions: readonly ScorableQuestion[],
  answers: Readonly<Record<string, Answer>>,
  passMark: number,
): QuizScore {
  const scored = questions.map((q) => scoreQuestion(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined));
  const points = scored.reduce((sum, s) => sum + s.points, 0);
  const maxPoints = questions.length;
  const score = maxPoints === 0 ? 0 : points / maxPoints;
  // Round to avoid 0.7999999 failing a 0.8 pass mark.
  const passed = Math.round(score * 1e6) >= Math.round(passMark * 1e6);
  return { points, maxPoints, score, passed, questions: scored };
}
