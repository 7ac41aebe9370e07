// The learner's data must never be lost: these tests open real stores (conf, as electron-store
// uses it) in real temporary folders, damage the files the way disks and crashes do, and check
// that the damaged bytes are kept and the newest good backup comes back.
import { describe, it, expect } from 'vitest';
import { useTempDirs } from '../tempDirs';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUPS_KEPT, backupFileName, backupsDir, openSafeStore, type RecoveryCause, type SafeStore } from '../../../electron/services/store/safeStore';
import { confStoreFactory } from '../../../electron/services/services';
import { CAUSE_KEYS, createNoticeBoard } from '../../../electron/services/notices';
import { emptyProgress, progressSchema, type ProgressData } from '../../../src/core/progress/model';
import { migrateProgress } from '../../../src/core/progress/migrations';

const tempDir = useTempDirs('academy-safestore-');

/** A clock the test moves by hand. */
function clock(start = '2024-05-01T08:00:00.000Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    stamp: () => new Date(t).toISOString().replace(/[:.]/g, '-'),
  };
}

function openProgress(dir: string, now: () => Date): SafeStore<ProgressData> {
  return openSafeStore<ProgressData>({
    dir,
    name: 'progress',
    schema: progressSchema,
    defaults: emptyProgress,
    migrate: migrateProgress,
    createStore: confStoreFactory,
    now,
  });
}

const withLesson = (lessonId: string, at = '2024-05-01T08:00:00.000Z'): ProgressData => ({
  ...emptyProgress(),
  lessons: { [`wco-ecommerce/${lessonId}`]: { openedAt: at, finishedAt: at } },
});

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));
const listBackups = (dir: string) => (fs.existsSync(backupsDir(dir)) ? fs.readdirSync(backupsDir(dir)).sort() : []);
const corruptCopies = (dir: string) => fs.readdirSync(dir).filter((f) => f.includes('.corrupt-'));

describe('safeStore: normal use', () => {
  it('first open starts an empty record, with no corrupt file and no notice', () => {
    const dir = tempDir();
    const store = openProgress(dir, clock().now);
    expect(store.recovery).toBeUndefined();
    expect(store.read()).toEqual(emptyProgress());
    expect(store.file).toBe(path.join(dir, 'progress.json'));
    expect(corruptCopies(dir)).toEqual([]);
    expect(createNoticeBoard({ progress: store.recovery, rejectedPacks: [] }).list()).toEqual([]);
    // The file on disk is a valid, current record.
    expect(progressSchema.safeParse(readJson(store.file)).success).toBe(true);
  });

  it('reads back after reopening what was written', () => {
    const dir = tempDir();
    const c = clock();
    const store = openProgress(dir, c.now);
    store.write(withLesson('channels'));
    expect(store.read()).toEqual(withLesson('channels'));

    const reopened = openProgress(dir, c.now);
    expect(reopened.recovery).toBeUndefined();
    expect(reopened.read()).toEqual(withLesson('channels'));
  });

  it('leaves valid JSON equal to the data on disk after every write', () => {
    const dir = tempDir();
    const c = clock();
    const store = openProgress(dir, c.now);
    let data = emptyProgress();
    for (const id of ['what-is-ecommerce', 'channels', 'stakeholders', 'challenges', 'wco-response']) {
      data = { ...data, lessons: { ...data.lessons, [`wco-ecommerce/${id}`]: { openedAt: c.now().toISOString() } } };
      store.write(data);
      expect(readJson(store.file)).toEqual(data);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      c.advance(1000);
    }
  });

  it('refuses to write invalid data and leaves the file and the cache unchanged', () => {
    const dir = tempDir();
    const store = openProgress(dir, clock().now);
    store.write(withLesson('channels'));
    const before = fs.readFileSync(store.file);

    const bad = [
      { ...withLesson('channels'), schemaVersion: 99 },
      { ...withLesson('channels'), lessons: { 'not a key': { openedAt: 'yesterday' } } },
      { ...withLesson('channels'), attempts: [{ id: 'x' }] },
      { ...withLesson('channels'), extra: true },
    ];
    for (const data of bad) {
      expect(() => store.write(data as unknown as ProgressData)).toThrow();
      expect(fs.readFileSync(store.file).equals(before)).toBe(true);
      expect(store.read()).toEqual(withLesson('channels'));
    }
  });

  it('keeps learner files private to the user (mode 0600)', () => {
    const dir = tempDir();
    const c = clock();
    const store = openProgress(dir, c.now);
    c.advance(61_000);
    store.write(withLesson('channels'));
    expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
    for (const b of listBackups(dir)) expect(fs.statSync(path.join(backupsDir(dir), b)).mode & 0o777).toBe(0o600);
  });

  it('rewrites an old (v0) record in the current schema without raising a recovery', () => {
    const dir = tempDir();
    const v0 = { lessons: { 'wco-ecommerce/channels': { openedAt: '2023-01-01T00:00:00.000Z' } }, attempts: [] };
    fs.writeFileSync(path.join(dir, 'progress.json'), JSON.stringify(v0));
    const store = openProgress(dir, clock().now);
    expect(store.recovery).toBeUndefined();
    expect(store.read()).toEqual({ ...emptyProgress(), lessons: v0.lessons });
    expect(readJson(store.file)).toEqual(store.read());
    expect(corruptCopies(dir)).toEqual([]);
  });
});

