// Runs the broken-file cases from a given index on, one fresh folder each, printing
// "start <index> <folder>" before and "result <json>" after each. The parent watches the time
// and restarts this process after the case that hung or crashed it.
//   node --import tsx corpusChild.ts <first index>
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS } from './corpus';
import { checkCase } from './checkCase';

const first = Number(process.argv[2] ?? 0);
for (let i = first; i < CORPUS.length; i++) {
  const c = CORPUS[i]!;
  if (c.target !== 'log' && c.case.posixOnly && process.platform === 'win32') continue;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-corpus-'));
  process.stdout.write(`start ${i} ${dir}\n`);
  try {
    process.stdout.write(`result ${JSON.stringify(checkCase(c, dir))}\n`);
  } catch (e) {
    process.stdout.write(`result ${JSON.stringify({ name: `${c.target}: ${c.case.name}`, survived: false, problems: [`the check itself failed: ${(e as Error).stack}`], ms: 0 })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
