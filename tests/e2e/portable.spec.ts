// The progress screen and portable progress files, in the real renderer against the real services:
// charts come with table alternatives and pass axe, everything works by keyboard, study time shows
// up, an exported file is the learner's record with a valid hash, a tampered copy is refused with
// its reason, and a valid one is only summarised until the learner confirms the restore.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { canonicalJson } from '../../src/core/portable/format';
import { test, expect } from './fixtures';
import { tabTo } from './keyboardActions';
import { learnerDir } from '../learnerDir';
import { quizKey } from './packData';
import { answerQuiz } from './quizActions';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LESSON = 'std-01-legal-framework-aed';
const CHECK = 'std-01-legal-framework-aed-check';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The learner's record as the app's own API returns it (same origin, like the renderer). */
async function record(page: Page): Promise<{ attempts: { id: string }[]; lessons: Record<string, unknown> }> {
  return page.evaluate(async () => {
    const res = await fetch('/api/getProgress', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' });
    return ((await res.json()) as { value: { attempts: { id: string }[]; lessons: Record<string, unknown> } }).value;
  });
}

/** Studies the Standard 1 lesson for a moment, then takes its check: two answers right, two wrong. */
async function study(page: Page) {
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/lesson/wco-ecommerce/${LESSON}`);
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(100 + i * 40, 200);
    await page.waitForTimeout(400);
  }
  await page.goto(`${base}#/quiz/wco-ecommerce/${CHECK}`);
  await answerQuiz(page, quizKey('aed-risk', CHECK, 'en'), 2, 'en');
  await expect(page.locator('.score-card')).toBeVisible();
}

async function openProgress(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My progress');
  await expect(page.locator('figure.chart').first()).toBeVisible();
}

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
  expect(results.passes.length, `axe found nothing to check on ${what}`).toBeGreaterThan(10);
}

test('the progress screen: four charts, each an accessible image with a table, study time, weak topics, axe clean', async ({ app: page }) => {
  test.setTimeout(120_000); // a quiz and axe over long tables, on a busy machine
  await study(page);
  await openProgress(page);

  const figures = page.locator('figure.chart');
  await expect(figures).toHaveCount(4);
  for (const figure of await figures.all()) {
    const svg = figure.locator('svg[role="img"]');
    await expect(svg).toHaveCount(1);
    // Named by its <title>, described by its <desc>: both present and not empty.
    const [titleId, descId] = ((await svg.getAttribute('aria-labelledby')) ?? '').split(' ');
    await expect(figure.locator(`[id="${titleId}"]`)).not.toBeEmpty();
    await expect(figure.locator(`[id="${descId}"]`)).not.toBeEmpty();
    await expect(figure.locator('details > summary')).toHaveText('Show as a table');
    await expect(figure.locator('details table')).toBeHidden();
  }

  // Scores: the check's attempt at 50%, below its pass mark, shown as "Not passed" (not by colour).
  const scores = page.locator('[data-chart="chart-scores-wco-ecommerce"]');
  await expect(scores.locator('desc')).toContainText('last score 50%');
  await expect(scores.locator('svg[role="img"] .chart-point-fail')).toHaveCount(1);
  await scores.locator('summary').click();
  await expect(scores.locator('tbody tr')).toHaveCount(1);
  await expect(scores.locator('tbody tr td').last()).toHaveText('Not passed');

  // Time: the lesson studied has time, a lesson never opened has none.
  const time = page.locator('[data-chart="chart-time-wco-ecommerce"]');
  await time.locator('summary').click();
  await expect(time.locator(`tr[data-lesson="${LESSON}"] td`)).toHaveText('under a minute');
  await expect(time.locator('tr[data-lesson="what-is-ecommerce"] td')).toHaveText('none yet');

  // Weak topics: the check's questions are all tagged std-1, answered half right.
  const topics = page.locator('[data-chart="chart-topics-wco-ecommerce"]');
  await topics.locator('summary').click();
  await expect(topics.locator('tbody tr')).toHaveCount(1);
  await expect(topics.locator('tbody tr th')).toContainText('Standard 1');
  await expect(topics.locator('tbody tr td').last()).toHaveText('50%');

  await page.locator('[data-chart="chart-completion-wco-ecommerce"] summary').click();
  await expectNoViolations(page, 'progress screen (en, tables open)');
});

