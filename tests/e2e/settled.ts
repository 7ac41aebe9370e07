// A screen has settled when no API call is still on its way and its layout has stopped moving.
// Parts of a screen arrive after it first shows (the home screen's review card, for one); on a
// busy machine they can come a second later and push what is below them down the page. A check
// of where the focused control sits must wait for them, or it measures the loading, not the layout.
import type { Page, Request } from '@playwright/test';
import { expect } from './fixtures';

/** Starts counting the page's API calls; `settled()` waits until none is pending and the layout holds still. */
export function watchApiCalls(page: Page): { settled(): Promise<void> } {
  const pending = new Set<Request>();
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) pending.add(r);
  });
  const done = (r: Request) => pending.delete(r);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async settled() {
      await expect.poll(() => pending.size, { message: 'API calls still pending' }).toBe(0);
      // The answer is in, but the screen renders it a task or two later: the page's height and
      // content must stay the same over two frames and a short pause.
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const signature = () => `${document.documentElement.scrollHeight}:${document.body.getElementsByTagName('*').length}`;
              const before = signature();
              await new Promise((r) => setTimeout(r, 100));
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              return before === signature();
            }),
          { message: 'the screen is still changing' },
        )
        .toBe(true);
    },
  };
}
