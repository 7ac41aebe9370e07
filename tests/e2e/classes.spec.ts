// Trainer area → Classes, in English and in French, in the real renderer against the real
// services: a folder of 20 valid progress files (made by the demo generator from the real course)
// and 3 bad ones is imported; each bad one is reported with its reason, the 20 are in the roster;
// the table is sorted and filtered by group; the item analysis opens; the roster CSV is
// downloaded and its bytes checked (BOM, header in the language, one row per trainee). Axe-clean.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import type { TFunction } from 'i18next';
import { test, expect } from './fixtures';
import { translator } from './locales';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const repo = path.resolve(import.meta.dirname, '../..');
const TRAINEES = 20;

let folder = '';
const downloads: string[] = [];

const translators: Record<string, TFunction> = {};

test.beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-class-files-'));
  // The demo generator, as a trainer would run it: 20 valid files from the real course.
  execFileSync(path.join(repo, 'node_modules/.bin/tsx'), ['electron/services/cli/class.ts', 'demo', folder, '--trainees', String(TRAINEES), '--seed', '20'], { cwd: repo, stdio: 'pipe' });
  const files = fs.readdirSync(folder).sort().map((f) => path.join(folder, f));
  expect(files).toHaveLength(TRAINEES);
  for (const lang of ['en', 'fr']) translators[lang] = await translator(lang);
  // Three bad ones: not JSON, edited after it was saved (its seal no longer matches), not a progress file.
  fs.writeFileSync(path.join(folder, 'zz-1-notes.json'), 'Liste des stagiaires, jour 1');
  const edited = JSON.parse(fs.readFileSync(files[0]!, 'utf8'));
  edited.body.studyTime.lessons = { ...edited.body.studyTime.lessons, 'wco-ecommerce/channels': 1 };
  fs.writeFileSync(path.join(folder, 'zz-2-edited.json'), JSON.stringify(edited));
  fs.writeFileSync(path.join(folder, 'zz-3-other.json'), JSON.stringify({ format: 'moodle-backup', version: 3 }));
});

test.afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
  for (const d of downloads) fs.rmSync(d, { recursive: true, force: true });
});

const base = (page: Page) => page.url().replace(/#.*$/, '');

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const lang of ['en', 'fr'] as const) {
  const t = (key: string, params?: Record<string, string | number>) => translators[lang]!(key, params);

  test(`a class from a folder of progress files (${lang})`, async ({ app: page }) => {
    test.setTimeout(240_000); // 23 files through the real checks, axe on long tables, on a busy machine
    if (lang === 'fr') {
      await page.goto(`${base(page)}#/settings`);
      await page.getByRole('radio', { name: 'Français' }).check();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    }
    // From the trainer tools to the classes.
    await page.goto(`${base(page)}#/trainer`);
    await page.getByRole('link', { name: t('classes.ui.open') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('classes.ui.title') })).toBeVisible();

    await page.getByLabel(t('classes.ui.create.name')).fill(lang === 'fr' ? 'Dakar, session de mars' : 'Nairobi, March course');
    await page.getByLabel(t('classes.ui.create.groups')).fill(lang === 'fr' ? 'Matin, Après-midi' : 'Morning, Afternoon');
    await page.getByRole('button', { name: t('classes.ui.create.button') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'fr' ? 'Dakar, session de mars' : 'Nairobi, March course');

    // The whole folder: the 20 import, each bad file is listed with its reason.
    await page.getByLabel(t('classes.ui.import.folder')).setInputFiles(folder);
    await expect(page.locator('.class-import-summary')).toHaveText(t('classes.ui.import.done', { count: TRAINEES, unchanged: 0, trainees: TRAINEES }), { timeout: 120_000 });
    const rejected = page.locator('.class-rejected');
    await expect(rejected.getByRole('listitem')).toHaveCount(3);
    await expect(rejected).toContainText(t('classes.ui.import.rejectedLine', { file: 'zz-1-notes.json', reason: t('portable.reason.not-json') }));
    await expect(rejected).toContainText(t('classes.ui.import.rejectedLine', { file: 'zz-2-edited.json', reason: t('portable.reason.hash-mismatch') }));
    await expect(rejected).toContainText(t('classes.ui.import.rejectedLine', { file: 'zz-3-other.json', reason: t('portable.reason.unknown-format') }));

    const roster = page.locator('table.class-roster tbody tr');
    await expect(roster).toHaveCount(TRAINEES);
    await expectNoViolations(page, `the class screen (${lang})`);
    // Reflow at 320 CSS px: the wide tables scroll in their own box, never the page.
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize(size);

    // Sort by completion, then the other way: the order follows the figures.
    const completion = page.locator('table.class-roster').getByRole('button', { name: t('classes.ui.roster.completion') });
    await completion.click();
    await expect(page.locator('table.class-roster th[aria-sort="ascending"]')).toHaveCount(1);
    const percents = async () => (await page.locator('table.class-roster tbody tr td:nth-child(3)').allTextContents()).map((s) => Number(/\d+/.exec(s)?.[0]));
    const up = await percents();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(new Set(up).size, 'demo trainees reach different points of the course').toBeGreaterThan(2);
    await completion.click();
    await expect(page.locator('table.class-roster th[aria-sort="descending"]')).toHaveCount(1);
    const down = await percents();
    expect(down).toEqual([...down].sort((a, b) => b - a));

    // Filter by group: put the first trainee in the first group, then show that group only.
    const first = page.locator('table.class-roster tbody tr').first();
    const name = (await first.locator('th').textContent())!;
    const group = lang === 'fr' ? 'Matin' : 'Morning';
    await first.getByRole('combobox').selectOption(group);
    await expect(page.locator('table.class-roster tbody tr').filter({ hasText: name }).getByRole('combobox')).toHaveValue(group);
    await page.getByLabel(t('classes.ui.roster.filter')).selectOption(group);
    await expect(roster).toHaveCount(1);
    await expect(roster.first().locator('th')).toHaveText(name);
    await expect(page.locator('table.class-matrix tbody tr')).toHaveCount(1);
    await page.getByLabel(t('classes.ui.roster.filter')).selectOption('*');
    await expect(roster).toHaveCount(TRAINEES);

    // The item analysis: every quiz taken, each question with its figures.
    await page.getByRole('button', { name: t('classes.ui.items.open') }).click();
    await expect(page.getByRole('heading', { name: t('classes.ui.items.heading') })).toBeVisible();
    const quizzes = page.locator('details.quiz-items');
    await expect(quizzes.first()).toBeVisible({ timeout: 60_000 });
    await quizzes.first().locator('summary').click();
    await expect(quizzes.first().locator('tbody tr').first()).toBeVisible();
    await quizzes.first().getByRole('button', { name: t('classes.ui.items.showQuestion') }).first().click();
    await expect(quizzes.first().locator('.item-detail').first()).toContainText('quizzes/');
    // The demo concentrates wrong answers on a few questions: some question is flagged.
    await expect(page.locator('tr.item-flagged').first()).toBeAttached();

    // The roster as CSV: BOM, the header in the language, one row per trainee.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('classes.ui.export.roster') }).click()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-class-csv-'));
    downloads.push(dir);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    const sep = lang === 'fr' ? ';' : ',';
    expect(lines[0]!.startsWith([t('classes.csv.name'), t('classes.csv.group'), t('classes.csv.completion')].join(sep))).toBe(true);
    expect(lines).toHaveLength(TRAINEES + 1);
    expect(lines.some((l) => l.startsWith(`${name}${sep}${group}${sep}`))).toBe(true);
  });
}
