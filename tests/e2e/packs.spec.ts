// Content packs in the real renderer against the real services: install a .academypack from a
// file with its progress bar, complete a lesson of it, update it to a newer version (the diff
// shown first, the progress kept), remove it (moved aside), see a refused pack explained in
// French, and a preloaded national pack first on the home screen when the policy says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scaffoldPack } from '../../src/core/packs/scaffold';
import { spawnSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { startPreview } from './previewProcess';
import { tabTo } from './keyboardActions';
import { REPO } from './previewBuild';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Builds the "national" pack at `version` into a folder of its own; `big` adds 1.5 MB of pictures so the upload takes several chunks. */
function buildNational(dir: string, version: string, opts: { big?: boolean; edit?: (f: Record<string, string | Buffer>) => void } = {}): string {
  const src = path.join(dir, `src-${version}`);
  const files: Record<string, string | Buffer> = scaffoldPack('national', ['en', 'fr']);
  files['pack.yaml'] = String(files['pack.yaml']).replace('version: 1.0.0', `version: ${version}`);
  if (opts.big) for (let i = 0; i < 60; i++) files[`media/scan-${String(i).padStart(2, '0')}.png`] = randomBytes(25 * 1024);
  opts.edit?.(files);
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, f)), { recursive: true });
    fs.writeFileSync(path.join(src, f), text);
  }
  const out = path.join(dir, `national-${version}.academypack`);
  // Built as an administration builds it (the app's modules read JSON Playwright cannot import).
  const run = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), ['electron/services/cli/pack.ts', 'build', src, '--out', out], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`pack build failed: ${run.stdout}${run.stderr}`);
  return out;
}

/** Records every value the page's progress bars take, so a bar that came and went is still seen. */
async function watchProgressBars(page: Page): Promise<() => Promise<{ value: number; max: number; label: string }[]>> {
  await page.evaluate(() => {
    const seen: { value: number; max: number; label: string }[] = [];
    (window as unknown as { __bars: typeof seen }).__bars = seen;
    const record = () =>
      document.querySelectorAll<HTMLProgressElement>('.pack-progress progress').forEach((p) => seen.push({ value: p.value, max: p.max, label: p.getAttribute('aria-label') ?? '' }));
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max', 'aria-label'] });
  });
  return () => page.evaluate(() => (window as unknown as { __bars: { value: number; max: number; label: string }[] }).__bars);
}

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

async function openPacks(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Install, update or remove content packs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Content packs');
}

