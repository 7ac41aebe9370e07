// Spaced review, as a learner meets it: a question missed in a knowledge check comes back on the
// Review screen, and is answered there with the keyboard alone; glossary terms of a finished
// lesson come back as flashcards. Each state of the screen passes axe (WCAG 2.1 AA).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { quizKey, type QuestionKey } from './packData';
import { answerQuiz } from './quizActions';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// A whole quiz plus several axe runs per test: more than the default minute on a busy machine.
test.slow();

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
  expect(results.passes.length, `axe found nothing to check on ${screen}`).toBeGreaterThan(10);
}

const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.closest('label');
    return (label?.textContent ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused element's text (or its label's) matches, like a learner would. */
async function tabTo(page: Page, text: string | RegExp, maxPresses = 80): Promise<void> {
  const want = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : text;
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedText(page);
    if (typeof want === 'string' ? focused === want : want.test(focused)) return;
  }
  throw new Error(`could not reach "${String(text)}" with the Tab key`);
}

/** Picks the right answer of a choice or true/false question with the keyboard. */
async function answerByKeyboard(page: Page, key: QuestionKey): Promise<void> {
  if (key.type === 'multiple') {
    for (const answer of key.right) {
      await tabTo(page, answer);
      await page.keyboard.press('Space');
    }
    return;
  }
  // A radio group is one Tab stop; the arrow keys move through it and select.
  for (let n = 0; n < 40 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); n++) {
    await page.keyboard.press('Tab');
  }
  const want = key.right[0]!.replace(/\s+/g, ' ').trim();
  for (let n = 0; n < 8 && (await focusedText(page)) !== want; n++) await page.keyboard.press('ArrowDown');
  expect(await focusedText(page)).toBe(want);
  await page.keyboard.press('Space');
}

test('a question missed in a knowledge check comes back in the review and is answered by keyboard alone', async ({ app: page }) => {
  const base = page.url().replace(/#.*$/, '');
  const keys = quizKey('basics', 'channels-check', 'en');
  const missed = keys.at(-1)!;
  // Every question right but the last one.
  await page.goto(`${base}#/quiz/wco-ecommerce/channels-check`);
  await answerQuiz(page, keys, keys.length - 1, 'en');
  await expect(page.locator('.score-card')).toBeVisible();

  // The home screen shows it due, with the streak started today: at once, from the record the
  // app holds, while the review service's own count is still on its way (held back here).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/getReview', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${base}#/`);
  const card = page.locator('.review-card');
  await expect(card).toContainText('1 item to review now');
  await expect(card).toContainText('Days of study in a row: 1');
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/getReview');
  release();
  await answered;
  await page.unroute('**/api/getReview');
  // The service's count, now in, says the same.
  await expect(card).toContainText('1 item to review now');
  await expectNoViolations(page, 'home with the review card');

  // From here on, the keyboard only.
  await tabTo(page, 'Review');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
  await expect(page.locator('.review-stats')).toContainText('1 item to review now');
  await expect(page.getByRole('heading', { name: 'Item 1 of 1' })).toBeVisible();
  await expect(page.locator('form.question legend')).toHaveText(missed.prompt.trim());
  await expectNoViolations(page, 'review: a question');

  await answerByKeyboard(page, missed);
  await tabTo(page, 'Check my answer');
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback .verdict')).toHaveText('Correct.');
  await expectNoViolations(page, 'review: question feedback');
  // Focus stays on the button, which now ends the session.
  expect(await focusedText(page)).toBe('Finish the review');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Review finished' })).toBeFocused();
  await expect(page.getByText('You reviewed 1 item.')).toBeVisible();
  await expect(page.locator('.review-remaining')).toHaveText('Nothing else is due now. New items come back over the next days.');
  await expectNoViolations(page, 'review: finished');

  // Answered right, it is scheduled for later: nothing is due any more.
  await tabTo(page, 'Back to the home page');
  await page.keyboard.press('Enter');
  // Nothing is due: the home screen shows no review card (the menu still links to the review).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to the Customs E-Commerce Academy');
  await expect(page.locator('.review-card')).toHaveCount(0);
});

test('the terms of a finished lesson come back as flashcards, turned over and rated by keyboard, in French too', async ({ app: page }) => {
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/lesson/wco-ecommerce/channels`);
  await page.getByRole('button', { name: 'Finish and take the knowledge check' }).click();
  await expect(page.locator('form.question')).toBeVisible();

  await page.goto(`${base}#/review`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
  const counter = page.locator('#review-counter');
  await expect(counter).toHaveText(/^Item 1 of \d+$/);
  const total = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(1);
  const term = (await page.locator('.flashcard-term').textContent())!.trim();
  expect(term.length).toBeGreaterThan(0);
  // The definition is hidden until asked for.
  await expect(page.locator('.flashcard-definition')).toHaveCount(0);
  await expectNoViolations(page, 'review: a flashcard');

  await tabTo(page, 'Show the definition');
  await page.keyboard.press('Enter');
  await expect(page.locator('.flashcard-definition')).toBeFocused();
  await expect(page.getByRole('group', { name: 'How well did you know it?' }).getByRole('button')).toHaveCount(4);
  await expectNoViolations(page, 'review: a flashcard turned over');
  await tabTo(page, /^Good/);
  await page.keyboard.press('Enter');
  await expect(counter).toHaveText(`Item 2 of ${total}`);
  await expect(counter).toBeFocused();
  await expect(page.locator('.flashcard-term')).not.toHaveText(term);

  // In French: the same screen, French words, still clean.
  await page.goto(`${base}#/settings`);
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto(`${base}#/review`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Révision');
  await expect(page.locator('.review-stats')).toContainText(`${total - 1} éléments à réviser maintenant`);
  await page.getByRole('button', { name: 'Afficher la définition' }).click();
  await expectNoViolations(page, 'review in French: a flashcard turned over');
  await expect(page.getByRole('button', { name: /^À revoir/ })).toBeVisible();
});
