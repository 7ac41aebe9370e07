// Bench: a trainer's class of 200 trainees, each progress file holding 40 attempts (demo files
// from the real course pack, written to a temporary folder first, untimed). Times, through the
// real class service on a temporary data folder: reading and checking the 200 files, merging them
// into a new class and writing its store (with backup), then building every table and the item
// analysis. Prints numbers; passes or fails nothing. Run alone with `npx tsx tests/bench/classes.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices } from '../../electron/services/services';
import { writeDemoFiles } from '../../electron/services/classes/classFolders';
import { progressFilesIn } from '../../electron/services/classes/progressFiles';

const repo = path.resolve(import.meta.dirname, '../..');
const TRAINEES = 200;
const ATTEMPTS = 40;
const RUNS = 3;
const TARGET_MS = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function printClassBench(): Promise<void> {
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-bench-class-files-'));
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-bench-class-data-'));
  const s = createServices({ dataDir: data, contentRoots: [path.join(repo, 'content')], openExternal: async () => {} });
  try {
    writeDemoFiles(s.content, files, { count: TRAINEES, seed: 12, attempts: ATTEMPTS });
    const runs: { total: number; cpu: number; read: number; merge: number; tables: number; items: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { id } = s.classes.create({ name: `Bench ${run}` });
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const texts = progressFilesIn(files).map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
      const t1 = performance.now();
      const result = s.classes.importTexts(id, texts);
      const t2 = performance.now();
      const view = s.classes.view(id, 'en');
      const t3 = performance.now();
      const items = s.classes.items(id, 'en');
      const t4 = performance.now();
      if (result.trainees !== TRAINEES || view.tables.rows.length !== TRAINEES || items.length === 0) throw new Error(`the class bench imported ${result.trainees} trainees`);
      const cpu = process.cpuUsage(cpu0);
      runs.push({ total: t4 - t0, cpu: (cpu.user + cpu.system) / 1000, read: t1 - t0, merge: t2 - t1, tables: t3 - t2, items: t4 - t3 });
    }
    const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k])).toFixed(0);
    console.log(
      `bench (class) import ${TRAINEES} files x ${ATTEMPTS} attempts + every table + item analysis: ${m('total')} ms (target <= ${TARGET_MS} ms; median of ${RUNS}; CPU time ${m('cpu')} ms, which a busy machine inflates less: ` +
        `read ${m('read')} ms, check + merge + write ${m('merge')} ms, tables ${m('tables')} ms, item analysis ${m('items')} ms)`,
    );
  } finally {
    await s.close();
    fs.rmSync(files, { recursive: true, force: true });
    fs.rmSync(data, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await printClassBench();
