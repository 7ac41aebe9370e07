// Browser e2e: Playwright drives Debian's Chromium against the preview harness (real services,
// real files, real renderer). Playwright's own browser download cannot work offline.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/globalSetup.ts',
  globalTeardown: './tests/e2e/globalTeardown.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // axe on long lesson pages and a fresh preview harness per test take time on a 2-core machine.
  timeout: 180_000,
  // Expectations wait for screens loaded on first use (lazy chunks, then their API call); on a
  // 2-core machine at load 30 that can take several seconds, past Playwright's 5 s default. A
  // lasting problem still fails, only later.
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1200, height: 900 },
    trace: 'off',
  },
});
