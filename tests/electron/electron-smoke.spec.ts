// Electron e2e smoke test: the built app starts on a fresh data folder, shows the home screen,
// exposes the typed API and nothing of Node, and refuses to navigate or open windows.
// Run through tests/electron/run.ts, which skips (and says so) where there is no Electron binary.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainScript = path.join(repoRoot, 'out', 'main', 'index.js');

function electronExecutable(): string {
  const fromRunner = process.env['ACADEMY_ELECTRON_PATH'];
  if (fromRunner) return fromRunner;
  return createRequire(import.meta.url)('electron') as string;
}

let dataDir: string;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  expect(existsSync(mainScript), `${mainScript} is missing: run npx electron-vite build`).toBe(true);
  dataDir = await mkdtemp(path.join(tmpdir(), 'academy-electron-e2e-'));
  const args = [mainScript];
  // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer stays
  // sandboxed by webPreferences either way.
  if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox');
  app = await electron.launch({
    executablePath: electronExecutable(),
    args,
    cwd: repoRoot,
    env: { ...process.env, ACADEMY_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
  });
  page = await app.firstWindow();
});

test.afterEach(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('starts on the home screen with the typed API and without Node', async () => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/academy\//);

  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      academy: typeof w['academy'],
      require: typeof w['require'],
      process: typeof w['process'],
      module: typeof w['module'],
      ipcRenderer: typeof w['ipcRenderer'],
    };
  });
  expect(globals).toEqual({
    academy: 'object',
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
  });

  // A round trip through the preload, IPC, the sender check and the services.
  const settings = await page.evaluate(() =>
    (window as unknown as { academy: { getSettings(): Promise<{ language: string }> } }).academy.getSettings(),
  );
  expect(typeof settings.language).toBe('string');

  // The data went to the folder we asked for.
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(userData).toBe(dataDir);
});

test('does not open new windows or navigate away', async () => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const before = page.url();

  await page.evaluate(() => {
    window.open('https://example.org/', '_blank');
  });
  await page.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(500);

  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toBe(before);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
