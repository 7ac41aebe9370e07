// Figure (a) of the bench, shared by run.ts and compareFirstLesson.ts: the blank Vite + React page
// served like the app, and the time from navigation until a page is ready, by the page's own clock.
import http from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createStaticHandler } from '../../electron/services/staticFiles';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/securityPolicy';

export const REPO = path.resolve(import.meta.dirname, '../..');
/** The lesson bench (a) opens cold. */
export const FIRST_LESSON_HASH = '#/lesson/wco-ecommerce/what-is-ecommerce';

export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};
export const median = (xs: number[]) => quantile(xs, 0.5);

/** Serves the blank page the same way the harness serves the app (same static handler, same CSP). */
export async function serveBlank(): Promise<{ url: string; close(): void }> {
  const handle = createStaticHandler({ mounts: [{ prefix: '/', dir: path.join(REPO, 'out/bench-blank') }], csp: CONTENT_SECURITY_POLICY, spaFallback: 'index.html' });
  const server = http.createServer(async (req, res) => {
    const r = await handle(new Request(new URL(req.url ?? '/', 'http://127.0.0.1')));
    const headers: Record<string, string> = {};
    r.headers.forEach((v, k) => (headers[k] = v));
    res.writeHead(r.status, headers).end(Buffer.from(await r.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** ms from navigation start until the page is ready, by the page's own clock. */
export async function timeToReady(page: Page, url: string, kind: 'lesson' | 'blank'): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  // Polled inside the page with page.evaluate (the app's CSP rightly forbids evaluating strings,
  // which waitForFunction would need).
  return page.evaluate(async (k) => {
    const ready = () => {
      if (k === 'blank') return !!document.querySelector('h1');
      // A lesson is interactive when its text and its "finish" button are on screen.
      const b = document.querySelector<HTMLButtonElement>('.lesson-nav button.primary');
      return !!(b && !b.disabled && document.querySelector('.lesson-body h2'));
    };
    await new Promise<void>((resolve, reject) => {
      const give_up = setTimeout(() => reject(new Error(`not ready after 20 s: ${location.href}`)), 20_000);
      const check = () => {
        if (!ready()) return requestAnimationFrame(check);
        clearTimeout(give_up);
        resolve();
      };
      check();
    });
    return performance.now();
  }, kind);
}
