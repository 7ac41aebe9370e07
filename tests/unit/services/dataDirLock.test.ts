// One running copy of the app per learner-data folder: a second process gets an error that
// names the first; a lock left by a killed or vanished process is taken over; the lock goes
// away when the services close or the process exits. The other copies here are real processes.
import { describe, it, expect, afterEach } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useTempDirs } from '../tempDirs';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from '../../../electron/services/store/dataDirLock';
import { bootTicks } from '../../../electron/services/store/processIdentity';
import { createServices } from '../../../electron/services/services';
import { onLines, spawnTs } from '../../reliability/spawnTs';

const tempDir = useTempDirs('academy-lock-');
const CHILD = path.join(import.meta.dirname, 'lockHolderChild.ts');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** Starts another process that locks `dir`; resolves once it holds the lock. */
function otherCopy(dir: string, mode: 'hold' | 'exit'): Promise<ChildProcess> {
  const child = spawnTs(CHILD, [dir, mode]);
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    onLines(child.stdout, (line) => line === 'locked' && resolve(child));
    child.on('close', () => reject(new Error(`the other copy ended: ${stderr}`)));
  });
}

const ended = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('close', () => resolve())));
const lockFile = (dir: string) => path.join(dir, LOCK_FILE_NAME);
const writeLock = (dir: string, owner: object) => fs.writeFileSync(lockFile(dir), JSON.stringify({ startedAt: '2024-05-01T08:00:00.000Z', token: 'theirs', ...owner }));
/** The pid of a process that has ended (started once: a Node start-up is not free). */
let ended_pid: number | undefined;
const deadPid = () => (ended_pid ??= spawnSync(process.execPath, ['-e', '']).pid!);

describe('the learner-data folder lock', () => {
  it('refuses a second process with an error naming the first, until the first is killed', async () => {
    const dir = tempDir();
    const other = await otherCopy(dir, 'hold');
    const refused = (() => {
      try {
        lockDataDir(dir);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toMatch(new RegExp(`already in use by another copy of the app \\(process ${other.pid} on ${os.hostname()}, started `));
    expect((refused as Error).message).toContain(lockFile(dir));
    // The services factory refuses the same way, before touching any store.
    expect(() => createServices({ dataDir: dir, contentRoots: [], openExternal: async () => {} })).toThrow(DataDirLockedError);
    expect(fs.existsSync(path.join(dir, 'progress.json'))).toBe(false);

    other.kill('SIGKILL');
    await ended(other);
    const lock = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    lock.release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  }, 30_000);

  it('is released when a process exits without closing anything', async () => {
    const dir = tempDir();
    const other = await otherCopy(dir, 'exit');
    await ended(other);
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  }, 30_000);

  it('is released by services.close()', async () => {
    const dir = tempDir();
    const services = createServices({ dataDir: dir, contentRoots: [], openExternal: async () => {} });
    expect(fs.existsSync(lockFile(dir))).toBe(true);
    await services.close();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('takes over a lock whose process is gone', { timeout: 30_000 }, () => {
    const dir = tempDir();
    writeLock(dir, { pid: deadPid(), host: os.hostname() });
    lockDataDir(dir).release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it.skipIf(bootTicks(process.pid) === undefined)('takes over a lock whose pid now belongs to another program (Linux: another start time)', () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.ppid, host: os.hostname(), bootTicks: '1' });
    expect(() => lockDataDir(dir).release()).not.toThrow();
    writeLock(dir, { pid: process.ppid, host: os.hostname(), bootTicks: bootTicks(process.ppid) });
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it('respects a lock held from another computer (a network folder), which it cannot check', () => {
    const dir = tempDir();
    writeLock(dir, { pid: 4242, host: 'classroom-pc-07' });
    expect(() => lockDataDir(dir)).toThrow(/process \d+ on classroom-pc-07/);
  });

  it('takes over a lock file that holds no owner (a crash while it was being written)', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), '');
    lockDataDir(dir).release();
    fs.writeFileSync(lockFile(dir), '\u0000\u0001garbage');
    lockDataDir(dir).release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('lets this process open the folder again (a restart of the services); the last release removes it', () => {
    const dir = tempDir();
    const first = lockDataDir(dir);
    const second = lockDataDir(dir);
    first.release();
    first.release(); // twice is harmless
    expect(fs.existsSync(lockFile(dir))).toBe(true);
    second.release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('never deletes a lock file that is no longer its own', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    writeLock(dir, { pid: 4242, host: 'classroom-pc-07' });
    lock.release();
    expect(fs.existsSync(lockFile(dir))).toBe(true);
  });
});