describe('safeStore: backups', () => {
  it('backs up on open and on every write, so the newest backup holds every saved write', () => {
    const dir = tempDir();
    const c = clock();
    const store = openProgress(dir, c.now);
    expect(listBackups(dir)).toEqual([backupFileName('progress', 1, c.now())]);
    c.advance(10);
    store.write(withLesson('channels'));
    expect(listBackups(dir)).toHaveLength(2);
    c.advance(10);
    store.write(withLesson('stakeholders'));
    expect(listBackups(dir)).toHaveLength(3);
    expect(readJson(path.join(backupsDir(dir), backupFileName('progress', 3, c.now())))).toEqual(withLesson('stakeholders'));
  });

  it(`keeps only the newest ${BACKUPS_KEPT} backups`, () => {
    const dir = tempDir();
    const c = clock();
    const store = openProgress(dir, c.now);
    const names = [backupFileName('progress', 1, c.now())];
    for (let i = 0; i < BACKUPS_KEPT + 5; i++) {
      c.advance(61_000);
      store.write({ ...emptyProgress(), lessons: { [`wco-ecommerce/lesson-${i}`]: { openedAt: c.now().toISOString() } } });
      names.push(backupFileName('progress', names.length + 1, c.now()));
    }
    const kept = listBackups(dir);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept).toEqual(names.slice(-BACKUPS_KEPT));
  });
});

/** The ways a file goes bad: a crash mid-write elsewhere, a full disk, a bad sector, a newer app. */
const CORRUPTIONS: [string, Buffer, RegExp, RecoveryCause][] = [
  ['truncated JSON', Buffer.from('{"schemaVersion":1,"lessons":{"wco-ecommerce/chan'), /not valid JSON/, 'not-json'],
  ['an empty file', Buffer.alloc(0), /empty/, 'empty'],
  ['binary garbage', Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x37, 0x80, 0x81, 0x00, 0x7b, 0x22]), /not valid JSON/, 'not-json'],
  ['valid JSON of the wrong shape', Buffer.from('{"schemaVersion":1,"lessons":[],"attempts":{},"position":7}'), /unexpected content/, 'wrong-shape'],
  ['a record from a newer app', Buffer.from(JSON.stringify({ ...emptyProgress(), schemaVersion: 99 })), /newer version/, 'newer-version'],
];


