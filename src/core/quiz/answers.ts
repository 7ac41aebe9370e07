import { z } from 'zod';
import { idSchema } from '../ids';
import { safeRecord } from '../safeRecord';

/**
 * How a question is named in an attempt: its id, or `<quiz>/<question>` for a question an
 * assessment drew from another quiz.
 */
export const questionRefSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}(?:\/[a-z][a-z0-9-]{0,63})?$/, 'must be a question id, or <quiz id>/<question id>');

const typed = z.string().max(200);

/** A learner's answer to one question. The shape depends on the question type. */
export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), option: idSchema }),
  z.strictObject({ type: z.literal('multiple'), options: z.array(idSchema).max(50) }),
  z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
  /** Left item id → the right-hand id the learner matched it with. */
  z.strictObject({ type: z.literal('matching'), pairs: safeRecord(idSchema, idSchema) }),
  /** Item ids in the order the learner put them. */
  z.strictObject({ type: z.literal('ordering'), order: z.array(idSchema).max(50) }),
  /** Blank id → what the learner typed or chose. */
  z.strictObject({ type: z.literal('cloze'), blanks: safeRecord(idSchema, typed) }),
  /** The number as typed ("12,50" or "12.5"); scoring parses it. */
  z.strictObject({ type: z.literal('numeric'), value: z.string().max(50) }),
  /** The steps the learner went through and the choice made at each. */
  z.strictObject({ type: z.literal('scenario'), path: z.array(z.strictObject({ step: idSchema, choice: idSchema })).max(50) }),
  /** The field ids the learner marked as red flags. */
  z.strictObject({ type: z.literal('inspection'), flagged: z.array(idSchema).max(100) }),
]);
export type Answer = z.infer<typeof answerSchema>;
export type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

/** Answers of one attempt, keyed by question ref. */
export const answersSchema = safeRecord(questionRefSchema, answerSchema);
