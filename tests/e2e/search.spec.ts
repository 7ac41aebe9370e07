// Course-wide search, by keyboard alone, in both languages: `/` or Ctrl+K reaches the box, the
// arrows choose a result, Enter opens the lesson at the matching heading; axe finds nothing on
// the open results list. Also: the first lesson needs one API call before it is interactive.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const CASES = [
  { lang: 'en', shortcut: '/', typed: 'immediate relea', mark: /^releas/i },
  { lang: 'fr', shortcut: 'Control+k', typed: 'mainlevee immed', mark: /^mainlevée$/i },
] as const;

for (const c of CASES) {
  test(`search by keyboard finds a lesson section and opens it at its heading (${c.lang})`, async ({ app: page }) => {
    const base = page.url().replace(/#.*$/, '');
    if (c.lang === 'fr') {
      await page.goto(`${base}#/settings`);
      await page.getByRole('radio', { name: 'Français' }).check();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    }
    await page.goto(`${base}#/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.locator('main').focus();

    await page.keyboard.press(c.shortcut);
    const box = page.getByRole('combobox', { name: c.lang === 'en' ? 'Search the course' : 'Rechercher dans le cours' });
    await expect(box).toBeFocused();
    await page.keyboard.type(c.typed, { delay: 20 });

    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    expect(await options.count()).toBeGreaterThan(1);
    // The words that matched are marked in the extract, in the UI language's text.
    const marks = await options.first().locator('mark').allTextContents();
    expect(marks.some((m) => c.mark.test(m)), `marks: ${marks.join(', ')}`).toBe(true);
    await expect(page.locator('.course-search [aria-live="polite"]')).toHaveText(c.lang === 'en' ? /\d+ results?\./ : /\d+ résultats?\./);

    const axe = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'axe on the open results').toEqual([]);

    // Down twice, up once: the first result is active; the box keeps the focus throughout.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await expect(box).toBeFocused();
    const heading = (await options.first().locator('.course-search-title').textContent())!.trim();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/lesson\/wco-ecommerce\/[^/]+\/[^/]+$/);
    const anchor = decodeURIComponent(page.url().split('/').at(-1)!);
    const target = page.locator(`.lesson-body [id="${anchor}"]`);
    await expect(target).toHaveText(heading);
    await expect(target).toBeInViewport();
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
  });
}

test('a search that finds nothing says so, and Escape closes the list', async ({ app: page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('zzyzx');
  await expect(page.locator('.course-search [aria-live="polite"]')).toHaveText('No results for “zzyzx”. Try another word, or fewer words.');
  await expect(page.locator('.course-search [aria-live="polite"]')).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('release');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
});

test('the first lesson is interactive after one API call, and nothing it waits for is a write', async ({ page, preview }) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/(\w+)$/.exec(new URL(r.url()).pathname);
    if (!m) return;
    // The lesson on screen fetches the next one in the background: not something it waits for.
    const prefetch = m[1] === 'getLesson' && (JSON.parse(r.postData() ?? 'null') as { lessonId?: string } | null)?.lessonId !== 'channels';
    calls.push(prefetch ? 'getLesson (next lesson, in the background)' : m[1]!);
  });
  await page.goto(`${preview.url}#/lesson/wco-ecommerce/channels`);
  await expect(page.locator('.lesson-nav button.primary')).toBeEnabled();
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  const before = calls.slice();
  // What the page asked before it could show the lesson: the start-up call only. The lesson's
  // "opened" mark and study time are written after it is on screen.
  expect(before[0]).toBe('getStartup');
  const background = ['recordLessonEvent', 'recordStudyTime', 'getLesson (next lesson, in the background)'];
  expect(before.filter((c) => !background.includes(c))).toEqual(['getStartup']);
});
