// Writes return what the screen needs next (issue 10 §1): taking a knowledge check and reading
// its result fetches neither the learner's summary nor anything else after the submit, and the
// result screen shows each question's score as the service computed it.
import { test, expect } from './fixtures';
import { lessonTitle, quizKey } from './packData';
import { answerQuiz } from './quizActions';

test('a submitted check goes to its result with one call: no summary fetched again, no extra calls', async ({ app: page }) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([A-Za-z]+)$/.exec(new URL(r.url()).pathname);
    if (m?.[1] && r.method() === 'POST') calls.push(m[1]);
  });
  const title = lessonTitle('basics', 'what-is-ecommerce', 'en');
  await page.getByRole('link', { name: /Module 1: Cross-border e-commerce and customs: the basics/ }).click();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Finish and take the knowledge check' }).click();
  await expect(page.locator('form.question')).toBeVisible();

  const keys = quizKey('basics', 'what-is-ecommerce-check', 'en');
  calls.length = 0;
  await answerQuiz(page, keys, 1, 'en');
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  await expect(page.locator('ol.review > li')).toHaveCount(keys.length);
  // One right answer: exactly one question marked right, from the scores the submit returned.
  await expect(page.locator('ol.review > li .feedback-right')).toHaveCount(1);
  await expect(page.locator('ol.review > li .feedback-wrong')).toHaveCount(keys.length - 1);
  // From the first answer to the result: the submit, the quiz text for the review, and the
  // timer's study time; never getProgress.
  expect(calls.filter((c) => c === 'getProgress')).toEqual([]);
  expect(calls.filter((c) => c === 'submitAttempt')).toEqual(['submitAttempt']);

  // The module screen shows the new best score from the summary the submit returned.
  await page.getByRole('link', { name: 'Back to the module' }).click();
  await expect(page.locator('.lesson-item').first()).toContainText(`best score ${Math.round((1 / keys.length) * 100)}%`);
  expect(calls.filter((c) => c === 'getProgress')).toEqual([]);

  // The result's address opened again after a reload: the review is gone with the page, but the
  // learner is told the score is kept and where to find it, not that the page does not exist.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your result is saved' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open My progress' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the module' })).toBeVisible();
});
