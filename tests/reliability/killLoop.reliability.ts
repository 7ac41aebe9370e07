// Crash safety, end to end: a real process saving progress on a real folder is killed with
// SIGKILL 50 times at random moments; after each kill every save it reported is on disk.
import { describe, it, expect } from 'vitest';
import { runKillLoop } from './kill/killLoop';
import { killLoopOptions, lostLine } from './settings';

describe('progress store under SIGKILL', () => {
  it('loses no acknowledged write, and never even needs a backup', async () => {
    const options = killLoopOptions();
    const report = await runKillLoop(options);
    console.log(`${lostLine(report)} (seed ${options.seed})`);
    expect(report.problems).toEqual([]);
    expect(report.kills).toBe(options.kills);
    // Each kill aimed at a save comes after at least one acknowledged save.
    expect(report.acknowledged).toBeGreaterThanOrEqual(options.kills - Math.floor(options.kills / options.openingKillEvery));
    expect(report.lost).toBe(0);
    expect(report.recoveries).toBe(0);
  });
});