describe.each(CORRUPTIONS)('safeStore: a progress file with %s', (_label, bytes, reason, cause) => {
  it('is moved aside with its bytes intact and the newest VALID backup is restored', () => {
    const dir = tempDir();
    const c = clock();
    // An older good backup: made when the store was opened with this record.
    fs.writeFileSync(path.join(dir, 'progress.json'), JSON.stringify(withLesson('channels')));
    const first = openProgress(dir, c.now);
    expect(first.recovery).toBeUndefined();
    const goodBackup = path.join(backupsDir(dir), backupFileName('progress', 1, c.now()));
    expect(fs.existsSync(goodBackup)).toBe(true);

    // A newer backup that is itself corrupt, and a newer one from a newer app: both must be passed over.
    c.advance(3_600_000);
    fs.writeFileSync(path.join(backupsDir(dir), backupFileName('progress', 2, c.now())), '{"schemaVersion":1,"less');
    c.advance(1000);
    fs.writeFileSync(path.join(backupsDir(dir), backupFileName('progress', 3, c.now())), JSON.stringify({ ...emptyProgress(), schemaVersion: 9 }));

    c.advance(3_600_000);
    fs.writeFileSync(first.file, bytes);
    const store = openProgress(dir, c.now);

    const movedTo = path.join(dir, `progress.corrupt-${c.stamp()}.json`);
    expect(store.recovery).toEqual({ kind: 'restored', file: first.file, movedTo, backup: goodBackup, cause, reason: expect.stringMatching(reason) });
    expect(fs.readFileSync(movedTo).equals(bytes)).toBe(true);
    expect(store.read()).toEqual(withLesson('channels'));
    expect(readJson(store.file)).toEqual(withLesson('channels'));
    // The learner is told.
    const notices = createNoticeBoard({ progress: store.recovery, rejectedPacks: [] }).list();
    expect(notices).toEqual([
      { id: 'progress-restored', key: 'notice.progressRestored', params: { file: movedTo, backup: path.basename(goodBackup) }, paramKeys: { reason: CAUSE_KEYS[cause] } },
    ]);
    // The restored record is usable.
    store.write(withLesson('stakeholders'));
    expect(openProgress(dir, c.now).read()).toEqual(withLesson('stakeholders'));
  });

  it('with no backup at all, is kept and a fresh record is started (reset)', () => {
    const dir = tempDir();
    const c = clock();
    const file = path.join(dir, 'progress.json');
    fs.writeFileSync(file, bytes);
    const store = openProgress(dir, c.now);
    const movedTo = path.join(dir, `progress.corrupt-${c.stamp()}.json`);
    expect(store.recovery).toEqual({ kind: 'reset', file, movedTo, cause, reason: expect.stringMatching(reason) });
    expect(fs.readFileSync(movedTo).equals(bytes)).toBe(true);
    expect(store.read()).toEqual(emptyProgress());
    expect(progressSchema.safeParse(readJson(file)).success).toBe(true);
    expect(createNoticeBoard({ progress: store.recovery, rejectedPacks: [] }).list().map((n) => n.key)).toEqual(['notice.progressReset']);
  });
});

