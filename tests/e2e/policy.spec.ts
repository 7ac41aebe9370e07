// The administration's policy in the browser: languages: [fr] leaves French alone in Settings
// (English is not offered, and the learner is told why); a policy file the app cannot use shows
// the learner one short notice, never the file, the line or the problem, which go to the log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { startPreview, type Preview } from './previewProcess';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A preview with a fresh data folder and a policy file holding `yaml`; both removed afterwards. */
async function withPolicy(yaml: string, run: (preview: Preview, dataDir: string, policyFile: string) => Promise<void>): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-policy-'));
  const policyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-policy-file-'));
  const policyFile = path.join(policyDir, 'academy-policy.yaml');
  fs.writeFileSync(policyFile, yaml);
  let preview: Preview | undefined;
  try {
    preview = await startPreview(dataDir, ['--policy', policyFile]);
    await run(preview, dataDir, policyFile);
  } finally {
    await preview?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(policyDir, { recursive: true, force: true });
  }
}

test('a policy restricting languages to French hides English in Settings', async ({ page }) => {
  await withPolicy('languages: [fr]\n', async (preview) => {
    await page.goto(`${preview.url}#/settings`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const group = page.getByRole('group', { name: /^Langue/ });
    await expect(group.getByRole('radio')).toHaveCount(1);
    await expect(group.getByRole('radio', { name: 'Français' })).toBeChecked();
    await expect(group.getByRole('radio', { name: 'English' })).toHaveCount(0);
    await expect(group).toContainText('Votre administration a choisi les langues proposées sur cet ordinateur.');
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test('without a policy both languages are offered', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-policy-'));
  const preview = await startPreview(dataDir);
  try {
    await page.goto(`${preview.url}#/settings`);
    await expect(page.getByRole('radio')).toHaveCount(2);
    await expect(page.getByText('Your administration chose the languages')).toHaveCount(0);
  } finally {
    await preview.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a policy file with problems: one short notice for the learner, the detail in the log', async ({ page }) => {
  await withPolicy('languages: [fr, de]\norganizationName: Customs\n', async (preview, dataDir, policyFile) => {
    await page.goto(preview.url);
    const notice = page.getByText('The settings from your administration could not be read, so the app runs with its defaults.');
    await expect(notice).toBeVisible();
    // The policy was not applied: English is still offered.
    await page.goto(`${preview.url}#/settings`);
    await expect(page.getByRole('radio')).toHaveCount(2);
    await page.goto(preview.url);
    const body = (await page.locator('body').innerText()).toLowerCase();
    for (const detail of ['academy-policy.yaml', 'organizationname', 'line 2', 'languages[1]']) expect(body, detail).not.toContain(detail);
    const log = fs.readFileSync(path.join(dataDir, 'logs', 'policy.log'), 'utf8');
    expect(log).toContain(`${policyFile}:1: "languages[1]" must be a language of the app (en, fr)`);
    expect(log).toContain(`${policyFile}:2: unknown field "organizationName"`);
  });
});

test('profiles.pinRequired: a first start asks the first learner for a name and a PIN, and refuses none', async ({ page }) => {
  await withPolicy('profiles:\n  pinRequired: true\n', async (preview) => {
    await page.goto(preview.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
    const form = page.getByRole('group', { name: 'PIN (required)' });
    await expect(form).toContainText('Your administration requires a PIN for every profile.');
    await page.getByLabel('Name', { exact: true }).fill('Ana');
    await page.getByRole('button', { name: 'Add and open' }).click();
    await expect(page.getByText('A PIN is 4 to 12 digits.')).toBeVisible();
    await form.getByLabel('PIN, 4 to 12 digits').fill('2468');
    await form.getByLabel('Repeat the PIN').fill('2468');
    await page.getByRole('button', { name: 'Add and open' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
