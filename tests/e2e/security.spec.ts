// External links leave the app only after the learner confirms, and never replace the app.
import { test, expect } from './fixtures';

test('an external link asks first, and Cancel keeps the learner in the lesson', async ({ app: page, preview }) => {
  await page.goto(`${preview.url}#/lesson/wco-ecommerce/wco-response`);
  const link = page.locator('.lesson-body a[data-external="true"]').first();
  await link.click();
  const dialog = page.getByRole('dialog', { name: 'Open a web page?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('https://www.wcoomd.org');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(page.url()).toContain('#/lesson/wco-ecommerce/wco-response');
  expect(preview.output.some((l) => l.includes('would open in the system browser'))).toBe(false);
});

test('confirming hands the address to the system browser, and the app stays where it was', async ({ app: page, preview }) => {
  await page.goto(`${preview.url}#/lesson/wco-ecommerce/wco-response`);
  await page.locator('.lesson-body a[data-external="true"]').first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Open in browser' }).click();
  // In Electron this is shell.openExternal; the preview harness can only log it.
  await expect.poll(() => preview.output.some((l) => l.includes('would open in the system browser: https://www.wcoomd.org'))).toBe(true);
  expect(page.url()).toContain('#/lesson/wco-ecommerce/wco-response');
  expect(page.context().pages()).toHaveLength(1);
});

test('the API refuses calls from another origin', async ({ app: page, preview }) => {
  // A page on another origin (here: a data: URL) posting to the harness gets "bad-sender".
  const status = await page.evaluate(async (url) => {
    const res = await fetch(`${url}api/getProgress`, { method: 'POST', body: 'null', headers: { 'content-type': 'application/json' } });
    return (await res.json()) as { ok: boolean };
  }, preview.url);
  expect(status.ok).toBe(true);
  const foreign = await fetch(`${preview.url}api/getProgress`, { method: 'POST', body: 'null', headers: { origin: 'http://evil.example' } });
  expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
});

test('every response carries the Content-Security-Policy with no inline scripts', async ({ preview }) => {
  const res = await fetch(preview.url);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("default-src 'none'");
});
