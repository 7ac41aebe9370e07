import { z } from 'zod';
import { idSchema } from '../ids';

/** A learner's answer to one question. The shape depends on the question type. */
export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), option: idSchema }),
  z.strictObject({ type: z.literal('multiple'), options: z.array(idSchema).max(50) }),
  z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
]);
export type Answer = z.infer<typeof answerSchema>;
