// Quiz scoring. The renderer uses it for instant feedback and the progress service uses it
// again on submit, so the recorded score never depends on what the renderer claims.
import type { Answer } from './answers';

/** The part of a question that scoring needs; pack questions and question views both fit. */
export type ScorableQuestion =
  | { id: string; type: 'single'; answer?: string; options: { id: string }[] }
  | { id: string; type: 'multiple'; answers: string[]; scoring: 'all-or-nothing' | 'partial'; options: { id: string }[] }
  | { id: string; type: 'true-false'; answer: boolean };

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

export function scoreQuestion(q: ScorableQuestion, a: Answer | undefined): QuestionScore {
  const result = (points: number): QuestionScore => ({ questionId: q.id, points, correct: points === 1, answered: a !== undefined });
  // An answer of the wrong shape (e.g. a true/false answer to a choice question) earns nothing.
  if (!a || a.type !== q.type) return { ...result(0), answered: a !== undefined };
  switch (q.type) {
    case 'single':
      return result(a.type === 'single' && a.option === q.answer ? 1 : 0);
    case 'true-false':
      return result(a.type === 'true-false' && a.value === q.answer ? 1 : 0);
    case 'multiple': {
      if (a.type !== 'multiple') return result(0);
      const valid = new Set(q.options.map((o) => o.id));
      const picked = new Set(a.options.filter((id) => valid.has(id)));
      const keys = new Set(q.answers);
      const right = [...picked].filter((id) => keys.has(id)).length;
      const wrong = picked.size - right;
      if (q.scoring === 'all-or-nothing') return result(right === keys.size && wrong === 0 ? 1 : 0);
      // Partial credit: each right pick earns 1/k, each wrong pick costs 1/k, never below 0.
      return result(keys.size === 0 ? 0 : Math.max(0, (right - wrong) / keys.size));
    }
  }
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
