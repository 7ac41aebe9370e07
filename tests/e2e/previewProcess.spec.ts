// The preview the browser tests start, as a specification of its clean-up: a start that fails
// (the preview refuses its arguments, or prints no URL in time) leaves no process behind, and
// neither does a stopped one. Processes are found by the test's own data folder in their
// command line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { startPreview } from './previewProcess';
import { processesRunning } from './processes';

let dataDir: string;
test.beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-preview-proc-'));
});
test.afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a preview that exits before it is ready is reported, with its output, and leaves nothing running', async () => {
  await expect(startPreview(dataDir, ['--port', 'not-a-port'])).rejects.toThrow(/exited \(2\) before it was ready[\s\S]*--port must be a number/);
  expect(processesRunning(dataDir)).toEqual([]);
});

test('a preview that prints no URL in time is killed with its whole process group', async () => {
  await expect(startPreview(dataDir, [], { startTimeoutMs: 1 })).rejects.toThrow(/printed no URL within/);
  expect(processesRunning(dataDir)).toEqual([]);
});

test('a started preview answers, and once stopped leaves nothing running', async () => {
  const preview = await startPreview(dataDir);
  expect(processesRunning(dataDir).length).toBeGreaterThan(0);
  const res = await fetch(preview.url);
  expect(res.status).toBe(200);
  await preview.stop();
  expect(processesRunning(dataDir)).toEqual([]);
});
