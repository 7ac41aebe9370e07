// A clear way in: a new learner's home screen is a compact course map with one primary button;
// "Continue" after a module quiz goes to the next lesson; keyboard users keep a meaningful focus
// after checking an answer and can skip a lesson's glossary terms; a new profile can be opened
// at once.
import { test, expect } from './fixtures';
import { courseModules, lessonTitle, quizKey } from './packData';
import { focusedText, tabTo } from './keyboardActions';
import { answerQuiz } from './quizActions';

test.slow();

test('a new learner sees a compact course map and one primary button that starts the course', async ({ app: page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to the Customs E-Commerce Academy' })).toBeVisible();
  const modules = courseModules();
  await expect(page.locator('.course-map .module-card')).toHaveCount(modules.length);
  // No review card for a learner with nothing due.
  await expect(page.locator('.review-card')).toHaveCount(0);
  const primary = page.locator('.home .button.primary');
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveText('Start the course');
  // The map is compact: far shorter than fifteen stacked cards (about 16,000 px before).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(3000);
  await primary.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(modules[0]!.id, modules[0]!.lessons[0]!, 'en'));
});

test('"Continue" after a module quiz leads to the next module’s first lesson, not back into the quiz', async ({ app: page }) => {
  const base = page.url().replace(/#.*$/, '');
  const [first, second] = courseModules();
  const keys = quizKey(first!.id, `${first!.id}-quiz`, 'en');
  await page.goto(`${base}#/quiz/wco-ecommerce/${first!.id}-quiz`);
  await answerQuiz(page, keys, keys.length, 'en');
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  const next = lessonTitle(second!.id, second!.lessons[0]!, 'en');
  // The result screen's forward button and the home screen's Continue agree.
  await expect(page.getByRole('link', { name: 'Next lesson' })).toBeVisible();
  await page.goto(`${base}#/`);
  const go = page.getByRole('link', { name: `Continue: ${next}` });
  await expect(go).toBeVisible();
  await go.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(next);
});

test('Enter on a focused option checks the answer and focus lands on the Next button', async ({ app: page }) => {
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/quiz/wco-ecommerce/channels-check`);
  await expect(page.locator('form.question legend')).toBeVisible();
  for (let n = 0; n < 40 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); n++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.locator('form.question .feedback')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
});

test('a lesson has a "Skip to the end of the lesson" link past its glossary terms', async ({ app: page }) => {
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/lesson/wco-ecommerce/channels`);
  await expect(page.locator('.lesson-body .term').first()).toBeAttached();
  await page.locator('.lesson h1').click();
  await tabTo(page, 'Skip to the end of the lesson', 20);
  await expect(page.getByRole('link', { name: 'Skip to the end of the lesson' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#lesson-end')).toBeFocused();
  // The next Tab is in the lesson navigation, not on a glossary term.
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toMatch(/^(Previous lesson|Finish and take the knowledge check)$/);
});

test('a profile just created can be opened at once', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Manage profiles' }).click();
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Add a learner' }) });
  await form.getByLabel('Name', { exact: true }).fill('Bea');
  await form.getByRole('button', { name: 'Add the learner' }).click();
  await page.getByRole('button', { name: 'Switch to Bea now' }).click();
  await expect(page.locator('.profile-switcher')).toContainText('You are studying as Bea.');
});

test('on a first start the learner can put their own name on the default profile, or leave it for later', async ({ app: page }) => {
  const switcher = page.locator('.profile-switcher');
  await expect(switcher).toContainText('You are studying as Learner 1.');
  // "Not now" puts the offer away for this session; the next start offers it again.
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('button', { name: 'Save my name' })).toHaveCount(0);
  await page.reload();
  const field = page.getByLabel('Type your name as it should appear on your certificate');
  await expect(field).toBeVisible();
  // A name the rules refuse is explained, in words, before anything is sent.
  await field.fill('   ');
  await page.getByRole('button', { name: 'Save my name' }).click();
  await expect(switcher.locator('[role="alert"]')).toBeVisible();
  await field.fill('Aminata Diallo');
  await field.press('Enter');
  await expect(switcher).toContainText('You are studying as Aminata Diallo.');
  // Named: the offer is gone, and it stays gone after a reload.
  await expect(page.getByRole('button', { name: 'Save my name' })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.profile-switcher')).toContainText('You are studying as Aminata Diallo.');
  await expect(page.getByRole('button', { name: 'Save my name' })).toHaveCount(0);
});
