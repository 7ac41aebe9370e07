// The learner store: events appended to the log, a snapshot that may lag and is caught up from
// the log, compaction, and the migration of a schema-2 record (a real one, 5,000 attempts,
// written by the schema-2 store: tests/fixtures/v2).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE, SNAPSHOT_STORE } from '../../../electron/services/progress/learnerStore';
import { listBackups } from '../../../electron/services/store/backups';
import { progressSchema } from '../../../src/core/progress/model';
import { summarize } from '../../../src/core/progress/summaryModel';
import { writeV2Record } from '../../reliability/v2Record';
import { recordInLog } from '../../progressOnDisk';
import { openProgressStore, sampleAttempt } from '../../reliability/progressStore';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-learner-store-');
const position = (moduleId: string) => ({ screen: 'module' as const, packId: 'wco-ecommerce', moduleId, at: '2024-05-01T08:00:00.000Z' });
const snapshotOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, `${SNAPSHOT_STORE}.json`), 'utf8')) as { log: { end: number } | null };

describe('learnerStore', () => {
  it('appends each write as one line, on disk when it returns, without rewriting the snapshot each time', () => {
    const dir = tempDir();
    const { store, close } = openProgressStore(dir);
    try {
      const before = fs.readFileSync(path.join(dir, `${SNAPSHOT_STORE}.json`));
      const size = fs.statSync(path.join(dir, LOG_FILE)).size;
      const summary = store.append({ type: 'attempt', attempt: sampleAttempt('a1') });
      expect(summary.quizzes['wco-ecommerce/basics-quiz']).toEqual({ attempts: 1, passes: 0, bestScore: 0.7 });
      expect(fs.statSync(path.join(dir, LOG_FILE)).size).toBeGreaterThan(size);
      expect(recordInLog(dir).attempts.map((a) => a.id)).toEqual(['a1']);
      expect(fs.readFileSync(path.join(dir, `${SNAPSHOT_STORE}.json`)).equals(before)).toBe(true);
    } finally {
      close();
    }
  });

  it('catches a lagging snapshot up from the log (a crash before the snapshot was written)', () => {
    const dir = tempDir();
    const first = openProgressStore(dir);
    first.store.append({ type: 'attempt', attempt: sampleAttempt('a1') });
    first.close();
    const lagging = fs.readFileSync(path.join(dir, `${SNAPSHOT_STORE}.json`));
    const second = openProgressStore(dir);
    second.store.append({ type: 'attempt', attempt: sampleAttempt('a2') });
    second.store.append({ type: 'position', position: position('channels') });
    second.close();
    // As if the process had died before closing: the snapshot of the first session.
    fs.writeFileSync(path.join(dir, `${SNAPSHOT_STORE}.json`), lagging);
    const third = openProgressStore(dir);
    try {
      expect(third.store.recovery ?? third.store.snapshotRecovery ?? third.store.problems[0]).toBeUndefined();
      expect(third.store.summary()).toEqual(summarize(recordInLog(dir)));
      expect(third.store.summary().position).toEqual(position('channels'));
      expect(third.store.record().attempts.map((a) => a.id)).toEqual(['a1', 'a2']);
    } finally {
      third.close();
    }
  });

  it('compacts at opening once superseded events outnumber the attempts: attempts kept, positions folded', () => {
    const dir = tempDir();
    const first = openProgressStore(dir, { compactAfter: 10 });
    for (let i = 0; i < 3; i++) first.store.append({ type: 'attempt', attempt: sampleAttempt(`a${i}`) });
    for (let i = 0; i < 20; i++) first.store.append({ type: 'position', position: position(i % 2 ? 'basics' : 'channels') });
    const expected = first.store.record();
    first.close();
    const linesBefore = fs.readFileSync(path.join(dir, LOG_FILE), 'utf8').split('\n').length;
    const second = openProgressStore(dir, { compactAfter: 10 });
    try {
      expect(second.store.record()).toEqual(expected);
      const linesAfter = fs.readFileSync(path.join(dir, LOG_FILE), 'utf8').split('\n').length;
      expect(linesAfter).toBeLessThan(linesBefore);
      expect(recordInLog(dir)).toEqual(expected);
      expect(snapshotOf(dir).log?.end).toBe(fs.statSync(path.join(dir, LOG_FILE)).size);
    } finally {
      second.close();
    }
  });

  it('replaces the whole record with a new log generation (a restore)', () => {
    const dir = tempDir();
    const { store, close } = openProgressStore(dir);
    try {
      store.append({ type: 'attempt', attempt: sampleAttempt('old') });
      const next = { ...store.record(), attempts: [sampleAttempt('x'), sampleAttempt('y')] };
      store.replace(next);
      expect(recordInLog(dir)).toEqual(next);
      expect(store.record()).toEqual(next);
    } finally {
      close();
    }
  });
});

describe('migration of a schema-2 record', () => {
  it('migrates a real schema-2 file of 5,000 attempts at first open: backup first, nothing lost, the old file kept', () => {
    const dir = tempDir();
    const v2 = writeV2Record(dir, 5000);
    const v2Bytes = fs.readFileSync(path.join(dir, 'progress.json'));
    expect(progressSchema.parse(JSON.parse(v2Bytes.toString())).attempts).toHaveLength(5000);

    const { store, close } = openProgressStore(dir);
    try {
      expect(store.recovery).toBeUndefined();
      expect(store.record()).toEqual(v2);
      expect(recordInLog(dir)).toEqual(v2);
      expect(store.summary().quizzes['wco-ecommerce/channels-check']).toEqual({ attempts: 715, passes: 715, bestScore: 1 });
      expect(store.summary().quizzes['wco-ecommerce/basics-quiz']).toEqual({ attempts: 4285, passes: 0, bestScore: 0.7 });
    } finally {
      close();
    }
    // The schema-2 file is kept, byte for byte, under another name; its newest backup holds it all.
    const kept = fs.readdirSync(dir).filter((f) => f.startsWith('progress.migrated-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!)).equals(v2Bytes)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'progress.json'))).toBe(false);
    const newest = listBackups(dir, 'progress')[0]!;
    expect(progressSchema.parse(JSON.parse(fs.readFileSync(newest.file, 'utf8')))).toEqual(v2);

    // The next start reads the log; it does not migrate again.
    const again = openProgressStore(dir);
    try {
      expect(again.store.record()).toEqual(v2);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('progress.migrated-'))).toHaveLength(1);
    } finally {
      again.close();
    }
  }, 120_000);
});
