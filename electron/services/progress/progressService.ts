// The learner's record: lessons opened and finished, every quiz attempt, the last position, the
// review cards. Each change is one event appended to the learner's log (learnerStore.ts), on
// disk before it is reported as saved; each write returns the updated summary, so the screens
// never fetch the whole record again.
import { randomUUID } from 'node:crypto';
import type { SubmitAttemptArgs, PositionArgs } from '../../../src/core/api/schemas';
import type { Notice } from '../../../src/core/api/contract';
import { applyEvent, recordOf, reviewPatch, type ProgressEvent } from '../../../src/core/progress/events';
import { lessonKey } from '../../../src/core/progress/keys';
import type { AttemptRecord, ProgressData } from '../../../src/core/progress/model';
import { recordLessonEvent } from '../../../src/core/progress/reducers';
import { quizKey, type ProgressSummary, type SubmittedAttempt } from '../../../src/core/progress/summaryModel';
import { scoreQuiz } from '../../../src/core/quiz/scoring';
import { quizView } from '../../../src/core/content/views';
import type { ReviewSection } from '../../../src/core/review/cards';
import { reviewOnAttempt, reviewOnLessonFinished } from '../../../src/core/review/events';
import { lessonTermIds } from '../../../src/core/review/items';
import { localDate } from '../../../src/core/review/streak';
import type { ContentLibrary } from '../content/contentLibrary';
import { NotFoundError, RequestError } from '../errors';
import type { RecoveryEvent } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';
import { logNotice, openLearnerStore } from './learnerStore';
import { attemptXapi, lessonEventXapi, statementContext, type XapiNaming } from '../../../src/core/xapi/learningEvents';
import type { Outbox } from '../../../src/core/xapi/outbox';

export interface ProgressService {
  /** What the screens need: lessons, position, review cards, quiz figures. */
  summary(): ProgressSummary;
  /** The full record, attempts included: for the progress report, portable files, certificates. */
  snapshot(): ProgressData;
  lessonEvent(packId: string, lessonId: string, event: 'opened' | 'finished'): ProgressSummary;
  submitAttempt(args: SubmitAttemptArgs): SubmittedAttempt;
  setPosition(args: PositionArgs): ProgressSummary;
  /** Saves a change of the review section (the review service's answers). */
  updateReview(fn: (review: ReviewSection) => ReviewSection): ProgressSummary;
  /** Replaces the whole record (a restore from a portable file, after its backup). */
  replace(data: ProgressData): ProgressSummary;
  /** The learner's xAPI outbox (read-only): statements waiting for the LRS. */
  outbox(): Readonly<Outbox>;
  /** The LRS confirmed these statements: they leave the outbox. */
  acknowledge(ids: readonly string[]): void;
  /** The LRS refused these (HTTP status 4xx): kept, marked, no longer sent. */
  markRefused(ids: readonly string[], status: number): void;
  readonly recovery: RecoveryEvent | undefined;
  /** The learner's notices about the log itself (a damaged line set aside, a newer log kept). */
  readonly logNotices: Notice[];
  /** Writes the snapshot and closes the log. */
  close(): void;
}