test('install a pack from a file with its progress bar, finish a lesson, update it with the progress kept, remove it', async ({ app: page, dataDir }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-packs-'));
  try {
    const v1 = buildNational(dir, '1.0.0', { big: true });
    const v2 = buildNational(dir, '1.1.0', {
      edit: (f) => {
        const lesson = 'modules/national/lessons/who-declares.en.md';
        f[lesson] = `${f[lesson]}\nA paragraph added in 1.1.0.\n`;
      },
    });

    await openPacks(page);
    const bars = await watchProgressBars(page);
    await page.getByLabel('Pack file (.academypack)').setInputFiles(v1);
    await expect(page.getByRole('heading', { name: 'Ready to install: “National module”, version 1.0.0' })).toBeVisible();
    // The bar went through the upload (several chunks) and the check, each to its end.
    const seen = await bars();
    const upload = seen.filter((b) => b.label.startsWith('Reading'));
    expect(new Set(upload.map((b) => b.value)).size, JSON.stringify(upload)).toBeGreaterThanOrEqual(3);
    expect(upload.at(-1)).toMatchObject({ value: fs.statSync(v1).size, max: fs.statSync(v1).size });
    const checking = seen.filter((b) => b.label.startsWith('Checking the pack'));
    expect(checking.length, JSON.stringify(seen.slice(-5))).toBeGreaterThan(0);
    await expectNoViolations(page, 'the packs screen, ready to install');

    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.locator('.pack-installed')).toHaveText('“National module” version 1.0.0 is installed. You will find it on the home screen.');
    await expect(page.locator('.pack-row', { hasText: 'National module' })).toContainText('Version 1.0.0, in English, French · installed from a file');
    expect(fs.existsSync(path.join(dataDir, 'packs/national/pack.yaml'))).toBe(true);

    // The new pack is on the home screen; its lesson is finished by the learner.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'National module' })).toBeVisible();
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#/lesson/national/who-declares`);
    await page.getByRole('button', { name: 'Finish and take the knowledge check' }).click();
    await expect(page).toHaveURL(/#\/quiz\/national\/who-declares-check/);

    // Update: the diff first, then the update by keyboard.
    await openPacks(page);
    await page.getByLabel('Pack file (.academypack)').setInputFiles(v2);
    await expect(page.getByRole('heading', { name: 'Update “National module” from version 1.0.0 to 1.1.0' })).toBeVisible();
    await expect(page.locator('.pack-diff [data-diff="lc"]')).toContainText('1 lesson changed');
    await expect(page.locator('.pack-diff [data-diff="lc"]')).toContainText('Who declares a parcel');
    await expectNoViolations(page, 'the packs screen, update with its diff');
    await page.locator('.pack-ready').getByRole('button', { name: 'Cancel' }).focus();
    await tabTo(page, 'Update');
    await page.keyboard.press('Enter');
    await expect(page.locator('.pack-installed')).toHaveText('“National module” is updated to version 1.1.0.');
    await expect(page.locator('.pack-row', { hasText: 'National module' })).toContainText('Version 1.1.0');

    // The lesson finished in 1.0.0 is still finished in 1.1.0.
    await page.goto(`${base}#/lesson/national/who-declares`);
    await expect(page.locator('.lesson-body')).toContainText('A paragraph added in 1.1.0.');
    await expect(page.locator('.badge-pass', { hasText: 'Finished' })).toBeVisible();

    // The same version again is refused, in French, with what to do.
    await page.goto(`${base}#/settings`);
    await page.getByRole('radio', { name: 'Français' }).check();
    await page.goto(`${base}#/packs`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paquets de contenu');
    await page.getByLabel('Fichier du paquet (.academypack)').setInputFiles(v2);
    await expect(page.getByRole('alert')).toHaveText(
      'national-1.1.0.academypack n’a pas été installé. La version 1.1.0 de «\u00a0national\u00a0» n’est pas plus récente que la version installée 1.1.0\u00a0: seule une version plus récente peut la remplacer. Rien n’a été modifié dans l’application.',
    );
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'the packs screen scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    await expectNoViolations(page, 'the packs screen at 320 px, in French, with a refusal');
    await page.setViewportSize({ width: 1200, height: 900 });

    // Remove, with confirmation: moved aside, not erased.
    await page.getByRole('button', { name: 'Retirer Module national' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Retirer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'a été retiré' })).toBeVisible();
    await expect(page.locator('.pack-row', { hasText: 'Module national' })).toHaveCount(0);
    const removed = fs.readdirSync(path.join(dataDir, 'packs-removed'));
    expect(removed.some((n) => n.startsWith('national-1.1.0-'))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a pack file opened with the app arrives on the packs screen ready to check (the renderer half of "open with")', async ({ app: page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-offer-'));
  try {
    const bytes = fs.readFileSync(buildNational(dir, '1.0.0')).toString('base64');
    // Electron main copies the opened file into an upload and loads #/packs/offer/<id>; the
    // preview has no "open with", so the page makes the upload through the same API.
    const uploadId = await page.evaluate(async (data) => {
      const call = async (channel: string, arg: unknown) =>
        ((await (await fetch(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(arg) })).json()) as { value: { uploadId: string } }).value;
      const { uploadId: id } = await call('beginPackUpload', { fileName: 'national.academypack', size: atob(data).length });
      await call('uploadPackChunk', { uploadId: id, offset: 0, data });
      return id;
    }, bytes);
    await page.goto(`${page.url().replace(/#.*$/, '')}#/packs/offer/${uploadId}`);
    await expect(page.getByRole('heading', { name: 'Ready to install: “National module”, version 1.0.0' })).toBeVisible();
    await expect(page.locator('.pack-row', { hasText: 'National module' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.locator('.pack-row', { hasText: 'National module' })).toContainText('Version 1.0.0');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a pack preloaded by the administration comes first on the home screen when the policy orders it', async ({ page }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-preload-'));
  const preview = { stop: async () => {} };
  try {
    const preload = path.join(dir, 'system-packs');
    fs.mkdirSync(preload);
    fs.copyFileSync(buildNational(dir, '1.0.0'), path.join(preload, 'national.academypack'));
    const policy = path.join(dir, 'academy-policy.yaml');
    fs.writeFileSync(policy, 'packs:\n  order: [national, wco-ecommerce]\n');
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    const started = await startPreview(data, ['--policy', policy, '--preload-packs', preload]);
    preview.stop = started.stop;
    await page.goto(started.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const courses = page.locator('section.pack > h2');
    await expect(courses.first()).toHaveText('National module');
    await expect(courses.nth(1)).toHaveText('WCO cross-border e-commerce standards');
    // The way in starts with the first course: the national module.
    await expect(page.locator('.continue-card')).toContainText('Who declares a parcel');
  } finally {
    await preview.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