describe('safeStore: recovery details', () => {
  it('orders backups by write order, not by the clock, so a clock set back loses nothing', () => {
    const dir = tempDir();
    const c = clock();
    const store = openProgress(dir, c.now);
    for (let i = 0; i < BACKUPS_KEPT + 2; i++) {
      c.advance(61_000);
      store.write(withLesson('channels'));
    }
    // The PC's clock is reset to an earlier date, and the learner keeps working.
    c.advance(-10 * 365 * 24 * 3_600_000);
    for (const lesson of ['stakeholders', 'challenges']) {
      c.advance(61_000);
      store.write(withLesson(lesson));
    }
    fs.writeFileSync(store.file, 'garbage');
    const reopened = openProgress(dir, c.now);
    expect(reopened.recovery?.kind).toBe('restored');
    expect(reopened.read()).toEqual(withLesson('challenges'));
  });

  it('a second damaged file never overwrites the first one kept aside', () => {
    const dir = tempDir();
    const c = clock();
    fs.writeFileSync(path.join(dir, 'progress.json'), 'first-corrupt');
    openProgress(dir, c.now);
    fs.writeFileSync(path.join(dir, 'progress.json'), 'second-corrupt');
    openProgress(dir, c.now);
    const kept = corruptCopies(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).sort();
    expect(kept).toEqual(['first-corrupt', 'second-corrupt']);
  });

  it('prefers the newest of several valid backups', () => {
    const dir = tempDir();
    const c = clock();
    const store = openProgress(dir, c.now);
    c.advance(61_000);
    store.write(withLesson('channels'));
    c.advance(61_000);
    store.write(withLesson('stakeholders'));
    const newest = path.join(backupsDir(dir), backupFileName('progress', 3, c.now()));
    c.advance(61_000);
    fs.writeFileSync(store.file, '');
    const reopened = openProgress(dir, c.now);
    expect(reopened.recovery).toMatchObject({ kind: 'restored', backup: newest });
    expect(reopened.read()).toEqual(withLesson('stakeholders'));
  });

  it('resets when every backup is unusable, and still keeps the damaged file', () => {
    const dir = tempDir();
    const c = clock();
    fs.mkdirSync(backupsDir(dir));
    fs.writeFileSync(path.join(backupsDir(dir), 'progress-00000001-2024-01-01T00-00-00-000Z.json'), 'garbage');
    fs.writeFileSync(path.join(backupsDir(dir), 'progress-00000002-2024-01-02T00-00-00-000Z.json'), '');
    fs.writeFileSync(path.join(dir, 'progress.json'), '{oops');
    const store = openProgress(dir, c.now);
    expect(store.recovery?.kind).toBe('reset');
    expect(fs.readFileSync(path.join(dir, `progress.corrupt-${c.stamp()}.json`), 'utf8')).toBe('{oops');
    // The unusable backups are left alone too.
    expect(listBackups(dir)).toEqual(['progress-00000001-2024-01-01T00-00-00-000Z.json', 'progress-00000002-2024-01-02T00-00-00-000Z.json']);
  });

  it('ignores backups of another store in the same folder', () => {
    const dir = tempDir();
    const c = clock();
    fs.mkdirSync(backupsDir(dir));
    fs.writeFileSync(path.join(backupsDir(dir), 'settings-00000001-2024-01-01T00-00-00-000Z.json'), JSON.stringify(withLesson('channels')));
    fs.writeFileSync(path.join(dir, 'progress.json'), 'x');
    expect(openProgress(dir, c.now).recovery?.kind).toBe('reset');
  });

  it('refuses a file that is too large to be a real record, without reading it', () => {
    const dir = tempDir();
    const c = clock();
    const file = path.join(dir, 'progress.json');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 65 * 1024 * 1024); // sparse: no real disk use
    const store = openProgress(dir, c.now);
    expect(store.recovery).toMatchObject({ kind: 'reset', reason: expect.stringMatching(/too large/) });
    expect(fs.statSync(path.join(dir, `progress.corrupt-${c.stamp()}.json`)).size).toBe(65 * 1024 * 1024);
  });

  it('recovers a second time later, keeping both damaged files', () => {
    const dir = tempDir();
    const c = clock();
    const store = openProgress(dir, c.now);
    store.write(withLesson('channels'));
    c.advance(61_000);
    fs.writeFileSync(store.file, 'first damage');
    const first = openProgress(dir, c.now);
    expect(first.recovery?.kind).toBe('restored');
    c.advance(61_000);
    fs.writeFileSync(store.file, 'second damage');
    const second = openProgress(dir, c.now);
    expect(second.recovery?.kind).toBe('restored');
    const kept = corruptCopies(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).sort();
    expect(kept).toEqual(['first damage', 'second damage']);
  });
});
