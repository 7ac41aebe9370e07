// axe-core on every screen of the journey, with the WCAG 2.1 A and AA rules, in both languages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { quizKey } from './packData';
import { answerQuiz } from './quizActions';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
  // Guard against an empty page passing trivially.
  expect(results.passes.length, `axe found nothing to check on ${screen}`).toBeGreaterThan(10);
}

for (const lang of ['en', 'fr'] as const) {
  test(`home, lesson, quiz, result, glossary and settings have no WCAG 2.1 AA violations (${lang})`, async ({ app: page }) => {
    const base = page.url().replace(/#.*$/, '');
    if (lang === 'fr') {
      await page.goto(`${base}#/settings`);
      await page.getByRole('radio', { name: 'Français' }).check();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    }
    await expectNoViolations(page, 'settings');

    await page.goto(`${base}#/`);
    await expect(page.locator('.module-card')).toHaveCount(15);
    await expectNoViolations(page, 'home');

    await page.goto(`${base}#/module/wco-ecommerce/basics`);
    await expect(page.locator('.lesson-item').first()).toBeVisible();
    await expectNoViolations(page, 'module');

    for (const lesson of ['what-is-ecommerce', 'channels', 'stakeholders', 'challenges', 'wco-response']) {
      await page.goto(`${base}#/lesson/wco-ecommerce/${lesson}`);
      await expect(page.locator('.lesson-body h2').first()).toBeVisible();
      await expectNoViolations(page, `lesson ${lesson}`);
    }

    await page.goto(`${base}#/quiz/wco-ecommerce/channels-check`);
    await expect(page.locator('form.question legend')).toBeVisible();
    await expectNoViolations(page, 'quiz');
    await answerQuiz(page, quizKey('basics', 'channels-check', lang), 2, lang);
    await expect(page.locator('.score-card')).toBeVisible();
    await expectNoViolations(page, 'result');

    await page.goto(`${base}#/glossary/wco-ecommerce`);
    await expect(page.locator('.glossary-entry').first()).toBeVisible();
    await expectNoViolations(page, 'glossary');
  });
}

test('the external-link confirmation dialog has no violations', async ({ app: page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/lesson/wco-ecommerce/wco-response');
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  const external = page.locator('.lesson-body a[data-external="true"]');
  expect(await external.count(), 'the lesson should have an external link to test with').toBeGreaterThan(0);
  await external.first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'external link dialog');
});
