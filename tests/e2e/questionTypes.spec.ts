// Every question type beyond choices, answered right by keyboard alone, in both languages, with
// axe clean on each question and on the review. The quiz is the fixture pack `every-type`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { startPreview } from './previewProcess';
import { focusedText, tabTo } from './keyboardActions';

const PACK = path.resolve(import.meta.dirname, '../fixtures/packs/every-type');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `axe on ${where}`).toEqual([]);
}

const TEXT = {
  en: {
    check: 'Check my answer', next: 'Next question', result: 'See my result', passed: 'Passed', correct: 'Correct.',
    matching: { 'Standard 5': 'Simplified clearance', 'Standard 8': 'Returns' },
    ordering: ['The origin post captures the CN23 data', 'ITMATT to the destination post', 'CUSITM to customs'],
    up: (item: string) => `Move up: ${item}`,
    blanks: ['immediate release', 'before'], blank: (n: number) => `Blank ${n}`,
    numericLabel: 'Your answer', number: '10',
    scenario: ['Check the data', 'Treat as a sale'], confirm: 'Confirm this choice',
    flag: 'Mark “Contents” as a red flag',
  },
  fr: {
    check: 'Vérifier ma réponse', next: 'Question suivante', result: 'Voir mon résultat', passed: 'Réussi', correct: 'Bonne réponse.',
    matching: { 'Norme 5': 'Dédouanement simplifié', 'Norme 8': 'Retours' },
    ordering: ["La poste d'origine saisit la CN23", 'ITMATT vers la poste de destination', 'CUSITM vers la douane'],
    up: (item: string) => `Monter : ${item}`,
    blanks: ['mainlevée immédiate', 'avant'], blank: (n: number) => `Espace à compléter ${n}`,
    numericLabel: 'Votre réponse', number: '10,00',
    scenario: ['Vérifier les données', 'Traiter comme une vente'], confirm: 'Valider ce choix',
    flag: 'Signaler « Contenu » comme signal d’alerte',
  },
} as const;

async function checkAndGoOn(page: Page, L: (typeof TEXT)['en' | 'fr'], last = false) {
  await tabTo(page, L.check);
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback .verdict')).toContainText(L.correct);
  await expectNoViolations(page, 'feedback');
  await tabTo(page, last ? L.result : L.next);
  await page.keyboard.press('Enter');
}

for (const lang of ['en', 'fr'] as const) {
  test(`matching, ordering, cloze, numeric, scenario and inspection work by keyboard alone (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    const L = TEXT[lang];
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-'));
    const preview = await startPreview(dataDir, ['--content', PACK]);
    try {
      if (lang === 'fr') {
        await page.goto(`${preview.url}#/settings`);
        await page.getByRole('radio', { name: 'Français' }).check();
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      }
      await page.goto(`${preview.url}#/quiz/every-type/basics-quiz`);
      await expect(page.locator('form.question')).toBeVisible();

      // Matching: a native select per item; typing the start of an option picks it.
      for (const [left, right] of Object.entries(L.matching)) {
        await tabTo(page, left);
        await page.keyboard.type(right.slice(0, 6));
        await expect(page.getByLabel(left)).toHaveValue(/.+/);
      }
      await checkAndGoOn(page, L);

      // Ordering: move each item up with its button until the list is in order.
      for (let i = 0; i < L.ordering.length; i++) {
        const want = L.ordering[i]!;
        let at = (await page.locator('.ordering-text').allTextContents()).indexOf(want);
        expect(at).toBeGreaterThanOrEqual(i);
        if (at > i) await tabTo(page, L.up(want));
        // Focus stays on the moved item's button, so Enter can be pressed again.
        for (; at > i; at--) {
          expect(await focusedText(page)).toBe(L.up(want).replace(/\s+/g, ' '));
          await page.keyboard.press('Enter');
          await expect(page.locator('.ordering-text').nth(at - 1)).toHaveText(want);
        }
      }
      await expect(page.locator('.ordering-text')).toHaveText([...L.ordering]);
      await checkAndGoOn(page, L);

      // Cloze: a text box, then a dropdown.
      await tabTo(page, L.blank(1));
      await page.keyboard.type(L.blanks[0]);
      await tabTo(page, L.blank(2));
      await page.keyboard.type(L.blanks[1]);
      await checkAndGoOn(page, L);

      // Numeric, with a decimal comma in French.
      await tabTo(page, L.numericLabel);
      await page.keyboard.type(L.number);
      await checkAndGoOn(page, L);

      // Scenario: pick a choice with the arrow keys, confirm, and go on to the next step.
      for (const choice of L.scenario) {
        for (let n = 0; n < 40 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); n++) {
          await page.keyboard.press('Tab');
        }
        for (let n = 0; n < 4 && (await focusedText(page)) !== choice; n++) await page.keyboard.press('ArrowDown');
        expect(await focusedText(page)).toBe(choice);
        await page.keyboard.press('Space');
        await tabTo(page, L.confirm);
        await page.keyboard.press('Enter');
      }
      await checkAndGoOn(page, L);

      // Document inspection: tick the red flag only.
      await tabTo(page, L.flag);
      await page.keyboard.press('Space');
      await checkAndGoOn(page, L, true);

      await expect(page.getByRole('heading', { name: L.passed })).toBeVisible();
      await expect(page.locator('.score')).toContainText('100');
      await expectNoViolations(page, 'result and review');
    } finally {
      await preview.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
