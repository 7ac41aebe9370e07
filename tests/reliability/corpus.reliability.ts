// The broken-file corpus: for every kind of damage (to a schema-2 record being migrated, to the
// log's snapshot, to the log), the store opens, loses nothing that had a valid copy, keeps the
// damaged bytes, and tells the learner what happened when something may be missing.
import { describe, it, expect, beforeAll } from 'vitest';
import { BROKEN_FILE_CASES } from './corpus/cases';
import { CORPUS } from './corpus/corpus';
import { LOG_CASES } from './corpus/logCases';
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
    expect(LOG_CASES.length).toBeGreaterThanOrEqual(8);
  });

  for (const c of CORPUS) {
    const name = `${c.target}: ${c.case.name}`;
    it.skipIf(c.target !== 'log' && c.case.posixOnly && process.platform === 'win32')(name, () => {
      const result = report.cases.find((r) => r.name === name);
      expect(result, 'the case did not run').toBeDefined();
      expect(result?.problems).toEqual([]);
    });
  }
});
