// Feedback that tells the truth: "My progress" ranks weak topics from low scores even when the
// questions carry no topic tags (and never praises without data); the review counter says how
// many items this session holds and how many are left, and keeps counting as the learner goes;
// numbers follow the language ("1,5 point sur 3" in French).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as plain, type Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { quizKey } from './packData';
import { startPreview } from './previewProcess';
import { answerQuiz } from './quizActions';

// Several whole quizzes and a 20-item review session: longer than the default on a busy machine.
test.slow();

test('My progress ranks the weak lessons of an untagged module, and does not praise low scores', async ({ app: page }) => {
  const base = page.url().replace(/#.*$/, '');
  // Before any answer: nothing to rank, and no praise.
  await page.goto(`${base}#/progress`);
  const topics = page.locator('section[aria-labelledby^="topics-"]');
  await expect(topics).toContainText('Nothing to show yet');

  // Scores of 25 % and 50 % in two checks of the first module, whose questions have no tags.
  for (const [quizId, right] of [['channels-check', 1], ['stakeholders-check', 2]] as const) {
    const keys = quizKey('basics', quizId, 'en');
    await page.goto(`${base}#/quiz/wco-ecommerce/${quizId}`);
    await answerQuiz(page, keys, right, 'en');
    await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  }

  await page.goto(`${base}#/progress`);
  await expect(topics.locator('figure[data-chart^="chart-topics"]')).toBeVisible();
  await expect(topics).not.toContainText('was right');
  await expect(topics).not.toContainText('100 %');
  // The table behind the chart lists each weak place with its average, all below 100 %.
  await topics.getByText('Show as a table').click();
  const averages = await topics.locator('tbody tr td:last-child').allTextContents();
  expect(averages.length).toBeGreaterThanOrEqual(2);
  for (const a of averages) expect(Number(a.replace(/\D/g, ''))).toBeLessThan(100);
});

/** Answers whatever the review shows (a question: the first option; a term: "Good") and moves on. */
async function reviewOneItem(page: Page): Promise<void> {
  const item = page.locator('.review-item');
  await expect(item).toBeVisible();
  if (await page.locator('form.review-item').count()) {
    await item.locator('input').first().check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(item.locator('.feedback')).toBeVisible();
    await page.getByRole('button', { name: /^(Next item|Finish the review)$/ }).click();
  } else {
    await page.getByRole('button', { name: 'Show the definition' }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
  }
}

test('the review says how many items this session holds and how many remain, and updates both', async ({ app: page }) => {
  const base = page.url().replace(/#.*$/, '');
  // 24 questions missed: more than one session (20) can hold.
  let missed = 0;
  for (const quizId of ['basics-quiz', 'channels-check', 'stakeholders-check', 'challenges-check']) {
    const keys = quizKey('basics', quizId, 'en');
    await page.goto(`${base}#/quiz/wco-ecommerce/${quizId}`);
    await answerQuiz(page, keys, 0, 'en');
    await expect(page.locator('.score-card')).toBeVisible();
    missed += keys.length;
  }
  expect(missed).toBeGreaterThan(20);

  await page.goto(`${base}#/`);
  await expect(page.locator('.review-card')).toContainText(`${missed} items to review now`);
  await page.goto(`${base}#/review`);
  const stats = page.locator('.review-stats');
  await expect(stats).toContainText(`${missed} items to review now`);
  await expect(page.locator('.review-session')).toHaveText('This session: 20 items, the longest waiting first.');
  await expect(page.locator('#review-counter')).toHaveText('Item 1 of 20');

  // Each item answered brings the count down.
  await reviewOneItem(page);
  await expect(page.locator('#review-counter')).toHaveText('Item 2 of 20');
  await expect(stats).toContainText(`${missed - 1} items to review now`);
  await reviewOneItem(page);
  await expect(stats).toContainText(`${missed - 2} items to review now`);
  for (let n = 3; n <= 20; n++) {
    await expect(page.locator('#review-counter')).toHaveText(`Item ${n} of 20`);
    await reviewOneItem(page);
  }

  // At the end: what was done, and what is left now, asked afresh.
  await expect(page.getByRole('heading', { name: 'Review finished' })).toBeVisible();
  await expect(page.getByText('You reviewed 20 items.')).toBeVisible();
  const remaining = page.locator('.review-remaining');
  await expect(remaining).toHaveText(/^\d+ more items? (is|are) due now\.$/);
  const left = Number((await remaining.textContent())!.match(/^(\d+)/)![1]);
  // The 4 not in the session at least; a missed one may already be due again.
  expect(left).toBeGreaterThanOrEqual(missed - 20);
  expect(left).toBeLessThan(missed);
  // The home screen says the same.
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page.locator('.review-card')).toContainText(new RegExp(`${left}|${left + 1}|${left + 2} items? to review now`));
});

plain('scores are written the way each language writes numbers: "1,5 point sur 3", "1.5 points out of 3"', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-numbers-'));
  // A small pack whose check has a question with partial credit.
  const preview = await startPreview(dataDir, ['--content', path.resolve(import.meta.dirname, '../fixtures/packs/valid-minimal')]);
  try {
    const takeCheck = async (L: { check: string; next: string; result: string }, picks: string[][]) => {
      await page.goto(`${preview.url}#/quiz/valid-minimal/intro-check`);
      const form = page.locator('form.question');
      for (let i = 0; i < picks.length; i++) {
        for (const text of picks[i]!) await form.locator('label.option', { hasText: text }).locator('input').check();
        await page.getByRole('button', { name: L.check }).click();
        await expect(form.locator('.feedback')).toBeVisible();
        await page.getByRole('button', { name: i === picks.length - 1 ? L.result : L.next }).click();
      }
      return page.locator('.score');
    };
    // English first: one right, one half right (one of two keys), one wrong.
    const en = await takeCheck({ check: 'Check my answer', next: 'Next question', result: 'See my result' }, [['The destination post'], ['The marketplace'], ['True']]);
    await expect(en).toHaveText('Your score: 50% (1.5 points out of 3)');

    await page.goto(`${preview.url}#/settings`);
    await page.getByRole('radio', { name: 'Français' }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const fr = await takeCheck({ check: 'Vérifier ma réponse', next: 'Question suivante', result: 'Voir mon résultat' }, [['La poste de destination'], ['La place de marché'], ['Vrai']]);
    await expect(fr).toHaveText('Votre résultat\u00a0: 50\u00a0% (1,5 point sur 3)');
    // The title names the quiz once, without a second colon after "Résultat".
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre résultat à «\u00a0Vérification des acquis\u00a0: commerce électronique transfrontalier\u00a0»');
  } finally {
    await preview.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
