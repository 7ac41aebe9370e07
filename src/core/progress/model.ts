// The learner's record. Everything is keyed by stable pack/lesson/quiz ids, never by titles
// or positions, so a new version of a pack keeps the learner's progress.
import { z } from 'zod';
import { idSchema, langSchema } from '../ids';
import { answersSchema } from '../quiz/answers';
import { positionArgs } from '../api/schemas';
import { safeRecord } from '../safeRecord';
import { emptyReview, reviewSectionSchema } from '../review/cards';

export const PROGRESS_SCHEMA_VERSION = 2;

const isoDate = z.iso.datetime();

export const lessonProgressSchema = z.strictObject({
  openedAt: isoDate,
  finishedAt: isoDate.optional(),
});

export const attemptRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  packId: idSchema,
  quizId: idSchema,
  lang: langSchema,
  seed: z.number().int().nonnegative(),
  startedAt: isoDate,
  finishedAt: isoDate,
  durationMs: z.number().int().nonnegative(),
  answers: answersSchema,
  points: z.number().nonnegative(),
  maxPoints: z.number().int().nonnegative(),
  score: z.number().min(0).max(1),
  passMark: z.number().min(0).max(1),
  passed: z.boolean(),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

export const positionSchema = z.intersection(positionArgs, z.object({ at: isoDate }));
export type Position = z.infer<typeof positionSchema>;

export const progressSchema = z.strictObject({
  schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION),
  /** Keyed by `${packId}/${lessonId}`. */
  lessons: safeRecord(z.string().regex(/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/), lessonProgressSchema),
  attempts: z.array(attemptRecordSchema),
  position: positionSchema.nullable(),
  /** Spaced review (since schema 2): cards keyed by `q:…`/`t:…` ids, and the study days. */
  review: reviewSectionSchema,
});
export type ProgressData = z.infer<typeof progressSchema>;

export function emptyProgress(): ProgressData {
  return { schemaVersion: PROGRESS_SCHEMA_VERSION, lessons: {}, attempts: [], position: null, review: emptyReview() };
}

export { lessonKey } from './keys';
