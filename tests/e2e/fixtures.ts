// Each test gets a fresh data directory and its own preview harness, and every request the page
// makes is recorded: the app must never reach outside its own origin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startPreview, type Preview } from './previewProcess';

interface Fixtures {
  dataDir: string;
  preview: Preview;
  /** Stops the harness and starts a new one on the same data: "close the app and come back". */
  restart(): Promise<Preview>;
  app: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  preview: async ({ dataDir }, use) => {
    const holder = { current: await startPreview(dataDir) };
    await use(holder.current);
    await holder.current.stop();
  },
  restart: async ({ preview, dataDir, page }, use) => {
    let current = preview;
    const origins = new Set([preview.origin]);
    await use(async () => {
      await current.stop();
      current = await startPreview(dataDir);
      origins.add(current.origin);
      (page as Page & { allowedOrigins?: Set<string> }).allowedOrigins = origins;
      await page.goto(current.url);
      return current;
    });
    if (current !== preview) await current.stop();
  },
  app: async ({ page, preview }, use) => {
    const outside: string[] = [];
    const allowed = () => (page as Page & { allowedOrigins?: Set<string> }).allowedOrigins ?? new Set([preview.origin]);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('about:')) return;
      if (!allowed().has(new URL(url).origin)) outside.push(url);
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(preview.url);
    await use(page);
    expect(outside, 'requests that left the app origin').toEqual([]);
    expect(errors, 'page errors and CSP violations').toEqual([]);
  },
});

export { expect };
