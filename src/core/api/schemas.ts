// Argument schemas for every channel. The handlers validate with these, and the services use
// the same ones, so a bad argument is refused at the door with the message the service would give.
import { z } from 'zod';
import { idSchema, langSchema } from '../ids';
import { answersSchema } from '../quiz/answers';

export const catalogArgs = z.strictObject({ lang: langSchema });
export const lessonArgs = z.strictObject({ packId: idSchema, lessonId: idSchema, lang: langSchema });
const seedSchema = z.number().int().nonnegative().max(2 ** 32 - 1);
/** `seed` picks the drawn questions and their order; leave it out for the pack's order. */
export const quizArgs = z.strictObject({ packId: idSchema, quizId: idSchema, lang: langSchema, seed: seedSchema.optional() });
export const glossaryArgs = z.strictObject({ packId: idSchema, lang: langSchema });
export const lessonEventArgs = z.strictObject({
  packId: idSchema,
  lessonId: idSchema,
  event: z.enum(['opened', 'finished']),
});
export const submitAttemptArgs = z.strictObject({
  packId: idSchema,
  quizId: idSchema,
  lang: langSchema,
  answers: answersSchema,
  /** The questions drawn and the order the learner saw, so a review shows exactly that. */
  seed: seedSchema,
  startedAt: z.iso.datetime(),
  durationMs: z.number().int().nonnegative().max(7 * 24 * 3600 * 1000),
});
export const positionArgs = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('lesson'), packId: idSchema, lessonId: idSchema }),
  z.strictObject({ screen: z.literal('quiz'), packId: idSchema, quizId: idSchema }),
  z.strictObject({ screen: z.literal('module'), packId: idSchema, moduleId: idSchema }),
]);
export const settingsPatch = z.strictObject({ language: langSchema.optional() });
export const dismissNoticeArgs = z.strictObject({ id: z.string().min(1).max(200) });
export const openExternalArgs = z.strictObject({ url: z.string().max(2048) });

/** Channels that take no argument accept only null/undefined. */
export const noArgs = z.union([z.null(), z.undefined()]).transform(() => undefined);

export type CatalogArgs = z.infer<typeof catalogArgs>;
export type LessonArgs = z.infer<typeof lessonArgs>;
export type QuizArgs = z.infer<typeof quizArgs>;
export type GlossaryArgs = z.infer<typeof glossaryArgs>;
export type LessonEventArgs = z.infer<typeof lessonEventArgs>;
export type SubmitAttemptArgs = z.infer<typeof submitAttemptArgs>;
export type PositionArgs = z.infer<typeof positionArgs>;
export type SettingsPatch = z.infer<typeof settingsPatch>;
export type DismissNoticeArgs = z.infer<typeof dismissNoticeArgs>;
export type OpenExternalArgs = z.infer<typeof openExternalArgs>;
