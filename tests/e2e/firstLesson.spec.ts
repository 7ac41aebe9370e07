// The first lesson, opened cold (issue 10 §2): the start-up call does not wait for the app's code,
// and the lesson is the first thing rendered, with no "loading" pass before it.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonTitle } from './packData';
import { addressFor, openQueryFor } from '../../src/core/api/startup';

const LESSON = '#/lesson/wco-ecommerce/what-is-ecommerce';
const FIRST_TITLE = lessonTitle('basics', 'what-is-ecommerce', 'en');

/** The getStartup calls the page makes from now on. */
function startupCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/getStartup') calls.push(r.postData() ?? '');
  });
  return calls;
}

/** The app chunk (React, i18next, the shell), as index.html loads it. */
const APP_CHUNK = /\/assets\/app-[\w-]+\.js$/;

test('at a bare hash address, the start-up call leaves before the app chunk has arrived', async ({ app: page, preview }) => {
  // Hold the app chunk back: the small boot chunk (startupCalls.ts) must send getStartup without it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_CHUNK, async (route) => {
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

test('a lesson address as the app writes it (?open=…) carries the lesson: no start-up call at all', async ({ app: page, preview }) => {
  const calls = startupCalls(page);
  await page.goto('about:blank');
  await page.goto(`${preview.url}${addressFor(LESSON)}`);
  await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish and take the knowledge check' })).toBeEnabled();
  await page.waitForLoadState('load');
  await page.evaluate(() => 0);
  expect(calls).toEqual([]);
});

test('the address follows the screen, so a reload opens the screen on show with its data in the page', async ({ app: page, preview }) => {
  await page.goto(`${preview.url}${addressFor(LESSON)}`);
  await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible();
  // An ordinary hash link, as the lesson's "next" link is.
  await page.evaluate(() => (window.location.hash = '#/lesson/wco-ecommerce/channels'));
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle('basics', 'channels', 'en') })).toBeVisible();
  await expect(page).toHaveURL(/\?open=\/lesson\/wco-ecommerce\/channels#\/lesson\/wco-ecommerce\/channels$/);
  // Back and forward between two entries whose queries differ (no hashchange then, popstate).
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible();
  await expect(page).toHaveURL(/\?open=\/lesson\/wco-ecommerce\/what-is-ecommerce#\/lesson\/wco-ecommerce\/what-is-ecommerce$/);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle('basics', 'channels', 'en') })).toBeVisible();
  const calls = startupCalls(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle('basics', 'channels', 'en') })).toBeVisible();
  await page.evaluate(() => 0);
  expect(calls).toEqual([]);
});

test('an address whose query names another screen than its hash opens the hash\'s screen, with the call', async ({ app: page, preview }) => {
  const calls = startupCalls(page);
  await page.goto('about:blank');
  await page.goto(`${preview.url}${openQueryFor('#/lesson/wco-ecommerce/channels')}${LESSON}`);
  await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible();
  await page.waitForLoadState('load');
  await page.evaluate(() => 0);
  expect(calls).toHaveLength(1);
  expect(JSON.parse(calls[0]!)).toEqual({ lesson: { packId: 'wco-ecommerce', lessonId: 'what-is-ecommerce' } });
  await expect(page).toHaveURL(new RegExp(`\\?open=/lesson/wco-ecommerce/what-is-ecommerce${LESSON}$`));
});

test('a learner\'s name in the data the page carries is shown as text and runs nothing', async ({ app: page, preview }) => {
  const hostile = '</script><script>window.pwned = 1</script><!--';
  const created = await page.evaluate(async (name) => {
    const res = await fetch('/api/createProfile', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
    return ((await res.json()) as { ok: boolean }).ok;
  }, hostile);
  expect(created).toBe(true);
  const calls = startupCalls(page);
  await page.goto('about:blank');
  await page.goto(`${preview.url}${addressFor('#/profiles')}`);
  await expect(page.getByText(hostile, { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as Window & { pwned?: number }).pwned)).toBeUndefined();
  expect(calls).toEqual([]);
});

test('the home address the desktop app opens (?open=/#/) shows the course map with no start-up call', async ({ app: page, preview }) => {
  const calls = startupCalls(page);
  await page.goto('about:blank');
  await page.goto(`${preview.url}${addressFor('#/')}`);
  await expect(page.getByRole('link', { name: /Module 1: Cross-border e-commerce and customs: the basics/ })).toBeVisible();
  await page.evaluate(() => 0);
  expect(calls).toEqual([]);
});
