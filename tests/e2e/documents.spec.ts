// The real documents and data of the second edition (issue 11 §3-4): the lessons that show the
// CN22/CN23 forms, the message tables and the new diagrams render with every figure loaded and
// described, and pass axe; the valuation check, numeric answers and the 50-parcel data exercise,
// is answered right by keyboard alone. Answers come from the pack's own YAML, not from copies.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { tabTo } from './keyboardActions';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PACK = path.resolve(import.meta.dirname, '../../content/wco-ecommerce');

/** Lessons that carry a reproduced document or one of the six diagrams added with them. */
const WITH_FIGURES = [
  'customs-postal-cooperation',
  'valuation-ecommerce',
  'prohibitions-restrictions',
  'rkc-tfa-expedited',
  'std-08-return-of-goods',
  'ics2-pre-loading',
  'channels',
];
/** The new case studies: tables and no figure. */
const TEXT_ONLY = ['case-morocco', 'case-canada'];

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `axe on ${where}`).toEqual([]);
}

async function useFrench(page: Page) {
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/settings`);
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

for (const lang of ['en', 'fr'] as const) {
  test(`lessons with documents and new diagrams load every figure and are axe clean (${lang})`, async ({ app: page }) => {
    test.setTimeout(300_000);
    if (lang === 'fr') await useFrench(page);
    const base = page.url().replace(/#.*$/, '');
    for (const lesson of [...WITH_FIGURES, ...TEXT_ONLY]) {
      await page.goto(`${base}#/lesson/wco-ecommerce/${lesson}`);
      await expect(page.locator('.lesson-body h2').first(), lesson).toBeVisible();
      const figures = await page.locator('.lesson-body img').all();
      if (WITH_FIGURES.includes(lesson)) expect(figures.length, `${lesson}: figures`).toBeGreaterThan(0);
      for (const img of figures) {
        const src = (await img.getAttribute('src')) ?? '';
        expect(src, `${lesson}: figure in the lesson's language`).toContain(`.${lang}.svg`);
        expect((await img.getAttribute('alt'))?.length ?? 0, `${lesson}: text alternative of ${src}`).toBeGreaterThan(100);
        // An image further down the page may still be decoding when the heading shows: wait for it.
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { message: `${lesson}: ${src} did not load`, timeout: 15_000 }).toBe(true);
      }
      await expectNoViolations(page, lesson);
    }
  });
}

interface RawField { id: string; label: Record<string, string>; flag?: boolean }
interface RawQuestion { id: string; type: string; answer?: number; tags?: string[]; document?: { fields: RawField[] } }

test('the valuation check, with its 50-parcel data exercise, is passed by keyboard alone', async ({ app: page }) => {
  test.setTimeout(300_000);
  const quiz = parse(fs.readFileSync(path.join(PACK, 'modules/revenue/quizzes/valuation-ecommerce-check.yaml'), 'utf8')) as { questions: RawQuestion[] };
  const data = quiz.questions.find((q) => q.tags?.includes('data-exercise'));
  expect(data?.document?.fields.length, 'parcels in the data exercise').toBeGreaterThanOrEqual(50);

  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/quiz/wco-ecommerce/valuation-ecommerce-check`);
  await expect(page.locator('form.question')).toBeVisible();
  for (const [i, q] of quiz.questions.entries()) {
    if (q.type === 'numeric') {
      await tabTo(page, 'Your answer');
      await page.keyboard.type(String(q.answer));
    } else {
      expect(q.type).toBe('inspection');
      await expectNoViolations(page, `question ${q.id} before answering`);
      // Tab forward through the table, ticking each red flag with Space, as a learner would.
      for (const f of q.document!.fields.filter((x) => x.flag)) {
        await tabTo(page, `Mark “${f.label.en}” as a red flag`, 200);
        await page.keyboard.press('Space');
      }
      await expect(page.locator('.inspection input[type=checkbox]:checked')).toHaveCount(q.document!.fields.filter((x) => x.flag).length);
    }
    await tabTo(page, 'Check my answer');
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback .verdict'), `question ${q.id}`).toContainText('Correct.');
    await tabTo(page, i === quiz.questions.length - 1 ? 'See my result' : 'Next question');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await expect(page.locator('.score')).toContainText('100');
});
