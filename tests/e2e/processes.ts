// Processes the browser tests start, found and ended by process group: a preview runs in a
// group of its own (spawned detached), so ending the group ends everything it started.
import fs from 'node:fs';

/** Sends a signal to a whole process group; a group already gone is fine. */
export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

/** Running processes whose command line mentions `needle` (Linux: read from /proc). */
export function processesRunning(needle: string): { pid: number; cmdline: string }[] {
  const found: { pid: number; cmdline: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let cmdline: string;
    try {
      cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    } catch {
      continue; // ended while we looked
    }
    if (cmdline.includes(needle)) found.push({ pid: Number(entry), cmdline });
  }
  return found;
}
