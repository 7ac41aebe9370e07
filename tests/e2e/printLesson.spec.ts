// A lesson printed from the app (Chromium's own print to PDF, A4): no header, menu, breadcrumb or
// buttons, the whole text and the figures, and fewer pages than before the print stylesheet.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { test, expect } from './fixtures';

// Pages measured before the print stylesheet (the screen layout printed, header, menu and buttons included).
const LESSONS = [
  { id: 'what-is-ecommerce', title: 'What counts as cross-border e-commerce?', pagesBefore: 4, figures: 0, first: 'Why a working definition matters', last: 'Judge a consignment on the facts, not on the label.' },
  { id: 'channels', title: 'Postal, express and cargo channels', pagesBefore: 5, figures: 2, first: 'One parcel, three possible routes', last: 'The channel tells you what data you will have, and when.' },
];

for (const lesson of LESSONS) {
  test(`the lesson "${lesson.id}" prints without navigation, with its figures and full text, on at least 2 fewer pages`, async ({ app: page, preview }) => {
    await page.goto(`${preview.url}#/lesson/wco-ecommerce/${lesson.id}`);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    const figures = page.locator('.lesson-body figure img');
    await expect(figures).toHaveCount(lesson.figures);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.lesson-nav')).toBeHidden();
    await expect(page.locator('.breadcrumb')).toBeHidden();
    // Buttons stay in the page; none shows on paper (nor links styled as buttons, nor the skip links).
    await expect(page.locator('button:visible, a.button:visible, .skip-link:visible, .skip-in-lesson:visible')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    for (const f of await figures.all()) await expect(f).toBeVisible();

    const pdf = await page.pdf({ format: 'A4' });
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    console.log(`lesson "${lesson.id}" printed: ${pages} A4 pages (before the print stylesheet: ${lesson.pagesBefore})`);
    expect(pages).toBeLessThanOrEqual(lesson.pagesBefore - 2);

    // The whole text is there, from the first section to the last key point, and no menu or button label.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-print-'));
    try {
      fs.writeFileSync(path.join(dir, 'lesson.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'lesson.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(lesson.first);
      expect(text).toContain(lesson.last);
      for (const chrome of ['Finish and take the knowledge check', 'Next lesson', 'Settings', 'Skip to']) expect(text).not.toContain(chrome);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
