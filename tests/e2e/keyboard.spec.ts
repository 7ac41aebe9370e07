// A learner who uses only the keyboard reaches a quiz from the home screen and completes it.
import { test, expect } from './fixtures';
import { quizKey } from './packData';
import { focusedText, tabTo } from './keyboardActions';

test('a quiz can be reached and completed with the keyboard alone', async ({ app: page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, /^Module 1:/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cross-border e-commerce and customs: the basics');
  await tabTo(page, 'Take the quiz');
  await page.keyboard.press('Enter');

  const keys = quizKey('basics', 'basics-quiz', 'en');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    await expect(page.locator('form.question legend')).toHaveText(key.prompt.trim());
    if (key.type === 'multiple') {
      for (const answer of key.right) {
        await tabTo(page, answer);
        await page.keyboard.press('Space'); // ticks the checkbox
      }
    } else {
      // A radio group is one Tab stop; the arrow keys move through it and select.
      for (let n = 0; n < 40 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); n++) {
        await page.keyboard.press('Tab');
      }
      const want = key.right[0]!.replace(/\s+/g, ' ').trim();
      for (let n = 0; n < 6 && (await focusedText(page)) !== want; n++) await page.keyboard.press('ArrowDown');
      expect(await focusedText(page)).toBe(want);
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'Check my answer');
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback .verdict')).toHaveText('Correct.');
    await tabTo(page, i === keys.length - 1 ? 'See my result' : 'Next question');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await expect(page.locator('.score')).toContainText('100%');
});

test('focus is visible and lands on the new screen after navigation', async ({ app: page }) => {
  await tabTo(page, 'Glossary');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
});
