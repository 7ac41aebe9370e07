// The broken-file corpus: for every kind of damage, the store opens, loses nothing that had a
// valid copy, keeps the damaged bytes, and tells the learner what happened.
import { describe, it, expect, beforeAll } from 'vitest';
import { BROKEN_FILE_CASES } from './corpus/cases';
import { runCorpus, type CorpusReport } from './corpus/runCorpus';
import { survivedLine } from './settings';

let report: CorpusReport;
beforeAll(async () => {
  report = await runCorpus();
  console.log(survivedLine(report));
});

describe('a progress folder damaged in one of many ways', () => {
  it('covers at least 15 kinds of damage', () => {
    expect(BROKEN_FILE_CASES.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of BROKEN_FILE_CASES) {
    it.skipIf(c.posixOnly && process.platform === 'win32')(`${c.name}: ${c.expect}`, () => {
      const result = report.cases.find((r) => r.name === c.name);
      expect(result, 'the case did not run').toBeDefined();
      expect(result?.problems).toEqual([]);
    });
  }
});
