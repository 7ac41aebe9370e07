// The pack format (version 1), as schemas. content/README.md documents it for trainers.
// Manifest, module and quiz files are strict so a misspelt key ("corect: true") is reported
// instead of silently ignored. Lesson front matter is loose: later versions may add fields.
import { z } from 'zod';
import { idSchema, langSchema } from '../ids';

export const PACK_FORMAT_VERSION = 1;

/** Text written once per language. Which languages must be present is checked separately. */
export const localizedSchema = z.record(langSchema, z.string().trim().min(1, 'must not be empty'));
export type Localized = z.infer<typeof localizedSchema>;

export const packManifestSchema = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION, { error: `must be ${PACK_FORMAT_VERSION}` }),
  id: idSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'must be a version such as 1.0.0'),
  languages: z.array(langSchema).min(1, 'must list at least one language'),
  title: localizedSchema,
  description: localizedSchema.optional(),
  modules: z.array(idSchema).min(1, 'must list at least one module'),
});
export type PackManifest = z.infer<typeof packManifestSchema>;

export const moduleSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  summary: localizedSchema.optional(),
  lessons: z
    .array(z.strictObject({ id: idSchema, check: idSchema.optional() }))
    .min(1, 'must list at least one lesson'),
  quiz: idSchema.optional(),
});
export type ModuleFile = z.infer<typeof moduleSchema>;

export const lessonFrontMatterSchema = z.looseObject({
  id: idSchema,
  title: z.string().trim().min(1, 'must not be empty'),
  minutes: z.number().int().positive().max(600).optional(),
  tags: z.array(z.string().min(1)).optional(),
  standard: z.number().int().optional(),
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

const optionSchema = z.strictObject({
  id: idSchema,
  text: localizedSchema,
  explanation: localizedSchema,
});

const questionBase = { id: idSchema, prompt: localizedSchema, tags: z.array(z.string()).optional() };

export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(optionSchema).min(2, 'needs at least two options'),
  /** Id of the correct option. Optional here so the key check can say "no correct answer". */
  answer: idSchema.optional(),
});
export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  scoring: z.enum(['all-or-nothing', 'partial']).default('all-or-nothing'),
  options: z.array(optionSchema).min(2, 'needs at least two options'),
  /** Ids of every correct option. */
  answers: z.array(idSchema).default([]),
});
export const trueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('true-false'),
  answer: z.boolean({ error: 'must be true or false' }),
  explanation: z.strictObject({ true: localizedSchema, false: localizedSchema }),
});

export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;

export const questionSchema = z.discriminatedUnion(
  'type',
  [singleQuestionSchema, multipleQuestionSchema, trueFalseQuestionSchema],
  { error: `unknown question type (known: ${QUESTION_TYPES.join(', ')})` },
);
export type Question = z.infer<typeof questionSchema>;

export const quizSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  passMark: z.number().min(0).max(1).default(0.8),
  questions: z.array(questionSchema).min(1, 'needs at least one question'),
});
export type QuizFile = z.infer<typeof quizSchema>;

export const glossarySchema = z.strictObject({
  terms: z.array(z.strictObject({ id: idSchema, term: localizedSchema, definition: localizedSchema })),
});
export type GlossaryFile = z.infer<typeof glossarySchema>;
