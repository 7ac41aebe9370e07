// Argument schemas for every channel. The handlers validate with these, and the services use
// the same ones, so a bad argument is refused at the door with the message the service would give.
import { z } from 'zod';
import { MAX_GIFT_CHARS } from '../gift/giftParser';
import { idSchema, langSchema } from '../ids';
import { answerSchema, answersSchema } from '../quiz/answers';
import { cardIdSchema, REVIEW_RATINGS } from '../review/cards';
import { pinSchema, profileIdSchema, profileNameSchema, PROFILE_ROLES } from '../profiles/model';
import { certificateDetailsSchema } from '../certificates/details';
import { HANDOUT_KINDS } from '../print/handouts';
import { MAX_STUDY_MS_PER_CALL } from '../studyTime/clock';
import { STUDY_KINDS } from '../studyTime/record';
import { MAX_PORTABLE_BYTES } from '../portable/limits';
import { classIdSchema, classNameSchema, groupLabelSchema, isoDay, MAX_GROUPS, traineeKeySchema } from '../classes/ids';
import { classSessionSchema } from '../classes/session';
import { classSessionSchema as trainerSessionSchema } from '../trainer/classSession';

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
export const exportGiftArgs = z.strictObject({ packId: idSchema, lang: langSchema });
export const importGiftArgs = z.strictObject({
  fileName: z.string().min(1).max(255),
  text: z.string().max(MAX_GIFT_CHARS, 'the file is too large for a GIFT question bank'),
  lang: langSchema,
  /** The quiz's title as the trainer typed it: the questions become one quiz of that name. */
  title: z.string().trim().min(1).max(120).optional(),
});
/** `limit`: how many due items to include (0 for just the counts, as the home screen wants). */
export const reviewArgs = z.strictObject({ lang: langSchema, limit: z.number().int().min(0).max(50).optional() });
/** A question card is answered (the service scores it); a term card is rated by the learner. */
export const answerReviewArgs = z
  .strictObject({ cardId: cardIdSchema, lang: langSchema, answer: answerSchema.optional(), rating: z.enum(REVIEW_RATINGS).optional() })
  .refine((a) => (a.answer === undefined) !== (a.rating === undefined), { message: 'give either an answer or a rating', path: ['answer'] });

/** Active time the renderer's clock counted on one lesson or quiz since its last call (capped). */
export const recordStudyTimeArgs = z.strictObject({
  packId: idSchema,
  kind: z.enum(STUDY_KINDS),
  id: idSchema,
  ms: z.number().int().positive().max(MAX_STUDY_MS_PER_CALL),
});
export const progressReportArgs = z.strictObject({ lang: langSchema });
/**
 * A portable progress file's text. The service checks its UTF-8 size against MAX_PORTABLE_BYTES
 * and answers with a reason; this outer bound (a UTF-8 size is at least the string's length)
 * only stops absurd payloads at the door.
 */
const portableText = z.string().max(2 * MAX_PORTABLE_BYTES);
export const inspectProgressFileArgs = z.strictObject({ text: portableText });
/** `confirm` must be true: a restore happens only when the learner has confirmed it. */
export const restoreProgressArgs = z.strictObject({ text: portableText, confirm: z.literal(true) });

/** Without `name`: whether the certificate is earned, and its facts. With it: the PDF too. */
export const certificateArgs = z.strictObject({ packId: idSchema, lang: langSchema, name: z.string().max(200).optional() });
export const verifyCertificateArgs = z.strictObject({ details: certificateDetailsSchema, code: z.string().max(64) });

/** One of a module's printed documents (issue 13: handouts). */
/** Trainer area: one module as a SCORM 1.2 package for an LMS. */
export const scormExportArgs = z.strictObject({ packId: idSchema, moduleId: idSchema, lang: langSchema });
export const handoutArgs = z.strictObject({ packId: idSchema, moduleId: idSchema, lang: langSchema, kind: z.enum(HANDOUT_KINDS) });

/** Learner profiles (see src/core/profiles/model.ts): `pin` is needed for a profile that has one. */
export const createProfileArgs = z.strictObject({ name: profileNameSchema, pin: pinSchema.optional(), role: z.enum(PROFILE_ROLES).optional() });
export const switchProfileArgs = z.strictObject({ id: profileIdSchema, pin: pinSchema.optional() });
export const renameProfileArgs = z.strictObject({ id: profileIdSchema, name: profileNameSchema, pin: pinSchema.optional() });
export const deleteProfileArgs = z.strictObject({ id: profileIdSchema, pin: pinSchema.optional() });
/** For the active profile: `pin: null` removes the PIN; `currentPin` is needed when it has one. */
export const setProfilePinArgs = z.strictObject({ pin: pinSchema.nullable(), currentPin: pinSchema.optional() });

