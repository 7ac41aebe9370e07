// The learner store's figures (issue 10, section 4): a progress write with 5,000 and with 50,000
// past attempts (p50 and p99: the figure must not grow with the record), and opening the store
// of a learner with 50,000 records. Real log, real snapshot (conf), data-folder lock, real
// temporary folders. Also printed, for reference: a rebuild from the log alone (no snapshot) and
// the migration of a schema-2 record of 5,000 attempts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { SNAPSHOT_STORE } from '../../electron/services/progress/learnerStore';
import { openProgressStore, sampleAttempt } from '../reliability/progressStore';
import { writeV2Record } from '../reliability/v2Record';
import { REPO_ROOT } from '../reliability/spawnTs';

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
  execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'seedStore.ts'), dir, String(n)], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });
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

/** The floor under any durable write here: appending 1 KB and fdatasync, nothing else. */
function bareFsync(): number[] {
  return withDir((dir) => {
    const fd = fs.openSync(path.join(dir, 'bare.log'), 'a');
    try {
      const line = Buffer.alloc(1024, 'x');
      const out: number[] = [];
      for (let i = 0; i < WARM_UP + WRITES; i++) {
        const t0 = performance.now();
        fs.writeSync(fd, line);
        fs.fdatasyncSync(fd);
        if (i >= WARM_UP) out.push(performance.now() - t0);
      }
      return out;
    } finally {
      fs.closeSync(fd);
    }
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
  console.log(`store figures (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} over 1 / 5 / 15 min, ${os.cpus().length} CPUs):`);
  for (const n of [5000, 50000]) {
    const w = writes(n);
    console.log(`progress write with ${n.toLocaleString('en')} past attempts: p50 ${ms(quantile(w, 0.5))}, p99 ${ms(quantile(w, 0.99))} (target p99 <= 10 ms; ${w.length} writes, append + fdatasync)`);
  }
  const o = opens(50000);
  console.log(`open the store of a learner with 50,000 records: ${ms(quantile(o.open, 0.5))} median of ${o.open.length}, max ${ms(Math.max(...o.open))} (target <= 300 ms; log ${o.logMB.toFixed(1)} MB)`);
  console.log(`  for reference: rebuild of 50,000 records from the log alone (no snapshot): ${ms(quantile(o.rebuild, 0.5))} median of ${o.rebuild.length}`);
  const bare = bareFsync();
  console.log(`  for reference: a bare 1 KB append + fdatasync on the same disk: p50 ${ms(quantile(bare, 0.5))}, p99 ${ms(quantile(bare, 0.99))}`);
  console.log(`  for reference: first open of a schema-2 record of 5,000 attempts (backup, migration to the log): ${ms(migration(5000))}`);
}
