// Reflow (WCAG 2.1, 1.4.10): at 320 CSS px wide (a 1280 px window at 400 % zoom) and at 1024 px,
// in English and in French, no screen scrolls sideways and no control the Tab key reaches is
// off screen, clipped by its container or covered. The screens are the ones a trainee meets:
// home, lesson, quiz, answer feedback, result, progress, review and the trainer tools.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { quizKey } from './packData';
import { answerQuiz } from './quizActions';
import { watchApiCalls } from './settled';

// Eight screens, two widths, a Tab walk on each: longer than the default on a busy machine.
test.slow();

const WIDTHS = [320, 1024] as const;
/** Enough Tab presses to reach the end of the header and well into each screen. */
const MAX_TABS = 45;

/** Horizontal overflow of the page: 0 when nothing scrolls sideways. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Whether the focused element can be seen: inside the viewport, not clipped away by a scrolling
 * or overflow-hidden ancestor, and not covered by something drawn over it. Returns a description
 * of the problem, or null.
 */
const focusProblem = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el.id === 'main') return null;
    const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return `${name} has no size (${r.width}×${r.height})`;
    if (r.left < -1 || r.right > window.innerWidth + 1) return `${name} is outside the viewport horizontally (${Math.round(r.left)}–${Math.round(r.right)} of ${window.innerWidth})`;
    if (r.top < -1 || r.bottom > window.innerHeight + 1) {
      // An element taller than the window (a scrolling table) cannot fit; it must be in view.
      if (!(r.height > window.innerHeight && r.bottom > 0 && r.top < window.innerHeight)) return `${name} is outside the viewport vertically`;
    }
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const pr = p.getBoundingClientRect();
      if (r.right <= pr.left + 1 || r.left >= pr.right - 1 || r.bottom <= pr.top + 1 || r.top >= pr.bottom - 1) return `${name} is clipped by its container ${p.className}`;
    }
    // An inline link that wraps has several boxes: probe the first one, where its text starts.
    const box = el.getClientRects()[0] ?? r;
    const x = Math.min(window.innerWidth - 1, Math.max(0, box.left + Math.min(box.width / 2, 10)));
    const y = Math.min(window.innerHeight - 1, Math.max(0, box.top + Math.min(box.height / 2, 10)));
    const hit = document.elementFromPoint(x, y);
    // A label around a radio button, or the control's own text, count as the control.
    if (hit && !(el.contains(hit) || hit.contains(el) || (hit.closest('label') && hit.closest('label') === el.closest('label')))) {
      const hr = hit.getBoundingClientRect();
      return `${name} is covered by ${hit.tagName.toLowerCase()}.${(hit as HTMLElement).className}#${hit.id} (${Math.round(hr.left)},${Math.round(hr.top)} ${Math.round(hr.width)}×${Math.round(hr.height)}; control at ${Math.round(x)},${Math.round(y)} ${el.getAttribute('aria-describedby') ?? ''})`;
    }
    return null;
  });

/** Tabs through the screen from the top, checking each control focus lands on. */
async function walkFocus(page: Page, screen: string): Promise<number> {
  // Keyboard only: a pointer resting where an earlier click left it would hover (and open) a
  // glossary definition as the page scrolls under it.
  await page.mouse.move(0, 0);
  // Start the walk at the top of the page, as after a page load: a focused placeholder there
  // moves Chromium's sequential focus starting point, then goes away.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'reflow-walk-start';
    document.body.prepend(start);
    start.focus();
    window.scrollTo(0, 0);
  });
  const seen = new Set<string>();
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) path.push(`${n.tagName}${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      return path.join('<');
    });
    if (i === 0) await page.evaluate(() => document.getElementById('reflow-walk-start')?.remove());
    if (!id || seen.has(id)) break;
    seen.add(id);
    // Polled briefly: a screen still settling (a card that appears once its data arrives) can
    // move the control just after the browser scrolled it into view; a lasting problem still fails.
    await expect.poll(() => focusProblem(page), { message: `focused control on ${screen}`, timeout: 2_000 }).toBeNull();
  }
  return seen.size;
}

async function checkScreen(page: Page, calls: ReturnType<typeof watchApiCalls>, screen: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await expect(page.locator('h1').first()).toBeVisible();
    await calls.settled();
    expect(await sidewaysOverflow(page), `${screen} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
    const stops = await walkFocus(page, `${screen} at ${width} px`);
    expect(stops, `Tab reached nothing on ${screen} at ${width} px`).toBeGreaterThan(1);
    expect(await sidewaysOverflow(page), `${screen} at ${width} px scrolls sideways after tabbing`).toBeLessThanOrEqual(0);
  }
}

