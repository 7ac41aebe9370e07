// One lesson of each module of the course, in both languages: it renders with its headings,
// figures and glossary terms, and passes axe (WCAG 2.1 AA).
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { courseModules } from './packData';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const modules = courseModules();

for (const lang of ['en', 'fr'] as const) {
  test(`one lesson of each of the ${modules.length} modules reads well and is axe clean (${lang})`, async ({ app: page }) => {
    test.setTimeout(300_000);
    const base = page.url().replace(/#.*$/, '');
    if (lang === 'fr') {
      await page.goto(`${base}#/settings`);
      await page.getByRole('radio', { name: 'Français' }).check();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    }
    expect(modules.length).toBeGreaterThanOrEqual(15);
    for (const [i, m] of modules.entries()) {
      // A different lesson position in each module, so the walk covers more than first lessons.
      const lesson = m.lessons[i % m.lessons.length]!;
      await page.goto(`${base}#/lesson/wco-ecommerce/${lesson}`);
      await expect(page.locator('.lesson-body h2').first(), `${m.id}/${lesson}`).toBeVisible();
      await expect(page.locator('.lesson-body')).toHaveAttribute('lang', lang);
      // Learning objectives come first, under a heading in the learner's language.
      const objectives = page.locator('.lesson-objectives');
      await expect(objectives.getByRole('heading', { level: 2 })).toHaveText(lang === 'fr' ? 'Dans cette leçon, vous allez…' : 'In this lesson you will…');
      const count = await objectives.locator('li').count();
      expect(count, `${lesson}: objectives`).toBeGreaterThanOrEqual(2);
      expect(count, `${lesson}: objectives`).toBeLessThanOrEqual(4);
      for (const img of await page.locator('.lesson-body img').all()) {
        expect(await img.getAttribute('alt'), `${lesson}: figure without text alternative`).toBeTruthy();
        // A figure may still be loading when the first heading shows, more so on a busy machine.
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { message: `${lesson}: figure did not load`, timeout: 15_000 }).toBe(true);
      }
      const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `axe on ${lesson}`).toEqual([]);
    }
  });
}
