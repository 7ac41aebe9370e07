// The facilitator guide of a module: modules/<id>/guide.<lang>.yaml, one file per language.
// What a trainer needs to run the module as a half-day classroom session. The trainer area,
// the printed facilitator guide and content:check all read this one shape.
import { z } from 'zod';
import { idSchema } from '../ids';

export const guidePath = (moduleId: string, lang: string) => `modules/${moduleId}/guide.${lang}.yaml`;

/** A half-day session, in minutes, breaks included. */
export const SESSION_MINUTES = { min: 180, max: 240 } as const;

export const GUIDE_MODES = ['present', 'self-study', 'exercise', 'discussion'] as const;
export type GuideMode = (typeof GUIDE_MODES)[number];

const text = z.string().trim().min(1, 'must not be empty');
const texts = (min: number, message: string) => z.array(text).min(min, message);

export const guidePlanStepSchema = z.strictObject({
  minutes: z.number().int('must be whole minutes').positive('must be more than 0'),
  activity: text,
  /** present: the trainer shows lessons on the projector; self-study: trainees read alone. */
  mode: z.enum(GUIDE_MODES, { error: `must be one of ${GUIDE_MODES.join(', ')}` }),
  /** Lessons of this module the step uses. */
  lessons: z.array(idSchema).min(1, 'list at least one lesson, or leave "lessons" out').optional(),
  /** A quiz of this module run during the step (a knowledge check or the module quiz). */
  quiz: idSchema.optional(),
});
export type GuidePlanStep = z.infer<typeof guidePlanStepSchema>;

export const guideSchema = z.strictObject({
  objectives: texts(3, 'list at least 3 learning objectives'),
  plan: z
    .array(guidePlanStepSchema)
    .min(1, 'list the steps of the session')
    .refine(
      (steps) => {
        const total = steps.reduce((sum, s) => sum + s.minutes, 0);
        return total >= SESSION_MINUTES.min && total <= SESSION_MINUTES.max;
      },
      { error: `the steps must add up to a half day: ${SESSION_MINUTES.min} to ${SESSION_MINUTES.max} minutes` },
    ),
  discussion: z.array(z.strictObject({ question: text, modelAnswer: text })).min(3, 'list at least 3 discussion questions'),
  groupExercise: z.strictObject({
    title: text,
    /** The case study or document of the module the exercise works on. */
    caseOrDocument: text,
    roles: texts(1, 'list at least one role'),
    materials: texts(1, 'list at least one material'),
    steps: texts(1, 'list at least one step'),
    debrief: texts(1, 'list at least one debriefing point'),
  }),
  misconceptions: z.array(z.strictObject({ misconception: text, correction: text })).min(3, 'list at least 3 misconceptions'),
  /** Where a national trainer inserts the national threshold, legal basis and forms. */
  nationalAdaptation: z.array(z.strictObject({ where: text, what: text })).min(2, 'list at least 2 national adaptation points'),
});
export type Guide = z.infer<typeof guideSchema>;

/** Minutes the plan takes. */
export const planMinutes = (guide: Pick<Guide, 'plan'>): number => guide.plan.reduce((sum, s) => sum + s.minutes, 0);
