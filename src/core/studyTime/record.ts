// The learner's study time: total active milliseconds per lesson and per quiz, keyed by stable
// ids like the rest of the record. Kept in its own small store next to the learner's progress,
// so it can grow without touching the progress schema.
import { z } from 'zod';
import { safeRecord } from '../safeRecord';
import { lessonKey } from '../progress/keys';

export const STUDY_TIME_SCHEMA_VERSION = 1;
export const STUDY_KINDS = ['lesson', 'quiz'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

/** Ten years of study, in ms: anything above is not a total this app wrote. */
const MAX_TOTAL_MS = 10 * 365 * 24 * 3600 * 1000;
const itemKey = z.string().regex(/^[a-z][a-z0-9-]{0,63}\/[a-z][a-z0-9-]{0,63}$/, 'must be <pack id>/<item id>');
const totalMs = z.number().int().nonnegative().max(MAX_TOTAL_MS);

export const studyTimeSchema = z.strictObject({
  schemaVersion: z.literal(STUDY_TIME_SCHEMA_VERSION),
  /** Keyed by `${packId}/${lessonId}`. */
  lessons: safeRecord(itemKey, totalMs),
  /** Keyed by `${packId}/${quizId}`. */
  quizzes: safeRecord(itemKey, totalMs),
});
export type StudyTimeData = z.infer<typeof studyTimeSchema>;

export function emptyStudyTime(): StudyTimeData {
  return { schemaVersion: STUDY_TIME_SCHEMA_VERSION, lessons: {}, quizzes: {} };
}

const section = (kind: StudyKind) => (kind === 'lesson' ? 'lessons' : 'quizzes');

/** Adds ms to one lesson's or quiz's total. */
export function addStudyTime(data: StudyTimeData, kind: StudyKind, packId: string, id: string, ms: number): StudyTimeData {
  if (ms <= 0) return data;
  const key = lessonKey(packId, id);
  const part = data[section(kind)];
  const before = Object.hasOwn(part, key) ? part[key]! : 0;
  return { ...data, [section(kind)]: { ...part, [key]: Math.min(MAX_TOTAL_MS, before + Math.round(ms)) } };
}

/** One item's total, 0 when never studied. */
export function studyTimeOf(data: StudyTimeData, kind: StudyKind, packId: string, id: string): number {
  const part = data[section(kind)];
  const key = lessonKey(packId, id);
  return Object.hasOwn(part, key) ? part[key]! : 0;
}
