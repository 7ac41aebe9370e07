// The events of a learner's log: one per write, each carrying the resulting values (the new
// lesson entry, the rescheduled cards), not the inputs, so replaying the log rebuilds exactly
// what was saved whatever a later version of the scheduler would compute. Pure: the progress
// store appends them (electron/services/progress/learnerStore.ts) and folds them with applyEvent.
import { z } from 'zod';
import { safeRecord } from '../safeRecord';
import { cardIdSchema, localDateSchema, MAX_ACTIVE_DAYS, reviewCardSchema, reviewSectionSchema, type ReviewSection } from '../review/cards';
import { attemptRecordSchema, lessonProgressSchema, positionSchema, PROGRESS_SCHEMA_VERSION, type AttemptRecord, type ProgressData } from './model';
import { withAttempt, type ProgressSummary } from './summaryModel';
import { outboxAddSchema, outboxEventSchemas } from '../xapi/outbox';

/** The review cards a write changed, and the study days when they changed. */
export const reviewPatchSchema = z.strictObject({
  cards: safeRecord(cardIdSchema, reviewCardSchema),
  activeDays: z.array(localDateSchema).max(MAX_ACTIVE_DAYS).optional(),
});
export type ReviewPatch = z.infer<typeof reviewPatchSchema>;

const LESSON_KEY = z.string().regex(/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/);

export const progressEventSchema = z.discriminatedUnion('type', [
  // `xapi`: the statements describing the event, in the same line (the outbox, ../xapi/outbox.ts).
  z.strictObject({ type: z.literal('attempt'), attempt: attemptRecordSchema, review: reviewPatchSchema.optional(), xapi: outboxAddSchema.optional() }),
  z.strictObject({
    type: z.literal('lesson'),
    key: LESSON_KEY,
    lesson: lessonProgressSchema,
    position: positionSchema.optional(),
    review: reviewPatchSchema.optional(),
    xapi: outboxAddSchema.optional(),
  }),
  z.strictObject({ type: z.literal('position'), position: positionSchema }),
  z.strictObject({ type: z.literal('review'), review: reviewPatchSchema }),
  /**
   * Everything but the attempts, as a whole: the first event of a log made by a migration, a
   * compaction or a restore. The attempts follow it as events of their own.
   */
  z.strictObject({
    type: z.literal('base'),
    lessons: safeRecord(LESSON_KEY, lessonProgressSchema),
    position: positionSchema.nullable(),
    review: reviewSectionSchema,
  }),
  ...outboxEventSchemas,
]);
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** The changes from one review section to the next (undefined when there are none). */
export function reviewPatch(before: ReviewSection, after: ReviewSection): ReviewPatch | undefined {
  if (before === after) return undefined;
  const cards: ReviewPatch['cards'] = {};
  let changed = false;
  for (const [id, card] of Object.entries(after.cards)) {
    if (before.cards[id] !== card) {
      cards[id] = card;
      changed = true;
    }
  }
  const patch: ReviewPatch = { cards };
  if (after.activeDays !== before.activeDays) {
    patch.activeDays = after.activeDays;
    changed = true;
  }
  return changed ? patch : undefined;
}

function applyReview(review: ReviewSection, patch: ReviewPatch | undefined): ReviewSection {
  if (!patch) return review;
  return { cards: { ...review.cards, ...patch.cards }, activeDays: patch.activeDays ?? review.activeDays };
}

/** The summary after one event. */
export function applyEvent(s: ProgressSummary, e: ProgressEvent): ProgressSummary {
  switch (e.type) {
    case 'attempt':
      return { ...s, quizzes: withAttempt(s.quizzes, e.attempt), review: applyReview(s.review, e.review) };
    case 'lesson':
      return {
        ...s,
        lessons: { ...s.lessons, [e.key]: e.lesson },
        position: e.position ?? s.position,
        review: applyReview(s.review, e.review),
      };
    case 'position':
      return { ...s, position: e.position };
    case 'review':
      return { ...s, review: applyReview(s.review, e.review) };
    case 'base':
      return { ...s, lessons: e.lessons, position: e.position, review: e.review };
    case 'xapi':
    case 'xapi-sent':
    case 'xapi-refused':
      return s;
  }
}

/**
 * A folder of many events at once (a full rebuild of 50,000): the same result as applyEvent
 * in a loop, without copying the maps at every step. Collects the attempts too, if asked.
 */
export function foldEvents(start: ProgressSummary, events: Iterable<ProgressEvent>, attempts?: AttemptRecord[]): ProgressSummary {
  const lessons = { ...start.lessons };
  const cards = { ...start.review.cards };
  const quizzes = { ...start.quizzes };
  let { position } = start;
  let { activeDays } = start.review;
  const patch = (p: ReviewPatch | undefined) => {
    if (!p) return;
    Object.assign(cards, p.cards);
    if (p.activeDays) activeDays = p.activeDays;
  };
  for (const e of events) {
    switch (e.type) {
      case 'attempt': {
        const key = `${e.attempt.packId}/${e.attempt.quizId}`;
        const prev = Object.hasOwn(quizzes, key) ? quizzes[key] : undefined;
        quizzes[key] = {
          attempts: (prev?.attempts ?? 0) + 1,
          passes: (prev?.passes ?? 0) + (e.attempt.passed ? 1 : 0),
          bestScore: Math.max(prev?.bestScore ?? 0, e.attempt.score),
        };
        patch(e.review);
        attempts?.push(e.attempt);
        break;
      }
      case 'lesson':
        lessons[e.key] = e.lesson;
        if (e.position) position = e.position;
        patch(e.review);
        break;
      case 'position':
        position = e.position;
        break;
      case 'review':
        patch(e.review);
        break;
      case 'base':
        for (const k of Object.keys(lessons)) delete lessons[k];
        Object.assign(lessons, e.lessons);
        for (const k of Object.keys(cards)) delete cards[k];
        Object.assign(cards, e.review.cards);
        activeDays = e.review.activeDays;
        position = e.position;
        break;
    }
  }
  return { lessons, position, review: { cards, activeDays }, quizzes };
}

/** The events that hold a whole record: its base, then its attempts in order. */
export function eventsOfRecord(data: ProgressData): ProgressEvent[] {
  return [
    { type: 'base', lessons: data.lessons, position: data.position, review: data.review },
    ...data.attempts.map((attempt): ProgressEvent => ({ type: 'attempt', attempt })),
  ];
}

/** The full record from a summary and the attempts of the log. */
export function recordOf(s: ProgressSummary, attempts: AttemptRecord[]): ProgressData {
  return { schemaVersion: PROGRESS_SCHEMA_VERSION, lessons: s.lessons, attempts, position: s.position, review: s.review };
}
