// The learner's study time on disk (study-time.json, next to their progress file): a small
// store of its own, with the same safety as progress (atomic writes, backups, a damaged file set
// aside and restored). The renderer sends what its clock counted; each call is capped, and only
// lessons and quizzes that exist in a loaded pack are accepted.
import type { RecordStudyTimeArgs } from '../../../src/core/api/schemas';
import { addStudyTime, emptyStudyTime, studyTimeSchema, type StudyTimeData } from '../../../src/core/studyTime/record';
import type { ContentLibrary } from '../content/contentLibrary';
import { NotFoundError } from '../errors';
import { openSafeStore, type RecoveryEvent } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';

export const STUDY_TIME_STORE = 'study-time';

export interface StudyTimeService {
  snapshot(): StudyTimeData;
  record(args: RecordStudyTimeArgs): StudyTimeData;
  /** Replaces the whole record (a restore from a portable file, after its backup). */
  replace(next: StudyTimeData): StudyTimeData;
  readonly recovery: RecoveryEvent | undefined;
}

export function openStudyTimeService(opts: { dir: string; content: ContentLibrary; createStore: BackingStoreFactory; now?: () => Date }): StudyTimeService {
  const store = openSafeStore<StudyTimeData>({
    dir: opts.dir,
    name: STUDY_TIME_STORE,
    schema: studyTimeSchema,
    defaults: emptyStudyTime,
    createStore: opts.createStore,
    now: opts.now,
  });
  return {
    recovery: store.recovery,
    snapshot: () => store.read(),
    record(args) {
      const pack = opts.content.pack(args.packId);
      const exists = args.kind === 'lesson' ? pack.lessons.has(args.id) : pack.quizzes.has(args.id);
      if (!exists) throw new NotFoundError(args.kind === 'lesson' ? 'errors.notFound.lesson' : 'errors.notFound.quiz', { [args.kind]: args.id, pack: args.packId });
      const next = addStudyTime(store.read(), args.kind, args.packId, args.id, args.ms);
      if (next !== store.read()) store.write(next);
      return store.read();
    },
    replace(next) {
      store.write(next);
      return store.read();
    },
  };
}
