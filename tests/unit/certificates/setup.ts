// A data folder with the certificate fixture course, and helpers to pass (or fail) its exams.
import path from 'node:path';
import { createServices, type Services, type ServicesOptions } from '../../../electron/services/services';
import type { Answer } from '../../../src/core/quiz/answers';

export const REPO = path.resolve(import.meta.dirname, '../../..');
export const COURSE_DIR = path.join(REPO, 'tests/fixtures/certificate');
export const COURSE_ID = 'final-course';
export const POLICY_FIXTURE = path.join(REPO, 'tests/fixtures/certificate/policy.yaml');

export function openServices(dataDir: string, extra: Partial<ServicesOptions> = {}): Services {
  return createServices({ dataDir, contentRoots: [COURSE_DIR], openExternal: async () => undefined, ...extra });
}

const FINAL_RIGHT: Record<string, Answer> = { f1: { type: 'single', option: 'express' }, f2: { type: 'true-false', value: false } };
const FINAL_HALF: Record<string, Answer> = { f1: { type: 'single', option: 'express' }, f2: { type: 'true-false', value: true } };
const FINAL_WRONG: Record<string, Answer> = { f1: { type: 'single', option: 'postal' }, f2: { type: 'true-false', value: true } };
export const FINAL = { right: FINAL_RIGHT, half: FINAL_HALF, wrong: FINAL_WRONG };

export function takeQuiz(s: Services, quizId: string, answers: Record<string, Answer>, minutes: number, lang = 'en') {
  return s.progress.submitAttempt({
    packId: COURSE_ID,
    quizId,
    lang,
    answers,
    seed: 0,
    startedAt: new Date(Date.now() - minutes * 60_000).toISOString(),
    durationMs: minutes * 60_000,
  }).attempt;
}

/** Passes the introduction quiz (90 min) and the final exam (60 min): 2.5 hours of study. */
export function completeCourse(s: Services) {
  takeQuiz(s, 'intro-quiz', { q1: { type: 'true-false', value: true } }, 90);
  return takeQuiz(s, 'final-exam', FINAL.right, 60);
}
