// The learner store's figures (issue 10, section 4): a progress write with 5,000 and with 50,000
// past attempts (p50 and p99: the figure must not grow with the record), and opening the store
// of a learner with 50,000 records. Real log, real snapshot (conf), data-folder lock, real
// temporary folders. Also printed, for reference: a rebuild from the log alone (no snapshot) and
// the migration of a schema-2 record of 5,000 attempts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyProgress, type ProgressData } from '../../src/core/progress/model';
import { SNAPSHOT_STORE } from '../../electron/services/progress/learnerStore';
import { openProgressStore, sampleAttempt } from '../reliability/progressStore';
import { writeV2Record } from '../reliability/v2Record';

const WRITES = 300;
const WARM_UP = 10;
const OPENS = 9;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

function withDir<T>(fn: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-bench-store-'));
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A learner folder whose log holds `n` attempts (a base line, then one line per attempt). */
function seed(dir: string, n: number): void {
  const record: ProgressData = { ...emptyProgress(), attempts: Array.from({ length: n }, (_, i) => sampleAttempt(`past-${i}`)) };
  const { store, close } = openProgressStore(dir);
  try {
    store.replace(record);
  } finally {
    close();
  }
}

function writes(n: number): number[] {
  return withDir((dir) => {
    seed(dir, n);
    const { store, close } = openProgressStore(dir);
    try {
      const out: number[] = [];
      for (let i = 0; i < WARM_UP + WRITES; i++) {
        const t0 = performance.now();
        store.append({ type: 'attempt', attempt: sampleAttempt(`bench-${i}`) });
        if (i >= WARM_UP) out.push(performance.now() - t0);
      }
      return out;
    } finally {
      close();
    }
  });
}

function opens(n: number): { open: number[]; rebuild: number[]; logMB: number } {
  return withDir((dir) => {
    seed(dir, n);
    const time = (before?: () => void) => {
      before?.();
      const t0 = performance.now();
      const { store, close } = openProgressStore(dir);
      const t = performance.now() - t0;
      if (store.summary().quizzes['wco-ecommerce/basics-quiz']?.attempts !== n) throw new Error('the store did not open with every attempt');
      close();
      return t;
    };
    const open = Array.from({ length: OPENS }, () => time());
    // Without a snapshot (deleted with its backups): the whole log is read and folded.
    const dropSnapshot = () => {
      fs.rmSync(path.join(dir, `${SNAPSHOT_STORE}.json`), { force: true });
      fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    };
    const rebuild = Array.from({ length: 3 }, () => time(dropSnapshot));
    return { open, rebuild, logMB: fs.statSync(path.join(dir, 'progress-log.jsonl')).size / 1024 / 1024 };
  });
}

function migration(n: number): number {
  return withDir((dir) => {
    writeV2Record(dir, n);
    const t0 = performance.now();
    const { store, close } = openProgressStore(dir);
    const t = performance.now() - t0;
    if (store.record().attempts.length !== n) throw new Error('the migration lost attempts');
    close();
    return t;
  });
}

export function printStoreBench(): void {
  for (const n of [5000, 50000]) {
    const w = writes(n);
    console.log(`progress write with ${n.toLocaleString('en')} past attempts: p50 ${ms(quantile(w, 0.5))}, p99 ${ms(quantile(w, 0.99))} (target p99 <= 10 ms; ${w.length} writes, append + fdatasync)`);
  }
  const o = opens(50000);
  console.log(`open the store of a learner with 50,000 records: ${ms(quantile(o.open, 0.5))} median of ${o.open.length}, max ${ms(Math.max(...o.open))} (target <= 300 ms; log ${o.logMB.toFixed(1)} MB)`);
  console.log(`  for reference: rebuild of 50,000 records from the log alone (no snapshot): ${ms(quantile(o.rebuild, 0.5))} median of ${o.rebuild.length}`);
  console.log(`  for reference: first open of a schema-2 record of 5,000 attempts (backup, migration to the log): ${ms(migration(5000))}`);
}
