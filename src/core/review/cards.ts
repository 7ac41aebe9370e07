// What the review queue stores per learner: one card per missed question or studied glossary
// term, keyed by stable ids (never titles or positions), with the memory state ts-fsrs keeps.
import { z } from 'zod';
import { safeRecord } from '../safeRecord';

const ID = '[a-z][a-z0-9-]{0,63}';
/** `q:<pack>/<quiz>/<question>` for a question, `t:<pack>/<term>` for a glossary term. */
export const CARD_ID_PATTERN = new RegExp(`^(?:q:${ID}/${ID}/${ID}|t:${ID}/${ID})$`);
export const cardIdSchema = z.string().regex(CARD_ID_PATTERN, 'must be q:<pack>/<quiz>/<question> or t:<pack>/<term>');

export type CardRef =
  | { kind: 'question'; packId: string; quizId: string; questionId: string }
  | { kind: 'term'; packId: string; termId: string };

/**
 * A question's card names the quiz that owns it, so the same question missed in its own check
 * and in an end-of-module assessment that drew it is one card, not two.
 */
export const questionCardId = (packId: string, quizId: string, questionId: string) => `q:${packId}/${quizId}/${questionId}`;
export const termCardId = (packId: string, termId: string) => `t:${packId}/${termId}`;

export function parseCardId(id: string): CardRef | undefined {
  if (!CARD_ID_PATTERN.test(id)) return undefined;
  const [kind, rest] = [id.slice(0, 1), id.slice(2)];
  const parts = rest.split('/');
  if (kind === 'q') return { kind: 'question', packId: parts[0]!, quizId: parts[1]!, questionId: parts[2]! };
  return { kind: 'term', packId: parts[0]!, termId: parts[1]! };
}

/** The ratings a learner (or the scorer, for questions) gives a card, as in FSRS. */
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

const isoDate = z.iso.datetime();

/** A local calendar day, "YYYY-MM-DD", as the learner's computer counts days. */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    { message: 'must be a real calendar date' },
  );

/** ts-fsrs's Card, stored as JSON (dates as ISO strings, the state by name). */
export const reviewCardSchema = z.strictObject({
  addedAt: isoDate,
  due: isoDate,
  stability: z.number().nonnegative(),
  difficulty: z.number().min(0).max(10),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.enum(CARD_STATES),
  lastReview: isoDate.optional(),
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

/** The most recent study days kept for the streak; a longer streak shows as this many days. */
export const MAX_ACTIVE_DAYS = 1000;

export const reviewSectionSchema = z.strictObject({
  cards: safeRecord(cardIdSchema, reviewCardSchema),
  /** Local days with a review, a finished lesson or a quiz attempt: sorted, each once. */
  activeDays: z.array(localDateSchema).max(MAX_ACTIVE_DAYS),
});
export type ReviewSection = z.infer<typeof reviewSectionSchema>;

export function emptyReview(): ReviewSection {
  return { cards: {}, activeDays: [] };
}
