// Figure (a) of the bench, shared by run.ts and compareFirstLesson.ts: the blank Vite + React page
// served like the app, and the time from navigation until a page is ready, by the page's own clock.
import http from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createStaticHandler, HASHED_BUILD_ASSET } from '../../electron/services/staticFiles';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/securityPolicy';
import { addressFor } from '../../src/core/api/startup';

export const REPO = path.resolve(import.meta.dirname, '../..');
/** The lesson bench (a) opens cold. */
export const FIRST_LESSON_HASH = '#/lesson/wco-ecommerce/what-is-ecommerce';
/**
 * Its address as the app writes it (the router keeps the query naming the screen, so a reload,
 * a restored window or a bookmark opens this way): the page then carries its start-up data.
 */
export const FIRST_LESSON_ADDRESS = addressFor(FIRST_LESSON_HASH);

export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};
export const median = (xs: number[]) => quantile(xs, 0.5);

/** Serves the blank page the same way the harness serves the app (same static handler, same CSP). */
export async function serveBlank(): Promise<{ url: string; close(): void }> {
  const handle = createStaticHandler({ mounts: [{ prefix: '/', dir: path.join(REPO, 'out/bench-blank') }], csp: CONTENT_SECURITY_POLICY, spaFallback: 'index.html', immutable: HASHED_BUILD_ASSET });
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

/**
 * The clock runs inside the page from its first instant: an init script (run before any of the
 * page's own scripts) watches the DOM, notes when the page is ready (`dom`), and then the start of
 * the next frame, the first that can show it (`frame`). Asking the page from outside instead (a
 * poll started by page.evaluate after the navigation commits) measured Playwright's round trip as
 * much as the page: the blank page's heading was often in the DOM 10 ms before the poll began.
 */
const READY_PROBE = `(() => {
  const kind = /[?&]bench=(lesson|blank)(&|$)/.exec(location.search)?.[1];
  if (!kind) return;
  const ready = kind === 'blank'
    ? () => !!document.querySelector('h1')
    // A lesson is interactive when its text and its enabled "finish" button are on the page.
    : () => {
        const b = document.querySelector('.lesson-nav button.primary');
        return !!(b && !b.disabled && document.querySelector('.lesson-body h2'));
      };
  const result = (window.__benchReady = {});
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    result.dom = performance.now();
    requestAnimationFrame(() => { result.frame = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Once per page, before the first timeToReady: the in-page clock, and tsx's __name helper. */
export async function preparePage(page: Page): Promise<void> {
  // tsx (esbuild keepNames) wraps named functions in __name(); give evaluated code a no-op one.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(READY_PROBE);
}

/** Adds the query that tells the in-page clock what "ready" means; the app and the blank page ignore it. */
function benchUrl(url: string, kind: 'lesson' | 'blank'): string {
  const u = new URL(url);
  u.searchParams.set('bench', kind);
  return u.toString();
}

export interface ReadyTimes {
  /** ms from navigation start until the page's DOM is ready (exact, from a MutationObserver). */
  dom: number;
  /** ms until the start of the next frame: the first that can show the ready page. */
  frame: number;
}

/** Loads `url` cold (from about:blank) and returns when it was ready, by the page's own clock. */
export async function readyTimes(page: Page, url: string, kind: 'lesson' | 'blank'): Promise<ReadyTimes> {
  await page.goto('about:blank');
  await page.goto(benchUrl(url, kind), { waitUntil: 'commit' });
  // Polled with page.evaluate: the app's CSP rightly forbids evaluating strings (waitForFunction).
  return page.evaluate(async () => {
    const w = window as unknown as { __benchReady?: Partial<ReadyTimes> };
    const started = performance.now();
    for (;;) {
      const r = w.__benchReady;
      if (!r) throw new Error(`no in-page clock on ${location.href}: call preparePage first`);
      if (r.dom !== undefined && r.frame !== undefined) return { dom: r.dom, frame: r.frame };
      if (performance.now() - started > 20_000) throw new Error(`not ready after 20 s: ${location.href}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
}

/** ms from navigation start until the first frame that can show the ready page. */
export async function timeToReady(page: Page, url: string, kind: 'lesson' | 'blank'): Promise<number> {
  return (await readyTimes(page, url, kind)).frame;
}
