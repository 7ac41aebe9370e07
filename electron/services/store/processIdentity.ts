// Who holds a lock, and whether that process still runs. A pid alone is not enough: after a
// crash and a restart, the pid of the old copy may belong to an unrelated program. On Linux the
// kernel's start time of the process (in clock ticks since boot, so immune to clock changes)
// tells the two apart; elsewhere the pid check is all there is.
import fs from 'node:fs';
import os from 'node:os';

export interface ProcessIdentity {
  pid: number;
  host: string;
  /** When the process started, for people reading the lock file and the error message. */
  startedAt: string;
  /** Linux only: the start time in clock ticks since boot, from /proc/<pid>/stat. */
  bootTicks?: string;
}

/** Field 22 of /proc/<pid>/stat, or undefined where there is no /proc. */
export function bootTicks(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: fields 3+ follow the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export function currentProcess(): ProcessIdentity {
  return {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    bootTicks: bootTicks(process.pid),
  };
}

/**
 * False only when the process is surely gone. A process on another computer (a data folder on a
 * network drive) cannot be checked, so it counts as running.
 */
export function isRunning(owner: ProcessIdentity): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const ticks = owner.bootTicks === undefined ? undefined : bootTicks(owner.pid);
  return ticks === undefined || ticks === owner.bootTicks;
}

/**
 * Our own pid and host: either this very process (another module instance) or an earlier one
 * that had the same pid. Neither is a second copy of the app.
 */
export function isThisProcess(owner: ProcessIdentity): boolean {
  return owner.pid === process.pid && owner.host === os.hostname();
}
