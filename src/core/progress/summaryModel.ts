// What the screens need from a learner's record, small enough to send after every write and to
// keep in the snapshot file: lessons, the last position, the review cards, and per quiz the
// attempt count, best score and passes. The attempts themselves stay in the event log; the
// progress report, portable files and certificates read the full record (model.ts).
import { z } from 'zod';
import { safeRecord } from '../safeRecord';
import { emptyReview, reviewSectionSchema } from '../review/cards';
import type { QuestionScore } from '../quiz/scoring';
import { lessonProgressSchema, positionSchema, type AttemptRecord, type ProgressData } from './model';

export const quizStatsSchema = z.strictObject({
  attempts: z.number().int().positive(),
  passes: z.number().int().nonnegative(),
  bestScore: z.number().min(0).max(1),
});
export type QuizStats = z.infer<typeof quizStatsSchema>;

const KEY = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/;

export const progressSummarySchema = z.strictObject({
  /** Keyed by `${packId}/${lessonId}`. */
  lessons: safeRecord(z.string().regex(KEY), lessonProgressSchema),
  position: positionSchema.nullable(),
  review: reviewSectionSchema,
  /** Keyed by `${packId}/${quizId}` (quizKey). */
  quizzes: safeRecord(z.string().regex(KEY), quizStatsSchema),
});
export type ProgressSummary = z.infer<typeof progressSummarySchema>;

export const quizKey = (packId: string, quizId: string) => `${packId}/${quizId}`;

export function emptySummary(): ProgressSummary {
  return { lessons: {}, position: null, review: emptyReview(), quizzes: {} };
}

/** The quiz figures after one more attempt. */
export function withAttempt(quizzes: ProgressSummary['quizzes'], a: Pick<AttemptRecord, 'packId' | 'quizId' | 'score' | 'passed'>): ProgressSummary['quizzes'] {
  const key = quizKey(a.packId, a.quizId);
  const prev = Object.hasOwn(quizzes, key) ? quizzes[key] : undefined;
  const next: QuizStats = {
    attempts: (prev?.attempts ?? 0) + 1,
    passes: (prev?.passes ?? 0) + (a.passed ? 1 : 0),
    bestScore: Math.max(prev?.bestScore ?? 0, a.score),
  };
  return { ...quizzes, [key]: next };
}

/** The summary of a full record (a record migrated from schema 2, a restored portable file). */
export function summarize(data: ProgressData): ProgressSummary {
  let quizzes: ProgressSummary['quizzes'] = {};
  for (const a of data.attempts) quizzes = withAttemptInPlace(quizzes, a);
  return { lessons: data.lessons, position: data.position, review: data.review, quizzes };
}

// The same as withAttempt, without copying the map per attempt (a record can hold 50,000).
function withAttemptInPlace(quizzes: ProgressSummary['quizzes'], a: AttemptRecord): ProgressSummary['quizzes'] {
  const key = quizKey(a.packId, a.quizId);
  const prev = Object.hasOwn(quizzes, key) ? quizzes[key] : undefined;
  quizzes[key] = {
    attempts: (prev?.attempts ?? 0) + 1,
    passes: (prev?.passes ?? 0) + (a.passed ? 1 : 0),
    bestScore: Math.max(prev?.bestScore ?? 0, a.score),
  };
  return quizzes;
}

/** What a submitted attempt returns: the attempt, its per-question scores, the new summary. */
export interface SubmittedAttempt {
  attempt: AttemptRecord;
  /** In the order asked: the result screen shows them without scoring again. */
  questions: QuestionScore[];
  progress: ProgressSummary;
}
