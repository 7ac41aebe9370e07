// The learner's record on disk: lessons opened and finished, every quiz attempt, the last
// position. Each change is validated, written atomically, and only then reported as saved.
import { randomUUID } from 'node:crypto';
import type { SubmitAttemptArgs, PositionArgs } from '../../../src/core/api/schemas';
import { emptyProgress, progressSchema, type AttemptRecord, type ProgressData } from '../../../src/core/progress/model';
import { migrateProgress } from '../../../src/core/progress/migrations';
import { addAttempt, recordLessonEvent, setPosition } from '../../../src/core/progress/reducers';
import { scoreQuiz } from '../../../src/core/quiz/scoring';
import { quizView } from '../../../src/core/content/views';
import { reviewOnAttempt, reviewOnLessonFinished } from '../../../src/core/review/events';
import { lessonTermIds } from '../../../src/core/review/items';
import { localDate } from '../../../src/core/review/streak';
import type { ContentLibrary } from '../content/contentLibrary';
import { NotFoundError, RequestError } from '../errors';
import { openSafeStore, type RecoveryEvent } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';

export interface ProgressService {
  snapshot(): ProgressData;
  lessonEvent(packId: string, lessonId: string, event: 'opened' | 'finished'): ProgressData;
  submitAttempt(args: SubmitAttemptArgs): AttemptRecord;
  setPosition(args: PositionArgs): void;
  /** Applies a pure change and saves it: for services keeping their part of the record here (review). */
  update(fn: (d: ProgressData) => ProgressData): ProgressData;
  readonly recovery: RecoveryEvent | undefined;
}

export function openProgressService(opts: {
  dir: string;
  content: ContentLibrary;
  createStore: BackingStoreFactory;
  now?: () => Date;
  /** The learner's local calendar day (YYYY-MM-DD), for the review streak. */
  today?: () => string;
}): ProgressService {
  const now = opts.now ?? (() => new Date());
  const today = opts.today ?? (() => localDate(now()));
  const store = openSafeStore<ProgressData>({
    dir: opts.dir,
    name: 'progress',
    schema: progressSchema,
    defaults: emptyProgress,
    migrate: migrateProgress,
    createStore: opts.createStore,
    now,
  });
  const update = (fn: (d: ProgressData) => ProgressData): ProgressData => {
    const before = store.read();
    const after = fn(before);
    if (after !== before) store.write(after);
    return store.read();
  };

  return {
    recovery: store.recovery,
    snapshot: () => store.read(),
    update,
    lessonEvent(packId, lessonId, event) {
      const pack = opts.content.pack(packId);
      const lesson = pack.lessons.get(lessonId);
      if (!lesson) throw new NotFoundError('errors.notFound.lesson', { lesson: lessonId, pack: packId });
      const at = now();
      return update((d) => {
        const next = recordLessonEvent(d, packId, lessonId, event, at.toISOString());
        if (event !== 'finished') return next;
        // Finishing a lesson queues the glossary terms it links for spaced review.
        const terms = lessonTermIds(lesson, new Set(pack.glossary.map((g) => g.id)));
        const review = reviewOnLessonFinished(next.review, packId, terms, at, today());
        return review === next.review ? next : { ...next, review };
      });
    },
    submitAttempt(args) {
      const pack = opts.content.pack(args.packId);
      const quiz = pack.quizzes.get(args.quizId);
      if (!quiz) throw new NotFoundError('errors.notFound.quiz', { quiz: args.quizId, pack: args.packId });
      if (quiz.maxAttempts !== undefined) {
        const used = store.read().attempts.filter((a) => a.packId === args.packId && a.quizId === args.quizId).length;
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
      // Questions scored below full points enter the review queue, in the same write.
      const at = new Date(attempt.finishedAt);
      update((d) => ({ ...addAttempt(d, attempt), review: reviewOnAttempt(d.review, { ...args, questions: result.questions }, at, today()) }));
      return attempt;
    },
    setPosition(args) {
      update((d) => setPosition(d, { ...args, at: now().toISOString() }));
    },
  };
}
