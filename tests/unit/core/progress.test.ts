// The learner's record: pure reducers, derived figures, and schema migrations.
import { describe, it, expect } from 'vitest';
import { emptyProgress, progressSchema, PROGRESS_SCHEMA_VERSION, type AttemptRecord } from '../../../src/core/progress/model';
import { addAttempt, recordLessonEvent, setPosition } from '../../../src/core/progress/reducers';
import { bestScore, moduleProgress, overallProgress, quizPassed } from '../../../src/core/progress/summary';
import { summarize } from '../../../src/core/progress/summaryModel';
import { FutureVersionError, MIGRATIONS, migrateProgress } from '../../../src/core/progress/migrations';
import { lessonKey } from '../../../src/core/progress/keys';
import type { ModuleSummary } from '../../../src/core/content/views';

const T1 = '2024-03-01T10:00:00.000Z';
const T2 = '2024-03-01T11:00:00.000Z';
const T3 = '2024-03-02T09:00:00.000Z';
const PACK = 'wco-ecommerce';

let attemptNo = 0;
function attempt(over: Partial<AttemptRecord>): AttemptRecord {
  attemptNo++;
  return {
    id: `attempt-${attemptNo}`,
    packId: PACK,
    quizId: 'basics-quiz',
    lang: 'en',
    seed: 1,
    startedAt: T1,
    finishedAt: T2,
    durationMs: 1000,
    answers: {},
    points: 0,
    maxPoints: 5,
    score: 0,
    passMark: 0.8,
    passed: false,
    ...over,
  };
}

describe('lessonKey', () => {
  it('keys a lesson by pack id and lesson id', () => {
    expect(lessonKey('wco-ecommerce', 'channels')).toBe('wco-ecommerce/channels');
  });
});

