// Right and wrong answers for the built-in pack's quizzes, built straight from the quiz YAML
// files' `answer`/`answers` keys (not from the loader under test), for service and API tests.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Answer } from '../../../src/core/quiz/answers';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const CONTENT_DIR = path.join(REPO_ROOT, 'content');
export const PACK_ID = 'wco-ecommerce';
export const PACK_DIR = path.join(CONTENT_DIR, PACK_ID);
export const QUIZ_DIR = path.join(PACK_DIR, 'modules', 'basics', 'quizzes');
export const LESSON_IDS = ['what-is-ecommerce', 'channels', 'stakeholders', 'challenges', 'wco-response'] as const;

interface YamlQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  answer?: string | boolean;
  answers?: string[];
  options?: { id: string }[];
}

export interface YamlQuiz {
  id: string;
  passMark?: number;
  questions: YamlQuestion[];
}

export function readQuiz(quizId: string): YamlQuiz {
  return parse(fs.readFileSync(path.join(QUIZ_DIR, `${quizId}.yaml`), 'utf8')) as YamlQuiz;
}

export function rightAnswers(quizId: string): Record<string, Answer> {
  return Object.fromEntries(
    readQuiz(quizId).questions.map((q): [string, Answer] => {
      if (q.type === 'true-false') return [q.id, { type: 'true-false', value: q.answer === true }];
      if (q.type === 'single') return [q.id, { type: 'single', option: String(q.answer) }];
      return [q.id, { type: 'multiple', options: [...(q.answers ?? [])] }];
    }),
  );
}

/** Every question answered, and every answer wrong: no partial credit anywhere. */
export function wrongAnswers(quizId: string): Record<string, Answer> {
  return Object.fromEntries(
    readQuiz(quizId).questions.map((q): [string, Answer] => {
      if (q.type === 'true-false') return [q.id, { type: 'true-false', value: q.answer !== true }];
      const wrong = (q.options ?? []).map((o) => o.id).filter((id) => (q.type === 'single' ? id !== q.answer : !(q.answers ?? []).includes(id)));
      if (wrong.length === 0) throw new Error(`question ${q.id} of ${quizId} has no wrong option`);
      if (q.type === 'single') return [q.id, { type: 'single', option: wrong[0]! }];
      return [q.id, { type: 'multiple', options: wrong }];
    }),
  );
}

/** Arguments of submitAttempt, as the renderer sends them. */
export function submission(quizId: string, answers: Record<string, Answer>, lang = 'en') {
  return { packId: PACK_ID, quizId, lang, answers, seed: 12345, startedAt: '2024-05-01T08:00:00.000Z', durationMs: 90_000 };
}
