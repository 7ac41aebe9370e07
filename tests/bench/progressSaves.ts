// Bench (e): how long one progress save takes when the record already holds 5,000 quiz
// attempts, through the real store (conf, atomic write, fsync, backup and pruning, data-folder
// lock) on a real temporary folder. Returns the samples; run.ts prints the quantiles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyProgress, type ProgressData } from '../../src/core/progress/model';
import { addAttempt } from '../../src/core/progress/reducers';
import { openProgressStore, sampleAttempt } from '../reliability/progressStore';

export const STORED_ATTEMPTS = 5000;
const SAVES = 200;
const WARM_UP = 5;

export function measureProgressSaves(): { ms: number[]; recordBytes: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-bench-saves-'));
  try {
    const stored: ProgressData = { ...emptyProgress(), attempts: Array.from({ length: STORED_ATTEMPTS }, (_, i) => sampleAttempt(`stored-${i}`)) };
    fs.writeFileSync(path.join(dir, 'progress.json'), JSON.stringify(stored, null, 1));
    const { store, close } = openProgressStore(dir);
    try {
      const ms: number[] = [];
      for (let i = 0; i < WARM_UP + SAVES; i++) {
        const t0 = performance.now();
        store.write(addAttempt(store.read(), sampleAttempt(`bench-${i}`)));
        if (i >= WARM_UP) ms.push(performance.now() - t0);
      }
      return { ms, recordBytes: fs.statSync(store.file).size };
    } finally {
      close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
