import type { Page } from '@playwright/test';

/** The focused element's name as a screen reader would give it: aria-label, its label, or its text. */
export const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelledBy = el.getAttribute('aria-labelledby');
    const byId = labelledBy ? document.getElementById(labelledBy)?.textContent : undefined;
    const forLabel = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
    const name = el.getAttribute('aria-label') ?? byId ?? forLabel ?? el.closest('label')?.textContent ?? el.textContent ?? '';
    return name.replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused element's name matches, like a learner would. */
export async function tabTo(page: Page, text: string | RegExp, maxPresses = 80): Promise<void> {
  const want = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : text;
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedText(page);
    if (typeof want === 'string' ? focused === want : want.test(focused)) return;
  }
  throw new Error(`could not reach "${String(text)}" with the Tab key`);
}
