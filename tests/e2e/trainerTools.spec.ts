// Trainer tools → Questions: a trainer exports the course to GIFT for Moodle, imports Moodle's
// documented examples as a new pack, and a malformed file is refused with its line, nothing
// imported. Axe clean throughout.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { becomeTrainer } from './trainerActions';

const GIFT = path.resolve(import.meta.dirname, '../fixtures/gift');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const malformedLine = fs.readFileSync(path.join(GIFT, 'malformed.gift'), 'utf8').split('\n').findIndex((l) => l.includes('::broken::')) + 1;

test('a trainer exports the course as GIFT and imports questions from Moodle', async ({ app: page, dataDir }) => {
  test.slow();
  await becomeTrainer(page);
  await page.getByRole('link', { name: 'Trainer area' }).click();
  await page.getByRole('link', { name: 'Open the question bank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Export: the download is a GIFT file with the course's questions, in the chosen language.
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as a GIFT file' }).click()]);
  expect(download.suggestedFilename()).toBe('wco-ecommerce-fr.gift');
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text).toMatch(/^\$CATEGORY: wco-ecommerce\/basics\/basics-quiz$/m);
  expect(text).toContain('mainlevée');
  await expect(page.getByText(/questions written to wco-ecommerce-fr\.gift/)).toBeVisible();
  await expect(page.getByText(/questions not exported \(GIFT cannot express them\)/)).toBeVisible();

  // No title: the form asks for one before reading the file.
  await page.getByLabel('GIFT file').setInputFiles(path.join(GIFT, 'moodle-examples.gift'));
  await page.getByRole('button', { name: 'Import the questions' }).click();
  await expect(page.getByText('Give the quiz a title, then import again.')).toBeVisible();
  await page.getByLabel('Title of the quiz').fill('Moodle examples: customs basics');

  // A malformed file: refused with its line, and nothing written.
  await page.getByLabel('GIFT file').setInputFiles(path.join(GIFT, 'malformed.gift'));
  await page.getByRole('button', { name: 'Import the questions' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(refused).toContainText(`Line ${malformedLine}: unclosed answer block`);
  expect(fs.existsSync(path.join(dataDir, 'trainer-packs'))).toBe(false);

  // Moodle's documented examples: imported as a pack the home screen lists.
  await page.getByLabel('GIFT file').setInputFiles(path.join(GIFT, 'moodle-examples.gift'));
  await page.getByRole('button', { name: 'Import the questions' }).click();
  await expect(page.getByText(/questions imported as the quiz “Moodle examples: customs basics”, in the national pack “Trainer questions \(EN\)”/)).toBeVisible();
  // One quiz, the module's own, and no stub lesson in the pack written.
  const packDir = path.join(dataDir, 'trainer-packs', 'Trainer questions (EN)');
  expect(fs.readdirSync(path.join(packDir, 'modules', 'moodle-examples-customs-basics')).sort()).toEqual(['module.yaml', 'quizzes']);
  const after = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(after.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('link', { name: 'Home' }).first().click();
  await expect(page.getByText('Trainer questions (EN)').first()).toBeVisible();
  await expect(page.getByText('Moodle examples: customs basics').first()).toBeVisible();
});
