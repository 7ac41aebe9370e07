// Speaker notes (`::: notes`) are for the trainer only: in the real app a learner opening a
// lesson that has them sees none of their text, and search finds no word that only a note holds.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { speakerNotesOf } from '../../src/core/markdown/speakerNotes';

const LESSON = { module: 'irg', id: 'irg-categories' };
/** A word that appears in this lesson's notes and nowhere a learner can read. */
const NOTE_ONLY_WORD = { en: 'fingers', fr: 'doigts' } as const;
/** The live region once search has answered: a count of results (close spellings) or none at all. */
const ANSWERED = { en: /\d+ results?\.|No results for/, fr: /\d+ résultats?\.|Aucun résultat pour/ } as const;

function notesOf(lang: 'en' | 'fr'): string[] {
  const file = path.resolve(import.meta.dirname, `../../content/wco-ecommerce/modules/${LESSON.module}/lessons/${LESSON.id}.${lang}.md`);
  // The body follows the front matter's closing `---`.
  const body = fs.readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');
  return speakerNotesOf(body).map((n) => n.markdown);
}

for (const lang of ['en', 'fr'] as const) {
  test(`a lesson with speaker notes shows learners none of them, and search skips them (${lang})`, async ({ app: page }) => {
    const notes = notesOf(lang);
    expect(notes.length).toBeGreaterThanOrEqual(3);
    expect(notes.join(' ')).toContain(NOTE_ONLY_WORD[lang]);

    const base = page.url().replace(/#.*$/, '');
    if (lang === 'fr') {
      await page.goto(`${base}#/settings`);
      await page.getByRole('radio', { name: 'Français' }).check();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    }
    await page.goto(`${base}#/lesson/wco-ecommerce/${LESSON.id}`);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text.length).toBeGreaterThan(1000);
    for (const note of notes) {
      // The first words of each note, before any Markdown markup.
      const opening = note.split(/[*_[`:;]/)[0]!.replace(/\s+/g, ' ').trim().slice(0, 40);
      expect(opening.length).toBeGreaterThan(15);
      expect(text).not.toContain(opening);
    }
    expect(text.toLowerCase()).not.toContain(NOTE_ONLY_WORD[lang]);

    await page.locator('main').focus();
    await page.keyboard.press('Control+k');
    await page.keyboard.type(NOTE_ONLY_WORD[lang]);
    await expect(page.locator('.course-search [aria-live="polite"]')).toHaveText(ANSWERED[lang]);
    // Search may offer close spellings from other lessons, but never the note's own word.
    const results = (await page.locator('.course-search [role="listbox"]').allInnerTexts()).join(' ').toLowerCase();
    expect(results).not.toContain(NOTE_ONLY_WORD[lang]);
  });
}