/** getStartup: the lesson in the address, if any, comes back with the rest (one call). */
export const startupArgs = z.strictObject({ lesson: z.strictObject({ packId: idSchema, lessonId: idSchema }).optional() });

/** searchCourse: what the learner typed so far, searched in the UI language. */
export const searchArgs = z.strictObject({ query: z.string().max(200), lang: langSchema });

/** Trainer area → Classes (src/core/classes). `packId`: the course's pack unless another is named. */
export const createClassArgs = z.strictObject({
  name: classNameSchema,
  startsOn: isoDay.optional(),
  endsOn: isoDay.optional(),
  groups: z.array(groupLabelSchema).max(MAX_GROUPS).optional(),
});
export const classArgs = z.strictObject({ classId: classIdSchema, lang: langSchema, packId: idSchema.optional() });
export const classIdArgs = z.strictObject({ classId: classIdSchema });
/** A few files per call, so the renderer can show the progress file by file. */
export const MAX_CLASS_FILES_PER_CALL = 10;
export const importClassFilesArgs = z.strictObject({
  classId: classIdSchema,
  files: z.array(z.strictObject({ name: z.string().min(1).max(255), text: portableText })).min(1).max(MAX_CLASS_FILES_PER_CALL),
});
export const classTraineeArgs = z.strictObject({ classId: classIdSchema, key: traineeKeySchema });
export const classTraineeViewArgs = classArgs.extend({ key: traineeKeySchema });
export const setClassTraineeGroupArgs = classTraineeArgs.extend({ group: groupLabelSchema.nullable() });
export const exportClassCsvArgs = classArgs.extend({ kind: z.enum(['roster', 'modules', 'items']) });
export const recordClassSessionArgs = z.strictObject({ classId: classIdSchema, session: classSessionSchema });
/** Trainer area: the pre-test/post-test draw, and the class sessions a trainer ran. */
export const diagnosticArgs = z.strictObject({ packId: idSchema, lang: langSchema, seed: seedSchema });
export const saveClassSessionArgs = trainerSessionSchema;
export const listClassSessionsArgs = z.strictObject({ packId: idSchema.optional() });
export const lessonNotesArgs = lessonArgs;

/** Channels that take no argument accept only null/undefined. */
export const noArgs = z.union([z.null(), z.undefined()]).transform(() => undefined);

export type StartupArgs = z.infer<typeof startupArgs>;
export type SearchArgs = z.infer<typeof searchArgs>;
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
export type ExportGiftArgs = z.infer<typeof exportGiftArgs>;
export type ImportGiftArgs = z.infer<typeof importGiftArgs>;
export type ReviewArgs = z.infer<typeof reviewArgs>;
export type AnswerReviewArgs = z.infer<typeof answerReviewArgs>;
export type CertificateArgs = z.infer<typeof certificateArgs>;
export type VerifyCertificateArgs = z.infer<typeof verifyCertificateArgs>;
export type HandoutArgs = z.infer<typeof handoutArgs>;
export type ScormExportArgs = z.infer<typeof scormExportArgs>;
export type RecordStudyTimeArgs = z.infer<typeof recordStudyTimeArgs>;
export type ProgressReportArgs = z.infer<typeof progressReportArgs>;
export type InspectProgressFileArgs = z.infer<typeof inspectProgressFileArgs>;
export type RestoreProgressArgs = z.infer<typeof restoreProgressArgs>;
export type CreateProfileArgs = z.infer<typeof createProfileArgs>;
export type SwitchProfileArgs = z.infer<typeof switchProfileArgs>;
export type RenameProfileArgs = z.infer<typeof renameProfileArgs>;
export type DeleteProfileArgs = z.infer<typeof deleteProfileArgs>;
export type SetProfilePinArgs = z.infer<typeof setProfilePinArgs>;
export type CreateClassArgs = z.infer<typeof createClassArgs>;
export type ClassArgs = z.infer<typeof classArgs>;
export type ClassIdArgs = z.infer<typeof classIdArgs>;
export type ImportClassFilesArgs = z.infer<typeof importClassFilesArgs>;
export type ClassTraineeArgs = z.infer<typeof classTraineeArgs>;
export type ClassTraineeViewArgs = z.infer<typeof classTraineeViewArgs>;
export type SetClassTraineeGroupArgs = z.infer<typeof setClassTraineeGroupArgs>;
export type ExportClassCsvArgs = z.infer<typeof exportClassCsvArgs>;
export type RecordClassSessionArgs = z.infer<typeof recordClassSessionArgs>;
export type DiagnosticArgs = z.infer<typeof diagnosticArgs>;
export type SaveClassSessionArgs = z.infer<typeof saveClassSessionArgs>;
export type ListClassSessionsArgs = z.infer<typeof listClassSessionsArgs>;
export type LessonNotesArgs = z.infer<typeof lessonNotesArgs>;
