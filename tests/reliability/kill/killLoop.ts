// The crash test: a child process saves progress in a loop on a real folder and is killed with
// SIGKILL at random moments, again and again on the same folder. After every kill the store is
// opened as the app would open it after a crash, and every save the child reported must be there.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onLines, seededRandom, spawnTs } from '../spawnTs';
import { openProgressStore } from '../progressStore';
import { KILL_COMPACT_AFTER } from './compaction';

const CHILD = path.join(import.meta.dirname, 'writerChild.ts');
/** Children loaded ahead, so start-up time overlaps the kills. */
const WARM_CHILDREN = 2;
/** A child that has not reached its kill moment by then is stuck: kill it and report it. */
const RUN_TIMEOUT_MS = 60_000;

// A kill is aimed at a random save (after the n-th acknowledgement), then lands a random few
// milliseconds later: somewhere inside the next save, its backup or its pruning. Counting saves
// rather than milliseconds keeps the test as strong on a busy machine as on an idle one.
export interface KillLoopOptions {
  kills: number;
  seed: number;
  /** The kill follows a random acknowledgement from 0 to this. */
  maxAckBeforeKill: number;
  /** ... plus a random delay up to this. */
  maxKillDelayMs: number;
  /** Every n-th kill is aimed at the opening (lock, recovery, first backup) instead. */
  openingKillEvery: number;
  log?: (line: string) => void;
  /** A folder to use and keep, to look into after a failure; by default a temporary one. */
  dir?: string;
}

export interface KillLoopReport {
  kills: number;
  acknowledged: number;
  lost: number;
  /** Reopens that had to restore a backup: a kill must never damage the file at all. */
  recoveries: number;
  /** Saves that reached the disk but were killed before being reported (allowed). */
  unreported: number;
  problems: string[];
}

interface WarmChild {
  child: ChildProcess;
  lines: string[];
  onLine: ((line: string) => void) | undefined;
  stderr: string;
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startChild(dir: string): WarmChild {
  const child = spawnTs(CHILD, [dir], { stdin: true });
  const warm: WarmChild = {
    child,
    lines: [],
    onLine: undefined,
    stderr: '',
    // 'close', not 'exit': it fires once stdout has been read to the end.
    closed: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
  };
  onLines(child.stdout, (line) => {
    warm.lines.push(line);
    warm.onLine?.(line);
  });
  child.stderr?.on('data', (d: Buffer) => (warm.stderr += d.toString()));
  return warm;
}

/**
 * Lets a loaded child open the store and save; kills it `ms` after it prints `killAfter`.
 * `stuck` when it never got there (it hung, or died on its own first).
 */
async function runAndKill(w: WarmChild, prefix: string, killAfter: string, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  let stuck = true;
  const watchdog = setTimeout(() => w.child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  const onLine = (line: string) => {
    if (line === 'loaded') w.child.stdin?.end(`go ${prefix}\n`);
    if (line !== killAfter) return;
    stuck = false;
    timer = setTimeout(() => w.child.kill('SIGKILL'), ms);
  };
  w.onLine = onLine;
  w.lines.forEach(onLine); // lines printed while it waited in the queue
  const end = await w.closed;
  clearTimeout(timer);
  clearTimeout(watchdog);
  const acked = w.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
  return { acked, stuck, ...end };
}

export async function runKillLoop(opts: KillLoopOptions): Promise<KillLoopReport> {
  const random = seededRandom(opts.seed);
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'academy-kill-'));
  const acknowledged = new Set<string>();
  const report: KillLoopReport = { kills: 0, acknowledged: 0, lost: 0, recoveries: 0, unreported: 0, problems: [] };
  const warm = Array.from({ length: Math.min(WARM_CHILDREN, opts.kills) }, () => startChild(dir));
  try {
    for (let k = 0; k < opts.kills; k++) {
      const w = warm.shift()!;
      if (k + warm.length + 1 < opts.kills) warm.push(startChild(dir));
      const opening = opts.openingKillEvery > 0 && k % opts.openingKillEvery === opts.openingKillEvery - 1;
      const prefix = `k${k}`;
      const killAfter = opening ? 'opening' : `ack ${prefix}-${Math.floor(random() * (opts.maxAckBeforeKill + 1))}`;
      const ms = Math.round(random() * opts.maxKillDelayMs);
      const run = await runAndKill(w, prefix, killAfter, ms);
      if (run.stuck) report.problems.push(`run ${k}: never reached "${killAfter}" (code ${run.code}, signal ${run.signal}): ${w.stderr.trim().slice(0, 500)}`);
      else if (run.signal === 'SIGKILL') report.kills++;
      else report.problems.push(`run ${k}: ended with code ${run.code} before the kill: ${w.stderr.trim().slice(0, 500)}`);
      for (const id of run.acked) acknowledged.add(id);

      // Reopen as the app does after a crash: the killed child's lock is stale and taken over.
      const { store, close } = openProgressStore(dir, { compactAfter: KILL_COMPACT_AFTER });
      try {
        const recovered = store.recovery ?? store.snapshotRecovery ?? store.problems[0];
        if (recovered) {
          report.recoveries++;
          report.problems.push(`after kill ${k}: the store had to recover: ${JSON.stringify(recovered)}`);
        }
        const saved = new Set(store.record().attempts.map((a) => a.id));
        const missing = [...acknowledged].filter((id) => !saved.has(id));
        report.lost = missing.length;
        if (missing.length > 0) report.problems.push(`after kill ${k}: ${missing.length} acknowledged writes missing, e.g. ${missing.slice(0, 3).join(', ')}`);
        report.unreported += [...saved].filter((id) => id.startsWith(`${prefix}-`) && !acknowledged.has(id)).length;
      } finally {
        close();
      }
      opts.log?.(`kill ${k + 1}/${opts.kills}: ${ms} ms after "${killAfter}", ${run.acked.length} acknowledged, ${acknowledged.size} in all`);
    }
  } finally {
    for (const w of warm) w.child.kill('SIGKILL');
    await Promise.all(warm.map((w) => w.closed));
    if (!opts.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
  report.acknowledged = acknowledged.size;
  return report;
}
