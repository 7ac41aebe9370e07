// The first lesson, opened cold (issue 10 §2): the start-up call does not wait for the app's code,
// and the lesson is the first thing rendered, with no "loading" pass before it.
import { test, expect } from './fixtures';
import { lessonTitle } from './packData';

const LESSON = '#/lesson/wco-ecommerce/what-is-ecommerce';
/** The module scripts as index.html loads them: the boot chunk and the app chunk (React, i18next, the shell). */
const MODULE_CHUNKS = /\/assets\/(boot|app)-[\w-]+\.js$/;

test('the start-up call leaves before any of the app\'s modules has arrived', async ({ app: page, preview }) => {
  // Hold the module scripts back: the small classic script (earlyStartup.ts) must send getStartup without them.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(MODULE_CHUNKS, async (route) => {
    await held;
    // A page closed meanwhile (a failed test) has abandoned the request: nothing to continue.
    await route.continue().catch(() => undefined);
  });
  try {
    await page.goto('about:blank');
    const startup = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/getStartup', { timeout: 20_000 });
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

test('an early script that arrives after the app has started sends no second start-up call', async ({ app: page, preview }) => {
  // Hold the early script back until the lesson is on screen: the boot module sends the call itself.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/early-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  const calls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/getStartup') calls.push(r.url());
  });
  await page.goto('about:blank');
  // Not to 'load': the page's load event waits for the held script.
  await page.goto(`${preview.url}${LESSON}`, { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle('basics', 'what-is-ecommerce', 'en') })).toBeVisible();
  release();
  // The load event comes only once the async script has run; a round trip into the page then
  // makes sure any request it sent has been reported here.
  await page.waitForLoadState('load');
  await page.evaluate(() => 0);
  expect(calls).toHaveLength(1);
});
