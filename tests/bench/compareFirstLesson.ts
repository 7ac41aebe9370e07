// Figure (a) for two builds of the renderer side by side, for before/after comparisons on a busy
// machine: the two builds and the blank page are loaded in turns in one browser, so all three see
// the same load (a figure measured at another time is not comparable). Each build has its own
// harness and data folder; the build loaded first alternates from round to round.
//
//   npx vite build --outDir /tmp/before/renderer   (on the old code), then on the new code
//   npx vite build --outDir /tmp/after/renderer
//   npx tsx tests/bench/compareFirstLesson.ts /tmp/before/renderer /tmp/after/renderer [--runs 40]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '../../electron/services/preview/previewServer';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { FIRST_LESSON_ADDRESS, median, preparePage, REPO, serveBlank, timeToReady } from './firstLesson';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '40' } }, allowPositionals: true });
const runs = Number(values.runs);
if (positionals.length !== 2 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: tsx tests/bench/compareFirstLesson.ts RENDERER_DIR_A RENDERER_DIR_B [--runs N]');
  process.exit(2);
}
const dirs = positionals.map((d) => path.resolve(d));
for (const d of dirs) {
  if (!fs.existsSync(path.join(d, 'index.html'))) {
    console.error(`no index.html in ${d}: build the renderer there first (npx vite build --outDir ${d})`);
    process.exit(2);
  }
}

execFileSync(path.join(REPO, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--config', 'tests/bench/blank/vite.config.ts'], { cwd: REPO, stdio: 'inherit' });
const dataDirs: string[] = [];
const apps: PreviewServer[] = [];
const blank = await serveBlank();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const rendererDir of dirs) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-compare-'));
    dataDirs.push(dataDir);
    apps.push(await startPreviewServer({ rendererDir, contentRoots: [path.join(REPO, 'content')], dataDir }));
  }
  const page = await browser.newPage();
  await preparePage(page);
  for (const app of apps) await timeToReady(page, `${app.url}${FIRST_LESSON_ADDRESS}`, 'lesson'); // warm-up
  await timeToReady(page, blank.url, 'blank');
  const times: number[][] = [[], []];
  const blankTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 === 0 ? [0, 1] : [1, 0]) {
      times[which]!.push(await timeToReady(page, `${apps[which]!.url}${FIRST_LESSON_ADDRESS}`, 'lesson'));
      blankTimes.push(await timeToReady(page, blank.url, 'blank'));
    }
  }
  const b = median(blankTimes);
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; blank page ${b.toFixed(0)} ms (median of ${blankTimes.length})`);
  times.forEach((t, i) => console.log(`${i === 0 ? 'A' : 'B'} ${dirs[i]}: first lesson ${median(t).toFixed(0)} ms = ${(median(t) / b).toFixed(2)}x the blank page (median of ${runs})`));
} finally {
  await browser.close();
  blank.close();
  for (const app of apps) await app.close();
  for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
}
