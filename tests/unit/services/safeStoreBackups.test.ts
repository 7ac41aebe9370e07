// The backup rule: the last BACKUPS_KEPT saves, plus the newest backup of each of the last
// DAILY_BACKUP_DAYS days on which the learner saved anything, decided by write order so that a
// PC clock set back (or forward) never makes the store delete its good copies.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { useTempDirs } from '../tempDirs';
import { BACKUPS_KEPT, DAILY_BACKUP_DAYS, backupsDir, openSafeStore, type SafeStore } from '../../../electron/services/store/safeStore';
import { backupsToDelete, type BackupEntry } from '../../../electron/services/store/backupRetention';
import { confStoreFactory } from '../../../electron/services/services';
import { emptyProgress, progressSchema, type ProgressData } from '../../../src/core/progress/model';
import { migrateProgress } from '../../../src/core/progress/migrations';

const tempDir = useTempDirs('academy-backups-');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function clock(start = '2024-05-01T12:00:00.000Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms), set: (iso: string) => void (t = new Date(iso).getTime()) };
}

const open = (dir: string, now: () => Date): SafeStore<ProgressData> =>
  openSafeStore<ProgressData>({ dir, name: 'progress', schema: progressSchema, defaults: emptyProgress, migrate: migrateProgress, createStore: confStoreFactory, now });

/** A record that names the save it came from, so a restored record shows which one it is. */
const save = (label: string, at: Date): ProgressData => ({
  ...emptyProgress(),
  lessons: { [`wco-ecommerce/${label}`]: { openedAt: at.toISOString() } },
});
const labelOf = (data: ProgressData) => Object.keys(data.lessons)[0]?.split('/')[1];

/** Backup file name → the label of the record inside, in write order. */
function backupLabels(dir: string): string[] {
  return fs
    .readdirSync(backupsDir(dir))
    .sort()
    .map((f) => labelOf(JSON.parse(fs.readFileSync(path.join(backupsDir(dir), f), 'utf8')) as ProgressData) ?? 'empty');
}

describe('backupsToDelete (the rule itself)', () => {
  const entry = (seq: number, day: string): BackupEntry => ({ file: `b${seq}`, seq, day });

  it('keeps everything while there are few backups', () => {
    const few = [entry(3, '2024-05-03'), entry(2, '2024-05-02'), entry(1, '2024-05-01')];
    expect(backupsToDelete(few)).toEqual([]);
  });

  it(`deletes past the newest ${BACKUPS_KEPT} on a single day`, () => {
    const oneDay = Array.from({ length: BACKUPS_KEPT + 3 }, (_, i) => entry(100 - i, '2024-05-01'));
    expect(backupsToDelete(oneDay).map((e) => e.seq)).toEqual([90, 89, 88]);
  });

  it(`keeps the newest of each of the last ${DAILY_BACKUP_DAYS} days, and nothing older`, () => {
    // 20 saves today, then 3 saves on each of 9 earlier days.
    const today = Array.from({ length: 20 }, (_, i) => entry(1000 - i, '2024-05-20'));
    const earlier = Array.from({ length: 9 }, (_, d) => [0, 1, 2].map((k) => entry(900 - d * 10 - k, `2024-05-${String(19 - d).padStart(2, '0')}`))).flat();
    const kept = [...today, ...earlier].filter((e) => !backupsToDelete([...today, ...earlier]).includes(e));
    expect(kept.map((e) => e.seq)).toEqual([1000, 999, 998, 997, 996, 995, 994, 993, 992, 991, 900, 890, 880, 870, 860, 850]);
  });

  it('goes by write order, not by date: after the clock is set back the new days count first', () => {
    const newest = [entry(30, '2014-01-02'), entry(29, '2014-01-01')];
    const older = Array.from({ length: 8 }, (_, d) => entry(20 - d, `2024-05-${String(20 - d).padStart(2, '0')}`));
    const deleted = backupsToDelete([...newest, ...older]).map((e) => e.seq);
    // 10 newest kept outright: all of them here.
    expect(deleted).toEqual([]);
    const many = [...Array.from({ length: 12 }, (_, i) => entry(100 - i, '2014-01-02')), ...older];
    const kept = many.filter((e) => !backupsToDelete(many).includes(e)).map((e) => e.seq);
    // The 10 newest (all 2014), then the newest of the next 6 days in write order.
    expect(kept).toEqual([100, 99, 98, 97, 96, 95, 94, 93, 92, 91, 20, 19, 18, 17, 16, 15]);
  });
});