const TEXT = {
  en: { menu: 'Menu', review: 'Review', settings: 'Settings', check: 'Check my answer' },
  fr: { menu: 'Menu', review: 'Révision', settings: 'Paramètres', check: 'Vérifier ma réponse' },
} as const;

for (const lang of ['en', 'fr'] as const) {
  test(`no screen scrolls sideways or hides the focused control at 320 and 1024 px (${lang})`, async ({ app: page }) => {
    const base = page.url().replace(/#.*$/, '');
    const L = TEXT[lang];
    const calls = watchApiCalls(page);
    if (lang === 'fr') {
      await page.goto(`${base}#/settings`);
      await page.getByRole('radio', { name: 'Français' }).check();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    }

    // A first attempt with mistakes gives the result, progress and review screens something to show.
    const keys = quizKey('basics', 'channels-check', lang);
    await page.goto(`${base}#/quiz/wco-ecommerce/channels-check`);
    await answerQuiz(page, keys, keys.length - 2, lang);
    await expect(page.locator('.score-card')).toBeVisible();
    await checkScreen(page, calls, 'result');

    await page.goto(`${base}#/`);
    await checkScreen(page, calls, 'home');

    // At 320 px the header folds into a menu that opens with the keyboard and lists every link.
    await page.setViewportSize({ width: 320, height: 800 });
    const menu = page.getByRole('button', { name: L.menu });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('link', { name: L.settings })).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const name of [L.review, L.settings]) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      await link.focus();
      expect(await focusProblem(page), `${name} in the open menu`).toBeNull();
    }
    expect(await sidewaysOverflow(page), 'open menu scrolls sideways').toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    // At 1024 px the same links are in the header row, no menu button.
    await page.setViewportSize({ width: 1024, height: 800 });
    await expect(menu).toBeHidden();
    await expect(page.getByRole('link', { name: L.settings })).toBeVisible();

    await page.goto(`${base}#/lesson/wco-ecommerce/channels`);
    await checkScreen(page, calls, 'lesson');

    await page.goto(`${base}#/quiz/wco-ecommerce/channels-check`);
    await expect(page.locator('form.question legend')).toBeVisible();
    await checkScreen(page, calls, 'quiz');
    // The feedback after checking an answer.
    await page.locator('form.question label.option input').first().check();
    await page.getByRole('button', { name: L.check }).click();
    await expect(page.locator('form.question .feedback')).toBeVisible();
    await checkScreen(page, calls, 'feedback');

    await page.goto(`${base}#/progress`);
    await expect(page.locator('.progress-totals').first()).toBeVisible();
    await checkScreen(page, calls, 'progress');

    await page.goto(`${base}#/review`);
    await expect(page.locator('.review-item')).toBeVisible();
    await checkScreen(page, calls, 'review');

    await page.goto(`${base}#/trainer`);
    await checkScreen(page, calls, 'trainer');

    // A laptop at 1280×720 (a common projector resolution) shows the home screen without sideways scroll.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${base}#/`);
    await expect(page.locator('h1')).toBeVisible();
    expect(await sidewaysOverflow(page), 'home at 1280×720').toBeLessThanOrEqual(0);
  });
}
