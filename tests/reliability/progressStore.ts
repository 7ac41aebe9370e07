// The learner's progress store exactly as the app opens it (learnerStore: the event log and its
// snapshot, conf as electron-store's base class, the data-folder lock), without a content pack:
// the reliability tests exercise storage, not scoring, and must not depend on the course.
// openLegacyStore writes a record the way the schema-2 app did (one progress.json rewritten on
// every save), to test its migration.
import Conf from 'conf';
import { openDataDir } from '../../electron/services/store/dataDir';
import { openSafeStore, type SafeStore } from '../../electron/services/store/safeStore';
import { openLearnerStore, type LearnerStore } from '../../electron/services/progress/learnerStore';
import type { BackingStoreFactory } from '../../electron/services/store/storeOptions';
import { emptyProgress, progressSchema, type AttemptRecord, type ProgressData } from '../../src/core/progress/model';
import { migrateProgress } from '../../src/core/progress/migrations';

// services.ts's confStoreFactory, without importing the whole services graph (content loader,
// Markdown): the kill test starts a fresh process 50 times and start-up time adds up.
const confStoreFactory: BackingStoreFactory = (options) => new Conf(options);

export interface OpenProgress {
  store: LearnerStore;
  close(): void;
}

export function openProgressStore(dir: string, opts: { now?: () => Date; compactAfter?: number } = {}): OpenProgress {
  const lock = openDataDir(dir);
  try {
    const store = openLearnerStore({ dir, createStore: confStoreFactory, ...opts });
    return {
      store,
      close: () => {
        try {
          store.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** The schema-2 store (progress.json), as the app before the event log kept it. */
export function openLegacyStore(dir: string, now?: () => Date): { store: SafeStore<ProgressData>; close(): void } {
  const lock = openDataDir(dir);
  try {
    const store = openSafeStore<ProgressData>({
      dir,
      name: 'progress',
      schema: progressSchema,
      defaults: emptyProgress,
      migrate: migrateProgress,
      createStore: confStoreFactory,
      now,
    });
    return { store, close: () => lock.release() };
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** A realistic attempt: ten answers of the common kinds, about 1 KB on disk. */
export function sampleAttempt(id: string, at = new Date('2024-05-01T08:00:00.000Z')): AttemptRecord {
  const answers: AttemptRecord['answers'] = {};
  for (let q = 1; q <= 10; q++) {
    answers[`question-${q}`] =
      q % 3 === 0
        ? { type: 'multiple', options: ['option-a', 'option-c'] }
        : q % 3 === 1
          ? { type: 'single', option: 'option-b' }
          : { type: 'true-false', value: q % 2 === 0 };
  }
  return {
    id,
    packId: 'wco-ecommerce',
    quizId: 'basics-quiz',
    lang: 'en',
    seed: 12345,
    startedAt: new Date(at.getTime() - 90_000).toISOString(),
    finishedAt: at.toISOString(),
    durationMs: 90_000,
    answers,
    points: 7,
    maxPoints: 10,
    score: 0.7,
    passMark: 0.8,
    passed: false,
  };
}
