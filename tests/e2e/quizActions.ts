import { expect, type Frame, type Page } from '@playwright/test';
import type { QuestionKey } from './packData';

/** Answers the quiz on screen question by question, right or wrong on purpose, with the mouse. */
export async function answerQuiz(page: Page | Frame, keys: QuestionKey[], rightCount: number, lang: 'en' | 'fr'): Promise<void> {
  const L = lang === 'fr'
    ? { check: 'Vérifier ma réponse', next: 'Question suivante', result: 'Voir mon résultat' }
    : { check: 'Check my answer', next: 'Next question', result: 'See my result' };
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const form = page.locator('form.question');
    await expect(form.locator('legend')).toHaveText(key.prompt.trim());
    const picks = i < rightCount ? key.right : [key.wrong[0]!];
    for (const text of picks) {
      await form.locator('label.option', { hasText: text.trim() }).first().locator('input').check();
    }
    await page.getByRole('button', { name: L.check }).click();
    await expect(form.locator('.feedback')).toBeVisible();
    await page.getByRole('button', { name: i === keys.length - 1 ? L.result : L.next }).click();
  }
}