describe('safeStore: daily backups on disk', () => {
  it('after ten days of work, holds the last ten saves and the last save of each of the six days before today', () => {
    const dir = tempDir();
    const c = clock();
    const store = open(dir, c.now);
    for (let day = 1; day <= 10; day++) {
      const saves = day === 10 ? 12 : 1;
      for (let k = 1; k <= saves; k++) {
        c.advance(60_000);
        store.write(save(`day-${day}-save-${k}`, c.now()));
      }
      c.advance(DAY - saves * 60_000);
    }
    expect(backupLabels(dir)).toEqual([
      ...[4, 5, 6, 7, 8, 9].map((d) => `day-${d}-save-1`),
      ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((k) => `day-10-save-${k}`),
    ]);
  });

  it('a learner back from a holiday still has the days before it', () => {
    const dir = tempDir();
    const c = clock();
    const store = open(dir, c.now);
    for (let day = 1; day <= 3; day++) {
      store.write(save(`before-${day}`, c.now()));
      c.advance(DAY);
    }
    c.advance(30 * DAY);
    for (let k = 1; k <= 15; k++) {
      c.advance(60_000);
      store.write(save(`back-${k}`, c.now()));
    }
    expect(backupLabels(dir)).toEqual(['before-1', 'before-2', 'before-3', ...[6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((k) => `back-${k}`)]);
  });

  it('a clock set back ten years loses no saved work, and the old days still count as days', () => {
    const dir = tempDir();
    const c = clock();
    const store = open(dir, c.now);
    for (let day = 1; day <= 5; day++) {
      store.write(save(`real-${day}`, c.now()));
      c.advance(DAY);
    }
    c.set('2014-01-01T12:00:00.000Z');
    for (let k = 1; k <= 15; k++) {
      c.advance(60_000);
      store.write(save(`reset-${k}`, c.now()));
    }
    // In write order: the 5 earlier days (each its own day), then the 10 newest saves, which
    // share one day (2014-01-01) and so take one day's place of the seven.
    expect(backupLabels(dir)).toEqual(['real-1', 'real-2', 'real-3', 'real-4', 'real-5', ...[6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((k) => `reset-${k}`)]);
    fs.writeFileSync(store.file, 'damaged');
    expect(labelOf(open(dir, c.now).read())).toBe('reset-15');
  });

  it('a clock that jumps to 2099 and back deletes nothing it should keep', () => {
    const dir = tempDir();
    const c = clock();
    const store = open(dir, c.now);
    store.write(save('before-jump', c.now()));
    c.set('2099-12-31T12:00:00.000Z');
    store.write(save('in-2099', c.now()));
    c.set('2024-05-02T12:00:00.000Z');
    for (let k = 1; k <= 12; k++) store.write(save(`after-${k}`, c.now()));
    const labels = backupLabels(dir);
    expect(labels).toContain('in-2099');
    expect(labels).toContain('before-jump');
    expect(labels.filter((l) => l.startsWith('after-'))).toHaveLength(BACKUPS_KEPT);
  });

  it('garbage backups numbered above the good ones never push out the newest good copy', () => {
    const dir = tempDir();
    const c = clock();
    fs.mkdirSync(backupsDir(dir), { recursive: true });
    for (let seq = 1; seq <= BACKUPS_KEPT + 2; seq++) {
      fs.writeFileSync(path.join(backupsDir(dir), `progress-${String(seq).padStart(8, '0')}-2024-05-01T00-00-00-000Z.json`), 'garbage');
    }
    const store = open(dir, c.now);
    store.write(save('good', c.now()));
    fs.writeFileSync(store.file, 'damaged');
    const reopened = open(dir, c.now);
    expect(reopened.recovery?.kind).toBe('restored');
    expect(labelOf(reopened.read())).toBe('good');
  });

  it('a backup that cannot be deleted (a folder in its place) does not make saves fail', () => {
    const dir = tempDir();
    const c = clock();
    fs.mkdirSync(path.join(backupsDir(dir), 'progress-00000001-2024-04-01T00-00-00-000Z.json'), { recursive: true });
    const store = open(dir, c.now);
    for (let k = 1; k <= BACKUPS_KEPT + 3; k++) {
      c.advance(60_000);
      expect(() => store.write(save(`save-${k}`, c.now()))).not.toThrow();
    }
    expect(labelOf(open(dir, c.now).read())).toBe(`save-${BACKUPS_KEPT + 3}`);
  });
});
