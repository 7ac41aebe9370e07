// The first lesson, opened cold (issue 10 §2): the start-up call does not wait for the app's code,
// and the lesson is the first thing rendered, with no "loading" pass before it.
import { test, expect } from './fixtures';
import { lessonTitle } from './packData';

const LESSON = '#/lesson/wco-ecommerce/what-is-ecommerce';
/** The app chunk (React, i18next, the shell), as index.html loads it. */
const APP_CHUNK = /\/assets\/app-[\w-]+\.js$/;

test('the start-up call leaves while the app chunk is still on its way', async ({ app: page, preview }) => {
  // Hold the app chunk back: the small boot script must send getStartup without it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_CHUNK, async (route) => {
    await held;
    // A page closed meanwhile (a failed test) has abandoned the request: nothing to continue.
    await route.continue().catch(() => undefined);
  });
  try {
    await page.goto('about:blank');
    const startup = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/getStartup');
    await page.goto(`${preview.url}${LESSON}`, { waitUntil: 'commit' });
    await startup;
  } finally {
    release();
  }
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle('basics', 'what-is-ecommerce', 'en') })).toBeVisible();
});

test('a cold lesson renders at once: no "loading" placeholder is ever on the page before it', async ({ app: page, preview }) => {
  await page.addInitScript(() => {
    const w = window as Window & { loadingSeen?: boolean };
    w.loadingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('.loading')) w.loadingSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('about:blank');
  await page.goto(`${preview.url}${LESSON}`);
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish and take the knowledge check' })).toBeEnabled();
  expect(await page.evaluate(() => (window as Window & { loadingSeen?: boolean }).loadingSeen)).toBe(false);
});
