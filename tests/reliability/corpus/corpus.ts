// Every case of the corpus, in the order they run: the broken-file cases on a schema-2 record
// being migrated, the same on the log's snapshot, then the log's own cases.
import { BROKEN_FILE_CASES } from './cases';
import type { CorpusCase } from './checkCase';
import { LOG_CASES } from './logCases';

export const CORPUS: CorpusCase[] = [
  ...BROKEN_FILE_CASES.map((c): CorpusCase => ({ target: 'legacy', case: c })),
  ...BROKEN_FILE_CASES.map((c): CorpusCase => ({ target: 'snapshot', case: c })),
  ...LOG_CASES.map((c): CorpusCase => ({ target: 'log', case: c })),
];
