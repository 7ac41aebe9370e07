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
  /** May be empty for a module that is only a quiz (a trainer's imported questions). */
  lessons: z.array(z.strictObject({ id: idSchema, check: idSchema.optional() })).default([]),
  quiz: idSchema.optional(),
}).refine((m) => m.lessons.length > 0 || m.quiz !== undefined, { message: 'must list at least one lesson, or have a quiz', path: ['lessons'] });
export type ModuleFile = z.infer<typeof moduleSchema>;

export const lessonFrontMatterSchema = z.looseObject({
  id: idSchema,
  title: z.string().trim().min(1, 'must not be empty'),
  minutes: z.number().int().positive().max(600).optional(),
  tags: z.array(z.string().min(1)).optional(),
  standard: z.number().int().optional(),
  /** What the learner will be able to do after the lesson, in this file's language: 2 to 4. */
  objectives: z
    .array(z.string().trim().min(1, 'must not be empty'))
    .min(2, 'list at least 2 learning objectives')
    .max(4, 'list at most 4 learning objectives')
    .optional(),
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

/** A list of strings written once per language (accepted answers, dropdown choices). */
export const localizedListSchema = z.record(langSchema, z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'needs at least one entry'));
export type LocalizedList = z.infer<typeof localizedListSchema>;

const partialScoring = z.enum(['all-or-nothing', 'partial']).default('partial');

/** Pairs to match (standard ↔ principle). The learner matches each left item to a right one. */
export const matchingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('matching'),
  scoring: partialScoring,
  pairs: z
    .array(z.strictObject({ id: idSchema, left: localizedSchema, right: localizedSchema, explanation: localizedSchema }))
    .min(2, 'needs at least two pairs'),
  /** Extra right-hand choices that match nothing. */
  distractors: z.array(z.strictObject({ id: idSchema, text: localizedSchema })).default([]),
});

/** Steps to put in order. `items` lists them in the correct order; the learner sees them shuffled. */
export const orderingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('ordering'),
  scoring: partialScoring,
  items: z.array(z.strictObject({ id: idSchema, text: localizedSchema })).min(3, 'needs at least three items'),
  explanation: localizedSchema,
});

/** Fill in the blanks. The text marks each blank as {{blank-id}}. */
export const clozeQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('cloze'),
  scoring: partialScoring,
  text: localizedSchema,
  blanks: z
    .array(
      z.strictObject({
        id: idSchema,
        /** Accepted answers. The first is the one shown as the model answer. */
        accept: localizedListSchema,
        /** "loose" (default) ignores case, accents and extra spaces; "exact" compares as typed. */
        match: z.enum(['loose', 'exact']).default('loose'),
        /** Dropdown variant: the choices offered. Every accepted answer must be one of them. */
        choices: localizedListSchema.optional(),
        explanation: localizedSchema,
      }),
    )
    .min(1, 'needs at least one blank'),
});

/** A number, within a tolerance, in a unit (VAT and duty on a consignment). */
export const numericQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('numeric'),
  answer: z.number({ error: 'must be a number' }).finite(),
  /** Accepted distance from the answer, in the same unit. */
  tolerance: z.number().min(0, 'must not be negative').default(0),
  unit: localizedSchema.optional(),
  /** The worked solution. */
  explanation: localizedSchema,
});

/** A case in steps: each choice leads to another step or ends the case; a debrief closes it. */
export const scenarioQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('scenario'),
  start: idSchema,
  steps: z
    .array(
      z.strictObject({
        id: idSchema,
        text: localizedSchema,
        choices: z
          .array(
            z.strictObject({
              id: idSchema,
              text: localizedSchema,
              /** True for the choice an experienced officer would make at this step. */
              correct: z.boolean().default(false),
              feedback: localizedSchema,
              /** The step this choice leads to; none ends the case. */
              next: idSchema.optional(),
            }),
          )
          .min(2, 'needs at least two choices'),
      }),
    )
    .min(1, 'needs at least one step'),
  debrief: localizedSchema,
});

/** A document (declaration, invoice, CN23) shown as a form; the learner marks the red flags. */
export const inspectionQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('inspection'),
  document: z.strictObject({
    kind: z.enum(['cn22', 'cn23', 'invoice', 'declaration', 'manifest', 'listing']),
    title: localizedSchema,
    fields: z
      .array(
        z.strictObject({
          id: idSchema,
          label: localizedSchema,
          value: localizedSchema,
          /** True when the field is a red flag the learner should mark. */
          flag: z.boolean().default(false),
          explanation: localizedSchema,
        }),
      )
      .min(2, 'needs at least two fields'),
  }),
});

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'matching', 'ordering', 'cloze', 'numeric', 'scenario', 'inspection'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const questionSchema = z.discriminatedUnion(
  'type',
  [
    singleQuestionSchema,
    multipleQuestionSchema,
    trueFalseQuestionSchema,
    matchingQuestionSchema,
    orderingQuestionSchema,
    clozeQuestionSchema,
    numericQuestionSchema,
    scenarioQuestionSchema,
    inspectionQuestionSchema,
  ],
  { error: `unknown question type (known: ${QUESTION_TYPES.join(', ')})` },
);
export type Question = z.infer<typeof questionSchema>;

/** How an assessment draws its questions from the pack instead of listing them. */
export const drawSchema = z.strictObject({
  count: z.number().int().positive(),
  /** Draw from the questions of these quizzes; or of every quiz in these modules; or of the whole pack. */
  quizzes: z.array(idSchema).optional(),
  modules: z.array(idSchema).optional(),
  /** Keep only questions with at least one of these tags. */
  tags: z.array(z.string().min(1)).optional(),
  /** Spread the draw evenly across the modules the questions come from. */
  spread: z.enum(['none', 'modules']).default('none'),
});
export type DrawRule = z.infer<typeof drawSchema>;

export const quizSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  passMark: z.number().min(0).max(1).default(0.8),
  /** "practice" gives feedback after each answer; "exam" gives none until the end. */
  mode: z.enum(['practice', 'exam']).default('practice'),
  timeLimitMinutes: z.number().int().positive().max(600).optional(),
  maxAttempts: z.number().int().positive().max(100).optional(),
  /** Shuffle the question order of each attempt (options are always shuffled). */
  shuffle: z.boolean().default(false),
  /** Set on the pack's final assessment: passing it completes the course. */
  final: z.boolean().default(false),
  draw: drawSchema.optional(),
  questions: z.array(questionSchema).default([]),
});
export type QuizFile = z.infer<typeof quizSchema>;

export const glossarySchema = z.strictObject({
  terms: z.array(z.strictObject({ id: idSchema, term: localizedSchema, definition: localizedSchema })),
});
export type GlossaryFile = z.infer<typeof glossarySchema>;
