// The one place the reliability runs are sized, and the summary lines they print. Both
// `npm run reliability` (run.ts) and the Vitest wrappers in `npm test` use these.
import type { KillLoopOptions, KillLoopReport } from './kill/killLoop';
import type { CorpusReport } from './corpus/runCorpus';

/** RELIABILITY_SEED repeats a run; by default every run kills at new moments. */
export function killLoopOptions(log?: (line: string) => void): KillLoopOptions {
  const seed = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31);
  return { kills: 50, seed, maxAckBeforeKill: 20, maxKillDelayMs: 25, openingKillEvery: 5, log };
}

export const lostLine = (r: KillLoopReport) => `acknowledged writes lost: ${r.lost} of ${r.acknowledged}`;
export const survivedLine = (r: CorpusReport) => `broken files survived: ${r.survived} of ${r.cases.length}`;
