// Runs the broken-file cases from a given index on, one fresh folder each, printing
// "start <index> <folder>" before and "result <json>" after each. The parent watches the time
// and restarts this process after the case that hung or crashed it.
//   node --import tsx corpusChild.ts <first index>
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BROKEN_FILE_CASES } from './cases';
import { checkCase } from './checkCase';

const first = Number(process.argv[2] ?? 0);
for (let i = first; i < BROKEN_FILE_CASES.length; i++) {
  const c = BROKEN_FILE_CASES[i]!;
  if (c.posixOnly && process.platform === 'win32') continue;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-corpus-'));
  process.stdout.write(`start ${i} ${dir}\n`);
  try {
    process.stdout.write(`result ${JSON.stringify(checkCase(c, dir))}\n`);
  } catch (e) {
    process.stdout.write(`result ${JSON.stringify({ name: c.name, survived: false, problems: [`the check itself failed: ${(e as Error).stack}`], ms: 0 })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