test('the progress screen in French: four charts, tables open, axe clean', async ({ app: page }) => {
  test.setTimeout(120_000); // a quiz and axe over long tables, on a busy machine
  await study(page);
  await page.goto(page.url().replace(/#.*$/, '') + '#/settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('navigation').getByRole('link', { name: 'Ma progression' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ma progression');
  await expect(page.locator('figure.chart')).toHaveCount(4);
  for (const s of await page.locator('figure.chart summary').all()) await s.click();
  await expectNoViolations(page, 'progress screen (fr, tables open)');
});

test('the progress screen works by keyboard alone', async ({ app: page }) => {
  await study(page);
  await page.goto(page.url().replace(/#.*$/, '') + '#/');
  await tabTo(page, 'My progress');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My progress');
  // Each "Show as a table" opens with the keyboard.
  const completion = page.locator('[data-chart="chart-completion-wco-ecommerce"]');
  await tabTo(page, 'Show as a table');
  await page.keyboard.press('Enter');
  await expect(completion.locator('table')).toBeVisible();
  // The quiz picker is a native select; the save button and the file input are reachable.
  await tabTo(page, /Quiz shown in the chart/);
  await tabTo(page, 'Save my progress to a file');
  await tabTo(page, 'Progress file (.json)');
});

test('export, then import: a tampered copy is refused with its reason; a valid one is summarised and changes nothing until confirmed', async ({ app: page, dataDir }) => {
  await study(page);
  await openProgress(page);

  // Export: the download is the learner's record, with a hash over its canonical body.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my progress to a file' }).click()]);
  // Named after the learner (the first profile is "Learner 1"), for the trainer who collects them.
  expect(download.suggestedFilename()).toMatch(/^academy-progress-learner-1-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'cea-progress', version: 1, learner: { name: 'Learner 1' } });
  expect(exported.hash).toBe(`sha256-${sha256(canonicalJson(exported.body))}`);
  const mine = await record(page);
  expect(exported.body.progress.attempts.map((a: { id: string }) => a.id)).toEqual(mine.attempts.map((a) => a.id));
  expect(exported.body.studyTime.lessons[`wco-ecommerce/${LESSON}`]).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();

  const input = page.getByLabel('Progress file (.json)');
  const choose = (name: string, file: unknown) => input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });

  // A tampered copy: a better score, hash left as it was.
  const tampered = structuredClone(exported);
  tampered.body.progress.attempts[0].score = 1;
  tampered.body.progress.attempts[0].passed = true;
  await choose('tampered.json', tampered);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file tampered.json cannot be used.');
  await expect(alert).toHaveAttribute('data-reason', 'portable.reason.hash-mismatch');
  await expect(alert).toContainText(/changed or damaged after it was saved/);
  await expect(page.locator('.portable-summary')).toHaveCount(0);

  // Another learner's file with one attempt and one finished lesson this record lacks (valid hash).
  const other = structuredClone(exported);
  const extra = { ...other.body.progress.attempts[0], id: 'attempt-from-another-computer', finishedAt: '2026-03-01T10:00:00.000Z', startedAt: '2026-03-01T09:55:00.000Z' };
  other.body.progress.attempts.push(extra);
  other.body.progress.lessons['wco-ecommerce/what-is-ecommerce'] = { openedAt: '2026-03-01T09:00:00.000Z', finishedAt: '2026-03-01T09:20:00.000Z' };
  other.hash = `sha256-${sha256(canonicalJson(other.body))}`;
  const learner = learnerDir(dataDir);
  const progressFile = path.join(learner, 'progress.json');
  const before = fs.readFileSync(progressFile);
  await choose('from-trainer.json', other);
  const summary = page.locator('.portable-summary');
  await expect(summary.getByRole('heading', { name: 'What from-trainer.json holds' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(summary.locator('.portable-changes li')).toHaveText(['1 lesson you have not opened on this computer', '1 quiz attempt']);
  await expect(summary).toContainText('Your record has not been changed.');
  // Nothing changed yet: not the record, not the file on disk.
  expect((await record(page)).attempts).toHaveLength(1);
  expect(fs.readFileSync(progressFile).equals(before)).toBe(true);

  // Cancelling the confirmation changes nothing either.
  await summary.getByRole('button', { name: 'Restore from this file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from this progress file?' });
  await expect(dialog).toContainText('Quiz attempts added: 1.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await record(page)).attempts).toHaveLength(1);
  expect(fs.readFileSync(progressFile).equals(before)).toBe(true);

  // Confirmed: merged, with a backup of the record as it was.
  await summary.getByRole('button', { name: 'Restore from this file…' }).click();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('.portable-restored')).toContainText('Restored from from-trainer.json.');
  await expect(page.locator('.portable-restored')).toContainText('restore-backups');
  const after = await record(page);
  // In order of finishing: the other computer's attempt (March) comes first.
  expect(after.attempts.map((a) => a.id)).toEqual(['attempt-from-another-computer', ...mine.attempts.map((a) => a.id)]);
  expect(Object.keys(after.lessons)).toContain('wco-ecommerce/what-is-ecommerce');
  const backups = fs.readdirSync(path.join(learner, 'restore-backups'));
  expect(backups).toHaveLength(1);
  expect(JSON.parse(fs.readFileSync(path.join(learner, 'restore-backups', backups[0]!), 'utf8')).body.progress.attempts).toHaveLength(1);
  // The screen's figures follow: two attempts at the check now.
  await expect(page.locator('[data-chart="chart-scores-wco-ecommerce"] svg[role="img"] .chart-point-fail')).toHaveCount(2);
});

test('a file too large is refused in the page, before it is read or sent', async ({ app: page }) => {
  await openProgress(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByLabel('Progress file (.json)').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
  const alert = page.getByRole('alert');
  await expect(alert).toHaveAttribute('data-reason', 'portable.reason.too-large');
  await expect(alert).toContainText(/too large \(6\.0 MB; the limit is 5\.0 MB\)/);
  expect(requests.filter((u) => u.includes('/api/inspectProgressFile'))).toEqual([]);
});
