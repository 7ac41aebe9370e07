// Feeds every broken-file case to the real store, in a child process with a small heap, so a
// case that hangs (a FIFO read) or runs out of memory (a 50 MB file) fails on its own instead of
// taking the test run with it.
import fs from 'node:fs';
import path from 'node:path';
import { onLines, spawnTs } from '../spawnTs';
import { CORPUS } from './corpus';
import type { CaseResult } from './checkCase';

const CHILD = path.join(import.meta.dirname, 'corpusChild.ts');
/** Far above what any case needs: a case that takes longer is stuck. */
const CASE_TIMEOUT_MS = 30_000;
/** A modest heap, like a classroom PC's: the huge cases must fit in it. */
const HEAP_MB = 512;

export interface CorpusReport {
  cases: CaseResult[];
  survived: number;
}

/** Runs cases from `first` until the child finishes or a case hangs or crashes it. */
function runFrom(first: number, results: CaseResult[]): Promise<number | undefined> {
  return new Promise((resolve) => {
    const child = spawnTs(CHILD, [String(first)], { nodeOptions: [`--max-old-space-size=${HEAP_MB}`] });
    let current: { index: number; dir: string } | undefined;
    let timer: NodeJS.Timeout | undefined;
    let stderr = '';
    let timedOut = false;
    onLines(child.stdout, (line) => {
      const start = /^start (\d+) (.+)$/.exec(line);
      if (start) {
        current = { index: Number(start[1]), dir: start[2]! };
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, CASE_TIMEOUT_MS);
      } else if (line.startsWith('result ')) {
        results.push(JSON.parse(line.slice(7)) as CaseResult);
        current = undefined;
        clearTimeout(timer);
      }
    });
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!current) return resolve(undefined);
      const c = CORPUS[current.index]!;
      const why = timedOut ? `did not finish within ${CASE_TIMEOUT_MS / 1000} s` : `crashed the process (code ${code}, signal ${signal}): ${stderr.trim().slice(-500)}`;
      results.push({ name: `${c.target}: ${c.case.name}`, survived: false, problems: [why], ms: 0 });
      fs.rmSync(current.dir, { recursive: true, force: true });
      resolve(current.index + 1);
    });
  });
}

export async function runCorpus(): Promise<CorpusReport> {
  const cases: CaseResult[] = [];
  let next: number | undefined = 0;
  while (next !== undefined && next < CORPUS.length) next = await runFrom(next, cases);
  return { cases, survived: cases.filter((c) => c.survived).length };
}
