// The journey of issue #2: open the app, take the first module's first lesson and its check,
// fail it, pass it on a second try, close the app, come back and find everything as it was.
import { test, expect } from './fixtures';
import { lessonTitle, quizKey } from './packData';
import { answerQuiz } from './quizActions';
import { learnerDir } from '../learnerDir';

test('a trainee fails a knowledge check, passes on retry, and finds it all after a restart', async ({ app: page, restart }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to the Customs E-Commerce Academy' })).toBeVisible();
  await page.getByRole('link', { name: /Module 1: Cross-border e-commerce and customs: the basics/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cross-border e-commerce and customs: the basics');

  const title = lessonTitle('basics', 'what-is-ecommerce', 'en');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // The lesson is rendered from Markdown: a table and a callout are there.
  await expect(page.locator('.lesson-body table').first()).toBeVisible();
  await expect(page.locator('.lesson-body .callout').first()).toBeVisible();
  await page.getByRole('button', { name: 'Finish and take the knowledge check' }).click();

  // First try: only one right answer, below the 3-of-4 pass mark of a knowledge check.
  const keys = quizKey('basics', 'what-is-ecommerce-check', 'en');
  await answerQuiz(page, keys, 1, 'en');
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  await expect(page.locator('.score')).toContainText(`${Math.round((1 / keys.length) * 100)}%`);
  // The review lists every question with its explanation.
  await expect(page.locator('ol.review > li')).toHaveCount(keys.length);

  // Second try, options shuffled: all right.
  await page.getByRole('link', { name: 'Try again' }).click();
  await answerQuiz(page, keys, keys.length, 'en');
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await expect(page.locator('.score')).toContainText('100%');

  // Open the next lesson, so "continue" has somewhere to go.
  await page.getByRole('link', { name: 'Next lesson' }).click();
  const next = lessonTitle('basics', 'channels', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(next);

  // Close the app and come back.
  const again = await restart();
  await page.goto(again.url);
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  await expect(page.locator('.continue-card')).toContainText(next);
  await expect(page.locator('.module-card progress').first()).not.toHaveAttribute('value', '0');
  await page.getByRole('link', { name: `Continue: ${next}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(next);

  await page.getByRole('link', { name: 'Cross-border e-commerce and customs: the basics' }).click();
  const firstLesson = page.locator('.lesson-item').first();
  await expect(firstLesson).toContainText('Finished');
  await expect(firstLesson).toContainText('best score 100%');
});

test('the language switch shows French UI and French lessons, and is remembered', async ({ app: page, restart }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Français' }).check();
  // Settings has other live regions (the xAPI panel's): this one says the language was saved.
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toHaveText('Enregistré. L’application et le cours utilisent désormais cette langue.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByRole('link', { name: 'Accueil' }).click();
  await page.getByRole('link', { name: /Module 1 : Le commerce électronique transfrontalier et la douane/ }).click();
  const title = lessonTitle('basics', 'what-is-ecommerce', 'fr');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.lesson-body')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.lesson-body')).toContainText('Les quatre éléments');

  const again = await restart();
  await page.goto(again.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue à l’Académie douanière du commerce électronique');
  await expect(page.getByRole('heading', { name: 'Reprendre là où vous vous êtes arrêté' })).toBeVisible();
});

test('a glossary term shows its definition on keyboard focus, and the glossary screen lists it', async ({ app: page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/lesson/wco-ecommerce/channels');
  const term = page.locator('.lesson-body .term').first();
  await term.focus();
  const tipId = await term.getAttribute('aria-describedby');
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  await page.getByRole('link', { name: 'Glossary' }).click();
  await page.getByLabel('Search the glossary').fill('advance electronic');
  await expect(page.locator('.glossary-entry dt')).toContainText(['advance electronic data (AED)']);
});

test('the figure has a caption and a text alternative', async ({ app: page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/lesson/wco-ecommerce/channels');
  const figure = page.locator('.lesson-body figure').first();
  await expect(figure.locator('figcaption')).not.toBeEmpty();
  const alt = await figure.locator('img').getAttribute('alt');
  expect(alt?.length ?? 0).toBeGreaterThan(40);
  // The picture itself loads from the app's own origin (polled: on a busy machine it may still be loading).
  await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('a damaged line of the progress log is set aside, the log kept as it was, and the learner told', async ({ app: page, restart, dataDir }) => {
  // Make some progress, so there is a backup worth restoring.
  await page.goto(page.url().replace(/#.*$/, '') + '#/lesson/wco-ecommerce/channels');
  await page.getByRole('button', { name: 'Finish and take the knowledge check' }).click();
  await expect(page.locator('form.question')).toBeVisible();

  const fs = await import('node:fs');
  const path = await import('node:path');
  // The learner's record is in their profile's folder.
  const learner = learnerDir(dataDir);
  const log = path.join(learner, 'progress-log.jsonl');
  // Wait until the quiz screen's own write (its position) has landed.
  await expect.poll(() => fs.readFileSync(log, 'utf8')).toMatch(/"screen":"quiz"/);
  // A disk error damages that saved line (one byte, outside the app).
  const damaged = fs.readFileSync(log);
  const at = damaged.indexOf('"screen":"quiz"') + 3;
  damaged[at] = damaged[at]! ^ 0x01;
  fs.writeFileSync(log, damaged);

  await restart();
  const alert = page.getByRole('alert').filter({ hasText: 'Lines of your progress log that could not be read: 1.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('everything else was kept');
  // The log as it was is kept, byte for byte, for a trainer to recover the line.
  const kept = fs.readdirSync(learner).filter((f) => f.startsWith('progress-log.damaged-'));
  expect(kept).toHaveLength(1);
  expect(fs.readFileSync(path.join(learner, kept[0]!)).equals(damaged)).toBe(true);

  await page.getByRole('link', { name: 'Cross-border e-commerce and customs: the basics' }).first().click();
  await expect(page.locator('.lesson-item').nth(1)).toContainText('Finished');
  // Dismissed notices stay dismissed for the session.
  await page.getByRole('link', { name: 'Home' }).first().click();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});
