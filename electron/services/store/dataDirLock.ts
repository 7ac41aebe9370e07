// One running copy of the app per learner-data folder. Two copies would each keep their own
// record in memory and overwrite each other's saves. Electron's single-instance lock covers the
// desktop app; this lock also covers the preview harness, a folder shared over the network, and
// any Node tool that opens the stores.
//
// The lock is a file created with O_EXCL ('wx') holding the owner's pid, host and start time.
// A lock whose owner is gone (the app was killed, the PC lost power) is stale and is taken over.
// It is released on close and when the process exits.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { currentProcess, isRunning, isThisProcess, type ProcessIdentity } from './processIdentity';

export const LOCK_FILE_NAME = 'learner-data.lock';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dir: string,
    readonly lockFile: string,
    readonly owner: ProcessIdentity,
  ) {
    super(
      `The learner data folder ${dir} is already in use by another copy of the app ` +
        `(process ${owner.pid} on ${owner.host}, started ${owner.startedAt}). ` +
        `Close the other copy and start again. If no other copy is running, delete ${lockFile}.`,
    );
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Gives the lock up; the last release in this process deletes the file. */
  release(): void;
}

interface LockFileContent extends ProcessIdentity {
  token: string;
}

/** Locks held by this process, by lock file path, with the number of open handles. */
const held = new Map<string, { token: string; refs: number }>();

const ATTEMPTS = 5;
/** A creator writes its lock file microseconds after creating it; this is ample. */
const PARTIAL_LOCK_WAIT_MS = 100;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function parseOwner(text: string | undefined): ProcessIdentity | undefined {
  try {
    const v = JSON.parse(text ?? '') as Partial<LockFileContent>;
    if (typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0 && typeof v.host === 'string') {
      return { pid: v.pid, host: v.host, startedAt: String(v.startedAt), bootTicks: typeof v.bootTicks === 'string' ? v.bootTicks : undefined };
    }
  } catch {
    /* not a lock file this app wrote */
  }
  return undefined;
}

/** Creates the lock file if there is none; false if there is one. */
function tryCreate(file: string, content: LockFileContent): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    fs.writeFileSync(fd, JSON.stringify(content));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Deletes a stale lock file, if it still holds exactly `staleText`. Breakers take turns through
 * a second lock file, so one cannot delete the fresh lock another breaker has just created.
 */
function breakStaleLock(file: string, staleText: string | undefined): void {
  const breaker = `${file}.break`;
  if (!tryCreate(breaker, { ...currentProcess(), token: randomUUID() })) {
    // Another process is breaking the lock right now, or died doing it.
    const owner = parseOwner(readText(breaker));
    if (owner && isRunning(owner)) sleepSync(PARTIAL_LOCK_WAIT_MS);
    else fs.rmSync(breaker, { force: true });
    return;
  }
  try {
    if (readText(file) === staleText) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(breaker, { force: true });
  }
}

/** Deletes the lock file if it is still ours (a stale-lock breaker may have replaced it). */
function releaseFile(file: string, token: string): void {
  const text = readText(file);
  if (text === undefined || !text.includes(token)) return;
  try {
    fs.rmSync(file, { force: true });
  } catch {
    /* the folder is gone or read-only: the next start sees a stale lock */
  }
}

let exitHookInstalled = false;
function releaseAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [file, lock] of held) releaseFile(file, lock.token);
    held.clear();
  });
}

function handle(file: string): DataDirLock {
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      const lock = held.get(file);
      if (!lock || --lock.refs > 0) return;
      held.delete(file);
      releaseFile(file, lock.token);
    },
  };
}

/** Locks `dir` for this process, or throws DataDirLockedError naming the copy that holds it. */
export function lockDataDir(dir: string): DataDirLock {
  const file = path.join(path.resolve(dir), LOCK_FILE_NAME);
  const mine = held.get(file);
  if (mine) {
    // The same process opening the folder again (a restart of the services in tests and the
    // preview harness) is not a second copy of the app.
    mine.refs++;
    return handle(file);
  }
  const content: LockFileContent = { ...currentProcess(), token: randomUUID() };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (tryCreate(file, content)) {
      held.set(file, { token: content.token, refs: 1 });
      releaseAllOnExit();
      return handle(file);
    }
    let text = readText(file);
    let owner = parseOwner(text);
    if (!owner && text !== undefined) {
      // Maybe created this instant and not written yet: look again before calling it stale.
      sleepSync(PARTIAL_LOCK_WAIT_MS);
      text = readText(file);
      owner = parseOwner(text);
    }
    if (owner && !isThisProcess(owner) && isRunning(owner)) throw new DataDirLockedError(path.resolve(dir), file, owner);
    breakStaleLock(file, text);
  }
  throw new Error(`Could not lock the learner data folder ${path.resolve(dir)}: other programs keep changing ${file}. Try again.`);
}