export function openProgressService(opts: {
  dir: string;
  content: ContentLibrary;
  createStore: BackingStoreFactory;
  now?: () => Date;
  /** The learner's local calendar day (YYYY-MM-DD), for the review streak. */
  today?: () => string;
  /** How statements name the learner and the activities (the policy's lrs values), and who the learner is. */
  xapi?: { naming: XapiNaming; profileId: string };
  /** The language the learner studies in (the interface's), for lesson statements. */
  language?: () => string;
}): ProgressService {
  const now = opts.now ?? (() => new Date());
  const today = opts.today ?? (() => localDate(now()));
  const store = openLearnerStore({ dir: opts.dir, createStore: opts.createStore, now });
  const xapi = statementContext(opts.xapi?.naming ?? {}, opts.xapi?.profileId ?? 'learner', randomUUID);
  const language = opts.language ?? (() => 'en');
  /** The summary after `e`, without writing it: the statements are built from before and after. */
  const after = (e: ProgressEvent) => applyEvent(store.summary(), e);

  return {
    recovery: store.recovery,
    logNotices: store.problems.flatMap((p) => logNotice(p) ?? []),
    summary: () => store.summary(),
    snapshot: () => store.record(),
    lessonEvent(packId, lessonId, event) {
      const pack = opts.content.pack(packId);
      const lesson = pack.lessons.get(lessonId);
      if (!lesson) throw new NotFoundError('errors.notFound.lesson', { lesson: lessonId, pack: packId });
      const at = now();
      const s = store.summary();
      const before = recordOf(s, []);
      const next = recordLessonEvent(before, packId, lessonId, event, at.toISOString());
      // Finishing a lesson queues the glossary terms it links for spaced review.
      const review =
        event === 'finished' ? reviewOnLessonFinished(s.review, packId, lessonTermIds(lesson, new Set(pack.glossary.map((g) => g.id))), at, today()) : s.review;
      const key = lessonKey(packId, lessonId);
      const patch = reviewPatch(s.review, review);
      const lessonChanged = next.lessons[key] !== before.lessons[key];
      const positionChanged = next.position !== before.position;
      if (!lessonChanged && !positionChanged && !patch) return s;
      const e: ProgressEvent = { type: 'lesson', key, lesson: next.lessons[key]! };
      if (positionChanged && next.position) e.position = next.position;
      if (patch) e.review = patch;
      if (lessonChanged) {
        e.xapi = lessonEventXapi(xapi, pack, language(), store.outbox().registrations, { lessonId, event, at: at.toISOString(), before: s, after: after(e) });
      }
      return store.append(e);
    },
    submitAttempt(args) {
      const pack = opts.content.pack(args.packId);
      const quiz = pack.quizzes.get(args.quizId);
      if (!quiz) throw new NotFoundError('errors.notFound.quiz', { quiz: args.quizId, pack: args.packId });
      const s = store.summary();
      if (quiz.maxAttempts !== undefined) {
        const key = quizKey(args.packId, args.quizId);
        const used = Object.hasOwn(s.quizzes, key) ? s.quizzes[key]!.attempts : 0;
        if (used >= quiz.maxAttempts) throw new RequestError('errors.attemptsUsed', { quiz: args.quizId, count: quiz.maxAttempts });
      }
      // Scored here from the pack's own answer keys, on the questions this seed asks, in the
      // attempt's language (typed answers are language-specific), whatever the renderer showed.
      const asked = quizView(pack, quiz, args.lang, args.seed).questions;
      const result = scoreQuiz(asked, args.answers, quiz.passMark);
      const attempt: AttemptRecord = {
        id: randomUUID(),
        packId: args.packId,
        quizId: args.quizId,
        lang: args.lang,
        seed: args.seed,
        startedAt: args.startedAt,
        finishedAt: now().toISOString(),
        durationMs: args.durationMs,
        answers: args.answers,
        points: result.points,
        maxPoints: result.maxPoints,
        score: result.score,
        passMark: quiz.passMark,
        passed: result.passed,
      };
      // Questions scored below full points enter the review queue, in the same line of the log.
      const review = reviewOnAttempt(s.review, { ...args, questions: result.questions }, new Date(attempt.finishedAt), today());
      const e: ProgressEvent = { type: 'attempt', attempt };
      const patch = reviewPatch(s.review, review);
      if (patch) e.review = patch;
      e.xapi = attemptXapi(xapi, pack, store.outbox().registrations, { attempt, asked, scores: result.questions, before: s, after: after(e) });
      const progress = store.append(e);
      return { attempt, questions: result.questions, progress };
    },
    setPosition(args) {
      return store.append({ type: 'position', position: { ...args, at: now().toISOString() } });
    },
    updateReview(fn) {
      const s = store.summary();
      const patch = reviewPatch(s.review, fn(s.review));
      return patch ? store.append({ type: 'review', review: patch }) : s;
    },
    replace(data) {
      return store.replace(data);
    },
    outbox: () => store.outbox(),
    acknowledge(ids) {
      for (let i = 0; i < ids.length; i += 1000) store.append({ type: 'xapi-sent', ids: ids.slice(i, i + 1000), at: now().toISOString() });
    },
    markRefused(ids, status) {
      for (let i = 0; i < ids.length; i += 1000) store.append({ type: 'xapi-refused', ids: ids.slice(i, i + 1000), status, at: now().toISOString() });
    },
    close: () => store.close(),
  };
}