describe('recordLessonEvent', () => {
  const key = lessonKey(PACK, 'channels');

  it('records the first opening', () => {
    const d = recordLessonEvent(emptyProgress(), PACK, 'channels', 'opened', T1);
    expect(d.lessons[key]).toEqual({ openedAt: T1 });
    expect(progressSchema.safeParse(d).success).toBe(true);
  });

  it('opened then finished keeps the openedAt of the first opening', () => {
    let d = recordLessonEvent(emptyProgress(), PACK, 'channels', 'opened', T1);
    d = recordLessonEvent(d, PACK, 'channels', 'finished', T2);
    expect(d.lessons[key]).toEqual({ openedAt: T1, finishedAt: T2 });
  });

  it('finishing without opening first sets both dates to the finish time', () => {
    const d = recordLessonEvent(emptyProgress(), PACK, 'channels', 'finished', T2);
    expect(d.lessons[key]).toEqual({ openedAt: T2, finishedAt: T2 });
  });

  it('finishing twice keeps the first finish', () => {
    let d = recordLessonEvent(emptyProgress(), PACK, 'channels', 'finished', T1);
    d = recordLessonEvent(d, PACK, 'channels', 'finished', T3);
    expect(d.lessons[key]?.finishedAt).toBe(T1);
  });

  it('reopening a finished lesson does not clear finishedAt', () => {
    let d = recordLessonEvent(emptyProgress(), PACK, 'channels', 'opened', T1);
    d = recordLessonEvent(d, PACK, 'channels', 'finished', T2);
    d = recordLessonEvent(d, PACK, 'channels', 'opened', T3);
    expect(d.lessons[key]).toEqual({ openedAt: T1, finishedAt: T2 });
  });

  it('returns the same object when nothing changes (so the store can skip the write)', () => {
    const opened = recordLessonEvent(emptyProgress(), PACK, 'channels', 'opened', T1);
    const finished = recordLessonEvent(opened, PACK, 'channels', 'finished', T2);
    expect(finished).not.toBe(opened);
    expect(recordLessonEvent(finished, PACK, 'channels', 'finished', T3)).toBe(finished);
  });

  it('opening a lesson also records it as the last position, in the same update', () => {
    const opened = recordLessonEvent(emptyProgress(), PACK, 'channels', 'opened', T1);
    expect(opened.position).toEqual({ screen: 'lesson', packId: PACK, lessonId: 'channels', at: T1 });
    const reopened = recordLessonEvent(opened, PACK, 'channels', 'opened', T2);
    expect(reopened.lessons).toEqual(opened.lessons);
    expect(reopened.position?.at).toBe(T2);
  });

  it('never mutates its input', () => {
    const before = emptyProgress();
    const frozen = JSON.stringify(before);
    recordLessonEvent(before, PACK, 'channels', 'finished', T1);
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('does not write finishedAt: undefined into an opened-only entry', () => {
    const d = recordLessonEvent(emptyProgress(), PACK, 'channels', 'opened', T1);
    expect(Object.keys(d.lessons[key]!)).toEqual(['openedAt']);
  });

  it('keeps other lessons untouched', () => {
    let d = recordLessonEvent(emptyProgress(), PACK, 'channels', 'finished', T1);
    d = recordLessonEvent(d, PACK, 'stakeholders', 'opened', T2);
    expect(d.lessons).toEqual({
      [key]: { openedAt: T1, finishedAt: T1 },
      [lessonKey(PACK, 'stakeholders')]: { openedAt: T2 },
    });
  });
});

describe('addAttempt and setPosition', () => {
  it('appends attempts in order without mutating the input', () => {
    const base = emptyProgress();
    const a = attempt({});
    const b = attempt({});
    const d = addAttempt(addAttempt(base, a), b);
    expect(d.attempts.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(base.attempts).toEqual([]);
  });

  it('replaces the position', () => {
    const d1 = setPosition(emptyProgress(), { screen: 'lesson', packId: PACK, lessonId: 'channels', at: T1 });
    const d2 = setPosition(d1, { screen: 'quiz', packId: PACK, quizId: 'basics-quiz', at: T2 });
    expect(d1.position).toEqual({ screen: 'lesson', packId: PACK, lessonId: 'channels', at: T1 });
    expect(d2.position).toEqual({ screen: 'quiz', packId: PACK, quizId: 'basics-quiz', at: T2 });
    expect(progressSchema.safeParse(d2).success).toBe(true);
  });
});

describe('summary', () => {
  const mod: ModuleSummary = {
    id: 'basics',
    title: 'Basics',
    lessons: [
      { id: 'what-is-ecommerce', title: 'a', checkId: 'what-is-ecommerce-check' },
      { id: 'channels', title: 'b', checkId: 'channels-check' },
      { id: 'glossary-tour', title: 'c' }, // a lesson without a check
    ],
    quizId: 'basics-quiz',
  };
  const other: ModuleSummary = { id: 'other', title: 'Other', lessons: [{ id: 'x', title: 'x' }] };

  it('counts each lesson, each check and the module quiz as one item', () => {
    expect(moduleProgress(summarize(emptyProgress()), PACK, mod)).toEqual({ done: 0, total: 6, quizPassed: false });
    expect(moduleProgress(summarize(emptyProgress()), PACK, other)).toEqual({ done: 0, total: 1, quizPassed: false });
  });

  it('counts a lesson only when finished, not when merely opened', () => {
    let d = recordLessonEvent(emptyProgress(), PACK, 'what-is-ecommerce', 'opened', T1);
    expect(moduleProgress(summarize(d), PACK, mod).done).toBe(0);
    d = recordLessonEvent(d, PACK, 'what-is-ecommerce', 'finished', T2);
    expect(moduleProgress(summarize(d), PACK, mod).done).toBe(1);
  });

  it('counts a check or quiz only when some attempt passed it', () => {
    let d = addAttempt(emptyProgress(), attempt({ quizId: 'channels-check', score: 0.5, passed: false }));
    expect(moduleProgress(summarize(d), PACK, mod).done).toBe(0);
    d = addAttempt(d, attempt({ quizId: 'channels-check', score: 1, passed: true }));
    d = addAttempt(d, attempt({ quizId: 'basics-quiz', score: 0.8, passed: true }));
    // A later failed attempt does not undo a pass.
    d = addAttempt(d, attempt({ quizId: 'basics-quiz', score: 0.2, passed: false }));
    expect(moduleProgress(summarize(d), PACK, mod)).toEqual({ done: 2, total: 6, quizPassed: true });
  });

  it('ignores progress of the same ids in another pack', () => {
    let d = recordLessonEvent(emptyProgress(), 'other-pack', 'channels', 'finished', T1);
    d = addAttempt(d, attempt({ packId: 'other-pack', quizId: 'basics-quiz', score: 1, passed: true }));
    expect(moduleProgress(summarize(d), PACK, mod)).toEqual({ done: 0, total: 6, quizPassed: false });
    expect(quizPassed(summarize(d), PACK, 'basics-quiz')).toBe(false);
    expect(quizPassed(summarize(d), 'other-pack', 'basics-quiz')).toBe(true);
  });

  it('overallProgress adds up the modules', () => {
    let d = recordLessonEvent(emptyProgress(), PACK, 'channels', 'finished', T1);
    d = recordLessonEvent(d, PACK, 'x', 'finished', T1);
    d = addAttempt(d, attempt({ quizId: 'basics-quiz', score: 1, passed: true }));
    expect(overallProgress(summarize(d), PACK, [mod, other])).toEqual({ done: 3, total: 7 });
    expect(overallProgress(summarize(d), PACK, [])).toEqual({ done: 0, total: 0 });
  });

  it('bestScore is the highest score at that quiz, from the summary of the attempts', () => {
    const low = attempt({ score: 0.4 });
    const high = attempt({ score: 0.9, passed: true });
    const otherQuiz = attempt({ quizId: 'channels-check', score: 1 });
    const otherPack = attempt({ packId: 'another', score: 1 });
    const d = summarize({ ...emptyProgress(), attempts: [low, otherQuiz, high, otherPack] });
    expect(bestScore(d, PACK, 'basics-quiz')).toBe(0.9);
    expect(bestScore(d, PACK, 'channels-check')).toBe(1);
    expect(bestScore(d, PACK, 'nope')).toBeUndefined();
    expect(bestScore(summarize(emptyProgress()), PACK, 'basics-quiz')).toBeUndefined();
    expect(d.quizzes[`${PACK}/basics-quiz`]).toEqual({ attempts: 2, passes: 1, bestScore: 0.9 });
  });
});

describe('migrateProgress', () => {
  it('the current schema version is 2 and there is a step from every older version', () => {
    expect(PROGRESS_SCHEMA_VERSION).toBe(2);
    for (let v = 0; v < PROGRESS_SCHEMA_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });

  it('brings a v0 record (no schemaVersion) to the current schema with position null, keeping the data', () => {
    const v0 = { lessons: { [lessonKey(PACK, 'channels')]: { openedAt: T1 } }, attempts: [] };
    const migrated = migrateProgress(v0);
    expect(migrated).toEqual({ ...emptyProgress(), lessons: v0.lessons });
    expect(progressSchema.safeParse(migrated).success).toBe(true);
    // The input is not mutated.
    expect(v0).not.toHaveProperty('schemaVersion');
  });

  it('treats an explicit schemaVersion 0 like a missing one', () => {
    expect(migrateProgress({ schemaVersion: 0, lessons: {}, attempts: [] })).toEqual(emptyProgress());
  });

  it('keeps a v0 position if one was already there', () => {
    const position = { screen: 'module', packId: PACK, moduleId: 'basics', at: T1 };
    expect(migrateProgress({ lessons: {}, attempts: [], position })).toMatchObject({ schemaVersion: PROGRESS_SCHEMA_VERSION, position });
  });

  it('leaves a record of the current version unchanged', () => {
    const current = { ...emptyProgress(), lessons: { [lessonKey(PACK, 'channels')]: { openedAt: T1 } } };
    expect(migrateProgress(current)).toEqual(current);
  });

  it('refuses a record from a newer app with FutureVersionError', () => {
    expect(() => migrateProgress({ ...emptyProgress(), schemaVersion: PROGRESS_SCHEMA_VERSION + 1 })).toThrow(FutureVersionError);
    expect(() => migrateProgress({ schemaVersion: 99 })).toThrow(/newer version/);
  });

  it.each([null, 42, 'text', true, [1, 2], undefined])('passes the non-object %j through, for the schema to reject', (raw) => {
    expect(migrateProgress(raw)).toBe(raw);
    expect(progressSchema.safeParse(migrateProgress(raw)).success).toBe(false);
  });

  it.each([-1, 1.5, '1', null])('passes a record with the nonsense version %j through unchanged, for the schema to reject', (schemaVersion) => {
    const raw = { schemaVersion, lessons: {}, attempts: [], position: null };
    expect(migrateProgress(raw)).toBe(raw);
    expect(progressSchema.safeParse(raw).success).toBe(false);
  });
});
