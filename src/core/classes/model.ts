// A class: the trainees of one course run, collected from their portable progress files
// (cea-progress) without a server. Kept apart from every learner profile, in two stores per
// class: the class itself (name, dates, groups, whole-class sessions: small, read to list
// classes) and its trainees (each one's merged record).
import { z } from 'zod';
import { progressSchema } from '../progress/model';
import { studyTimeSchema } from '../studyTime/record';
import { classSessionSchema } from './session';
import { classIdSchema, classNameSchema, groupLabelSchema, isoDay, MAX_GROUPS, traineeKeySchema } from './ids';

export * from './ids';

export const CLASS_SCHEMA_VERSION = 1;
export const classInfoSchema = z.strictObject({
  schemaVersion: z.literal(CLASS_SCHEMA_VERSION),
  id: classIdSchema,
  name: classNameSchema,
  startsOn: isoDay.optional(),
  endsOn: isoDay.optional(),
  groups: z.array(groupLabelSchema).max(MAX_GROUPS),
  createdAt: z.iso.datetime(),
  sessions: z.array(classSessionSchema).max(1000),
});
export type ClassInfo = z.infer<typeof classInfoSchema>;

/** One file that went into a trainee's record. */
export const importedFileSchema = z.strictObject({
  fileName: z.string().max(255),
  /** The file's own seal (sha256 of its body): the same file imported twice is recognised. */
  hash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
  exportedAt: z.iso.datetime(),
  importedAt: z.iso.datetime(),
});

export const classTraineeSchema = z.strictObject({
  key: traineeKeySchema,
  name: z.string().max(100).optional(),
  group: groupLabelSchema.optional(),
  progress: progressSchema,
  studyTime: studyTimeSchema,
  files: z.array(importedFileSchema).max(10_000),
});
export type ClassTrainee = z.infer<typeof classTraineeSchema>;

export const classTraineesSchema = z.strictObject({
  schemaVersion: z.literal(CLASS_SCHEMA_VERSION),
  trainees: z.array(classTraineeSchema).max(5000),
});
export type ClassTrainees = z.infer<typeof classTraineesSchema>;

export interface ClassSummary {
  id: string;
  name: string;
  startsOn?: string;
  endsOn?: string;
  groups: string[];
  trainees: number;
  createdAt: string;
}

/**
 * The trainees as written: their merged records come from files checked in full on import and
 * from merges of those, so a write checks the shape around them only. Reading the store checks
 * everything (classTraineesSchema).
 */
export const classTraineesWriteSchema = z.strictObject({
  schemaVersion: z.literal(CLASS_SCHEMA_VERSION),
  trainees: z
    .array(classTraineeSchema.extend({ progress: z.custom<ClassTrainee['progress']>((v) => typeof v === 'object' && v !== null), studyTime: z.custom<ClassTrainee['studyTime']>((v) => typeof v === 'object' && v !== null) }))
    .max(5000),
}) as z.ZodType<ClassTrainees>;
