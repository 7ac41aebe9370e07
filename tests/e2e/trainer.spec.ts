// Trainers in the classroom (issue 13), in the real renderer against the real services: the
// trainer area is absent from a trainee's menu; a trainer presents a lesson by keyboard alone
// (next, previous, black screen, notes panel, leave) and runs a whole-class quiz with counts and
// reveal, in English and in French; every slide of the course is readable from the back of a
// room at 1280 × 720 (no text under 24 px, nothing to scroll). Axe and reflow on each new screen.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { test, expect } from './fixtures';
import { startPreview } from './previewProcess';
import { tabTo } from './keyboardActions';
import { becomeTrainer, uiText } from './trainerActions';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PACK = 'wco-ecommerce';

async function expectNoViolations(page: Page, where: string) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${where}`,
  ).toEqual([]);
}

/** No sideways scroll at 320 px (a 1280 px window at 400 % zoom). */
async function expectReflow(page: Page, where: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 720 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

async function inLanguage(page: Page, lang: 'en' | 'fr') {
  if (lang === 'en') return;
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/settings`);
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

/** CSV rows (RFC 4180 quoting) without the byte order mark. */
function csvRows(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

/** The problems of the slide on screen: text under 24 px, or content that would need scrolling. */
const slideProblems = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.slide-body:not(.slide-measure)');
    if (!body) return ['no slide'];
    const problems: string[] = [];
    if (body.scrollHeight > body.clientHeight + 1) problems.push(`overflows vertically (${body.scrollHeight} > ${body.clientHeight})`);
    if (body.scrollWidth > body.clientWidth + 1) problems.push(`overflows horizontally (${body.scrollWidth} > ${body.clientWidth})`);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const size = parseFloat(getComputedStyle(n.parentElement!).fontSize);
      if (size < 24) problems.push(`"${n.textContent.trim().slice(0, 30)}" at ${size} px`);
    }
    return problems;
  });

test('the trainer area is absent from a trainee profile’s menu, and its address says why', async ({ app: page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Trainer area' })).toHaveCount(0);
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/trainer/class-quiz/${PACK}/basics-quiz`);
  await expect(page.getByText('This belongs to the trainer area. Open a trainer profile (Profiles) to use it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reveal the answer' })).toHaveCount(0);
  // The same profile made a trainer's elsewhere would see it: a trainer profile does.
  await becomeTrainer(page);
  await expect(nav.getByRole('link', { name: 'Trainer area' })).toBeVisible();
});

for (const lang of ['en', 'fr'] as const) {
  const t = (key: string, values?: Record<string, string | number>) => uiText(lang, key, values);

  test(`a trainer presents a lesson by keyboard alone (${lang})`, async ({ app: page }) => {
    test.slow();
    await inLanguage(page, lang);
    await becomeTrainer(page, lang, lang === 'en' ? 'Amina' : 'Amélie');
    await page.getByRole('link', { name: t('trainer.nav') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('trainer.title') })).toBeVisible();
    await expectNoViolations(page, `trainer area (${lang})`);
    await expectReflow(page, `trainer area (${lang})`);

    // Pick the lesson and start, from the keyboard.
    await page.getByLabel(t('trainer.hub.lesson'), { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await tabTo(page, t('trainer.hub.presentButton'));
    await page.keyboard.press('Enter');

    await page.setViewportSize({ width: 1280, height: 720 });
    const counter = page.locator('.slide-counter [aria-hidden="true"]');
    await expect(counter).toHaveText(/^1 \/ \d+$/);
    const total = Number((await counter.textContent())!.split('/')[1]);
    expect(total).toBeGreaterThan(2);
    // The header and menu are gone: the slide is the whole window.
    await expect(page.getByRole('navigation', { name: t('nav.label') })).toHaveCount(0);
    await expect(page.locator('.session-timer time')).toHaveText(/^\d+:\d\d$/);
    await expectNoViolations(page, `presentation (${lang})`);

    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`2 / ${total}`);
    await page.keyboard.press('PageDown');
    await expect(counter).toHaveText(`3 / ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(counter).toHaveText(`2 / ${total}`);
    await page.keyboard.press('Space');
    await expect(counter).toHaveText(`3 / ${total}`);
    await page.keyboard.press('PageUp');
    await expect(counter).toHaveText(`2 / ${total}`);
    await page.keyboard.press('End');
    await expect(counter).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect(counter).toHaveText(`1 / ${total}`);
    await expect(page.locator('.slide-body:not(.slide-measure) h1')).toBeVisible();

    // B: black screen; any key brings the same slide back (and does not move).
    await page.keyboard.press('b');
    await expect(page.locator('.black-screen')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.black-screen')).toHaveCount(0);
    await expect(counter).toHaveText(`1 / ${total}`);

    // N: the speaker notes panel, and N again hides it.
    await page.keyboard.press('n');
    const notes = page.getByRole('complementary', { name: t('trainer.present.notesLabel') });
    await expect(notes).toBeVisible();
    await expect(notes.getByRole('heading', { name: t('trainer.present.notesHeading') })).toBeVisible();
    await expectNoViolations(page, `presentation with notes (${lang})`);
    await page.keyboard.press('n');
    await expect(notes).toHaveCount(0);

    await expectReflow(page, `presentation (${lang})`);

    // Escape leaves, back to the trainer area.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: t('trainer.title') })).toBeVisible();
    await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeVisible();
  });

  test(`a trainer runs a whole-class quiz with counts and reveal, saves it and exports CSV (${lang})`, async ({ app: page, dataDir }) => {
    test.slow();
    await inLanguage(page, lang);
    await becomeTrainer(page, lang);
    await page.getByRole('link', { name: t('trainer.nav') }).click();
    const quizSelect = page.getByLabel(t('trainer.hub.quiz'), { exact: true });
    // The first module's end-of-module quiz.
    const moduleTitle = (await quizSelect.locator('optgroup').first().getAttribute('label'))!;
    await quizSelect.selectOption({ label: t('trainer.hub.moduleQuiz', { module: moduleTitle }) });
    await page.getByRole('button', { name: t('trainer.hub.classQuizButton') }).click();

    const progress = page.locator('.class-quiz-bar span').first();
    await expect(progress).toHaveText(new RegExp(`^${t('trainer.classQuiz.progress', { n: 1, total: 999 }).replace('999', '(\\d+)')}$`));
    const total = Number(/(\d+)\D*$/.exec((await progress.textContent())!)![1]);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoViolations(page, `class quiz (${lang})`);

    // Question 1: the show of hands, the distribution as a chart with a table, then the answer.
    await page.getByText(t('trainer.classQuiz.hands')).click();
    const counts = page.locator('.hands input[type="number"]');
    const n = await counts.count();
    expect(n).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i++) await counts.nth(i).fill(String(i === 0 ? 12 : 3));
    await expect(page.locator('.hands figure.chart svg[role="img"]')).toBeVisible();
    await expect(page.locator('.hands .chart-table table tbody tr')).toHaveCount(n);
    await expect(page.getByText(t('trainer.classQuiz.correctMark'))).toHaveCount(0);
    await page.getByRole('button', { name: t('trainer.classQuiz.reveal') }).click();
    await expect(page.getByText(t('trainer.classQuiz.correctMark')).first()).toBeVisible();
    await expectNoViolations(page, `class quiz, revealed, with counts (${lang})`);
    await expectReflow(page, `class quiz (${lang})`);

    // On to the end, in the quiz's fixed order.
    for (let q = 2; q <= total; q++) {
      await page.getByRole('button', { name: t('trainer.present.next') }).click();
      await expect(progress).toHaveText(t('trainer.classQuiz.progress', { n: q, total }));
    }
    await page.getByRole('button', { name: t('trainer.classQuiz.end') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(t('trainer.classQuiz.summaryTitle', { title: '' }).trim());
    await expect(page.locator('.summary-table tbody tr')).toHaveCount(total);
    await expectNoViolations(page, `class quiz summary (${lang})`);

    await page.getByRole('button', { name: t('trainer.classQuiz.save') }).click();
    await expect(page.getByText(t('trainer.classQuiz.saved'))).toBeVisible();
    const profiles = fs.readdirSync(`${dataDir}/profiles`);
    const saved = profiles.flatMap((p) => (fs.existsSync(`${dataDir}/profiles/${p}/class-sessions`) ? fs.readdirSync(`${dataDir}/profiles/${p}/class-sessions`) : []));
    expect(saved).toHaveLength(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('trainer.classQuiz.exportCsv') }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const sep = lang === 'fr' ? ';' : ',';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(csv.slice(1), sep);
    expect(rows[0]).toEqual(['number', 'module', 'question', 'choice', 'correct', 'hands', 'share'].map((k) => t(`trainer.csv.${k}`)));
    // The first question's first choice: 12 hands; every row has the seven columns.
    expect(rows[1]!.slice(0, 2)).toEqual(['1', moduleTitle]);
    expect(rows[1]![5]).toBe('12');
    expect(rows.every((r) => r.length === 7)).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(total);
  });
}

test('every slide of the course is readable from the back of a room at 1280 × 720 (no text under 24 px, nothing to scroll)', async ({ app: page }) => {
  test.setTimeout(600_000);
  await becomeTrainer(page);
  const base = page.url().replace(/#.*$/, '');
  await page.setViewportSize({ width: 1280, height: 720 });
  const catalog = (await page.evaluate(async () => {
    const res = await fetch('/api/getCatalog', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lang: 'en' }) });
    return ((await res.json()) as { value: unknown }).value;
  })) as { packs: { id: string; modules: { id: string; lessons: { id: string }[] }[] }[] };
  const lessons = catalog.packs.find((p) => p.id === PACK)!.modules.flatMap((m) => m.lessons.map((l) => l.id));
  expect(lessons.length).toBeGreaterThan(40);
  const problems: string[] = [];
  let slides = 0;
  for (const lesson of lessons) {
    await page.goto(`${base}#/trainer/present/${PACK}/${lesson}`);
    const counter = page.locator('.slide-counter [aria-hidden="true"]');
    await expect(counter).toHaveText(/^1 \/ \d+$/);
    const total = Number((await counter.textContent())!.split('/')[1]);
    for (let i = 1; i <= total; i++) {
      if (i > 1) {
        await page.keyboard.press('ArrowRight');
        await expect(counter).toHaveText(`${i} / ${total}`);
      }
      // Figures load after the slide: wait for them before measuring.
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.slide-body img')].every((img) => img.complete));
      for (const p of await slideProblems(page)) problems.push(`${lesson} slide ${i}/${total}: ${p}`);
      slides++;
    }
  }
  expect(slides).toBeGreaterThan(lessons.length);
  expect(problems).toEqual([]);
});

test('the notes panel shows the speaker notes of the slide on screen, and learners never see them', async ({ page, dataDir }) => {
  test.slow();
  const preview = await startPreview(dataDir, ['--content', path.resolve(import.meta.dirname, '../fixtures/trainer')]);
  try {
    await page.goto(preview.url);
    await becomeTrainer(page);
    const base = page.url().replace(/#.*$/, '');
    // The learner's lesson: no trace of the notes.
    await page.goto(`${base}#/lesson/notes-pack/intro`);
    await expect(page.getByRole('heading', { level: 2, name: 'Why it matters' })).toBeVisible();
    await expect(page.getByText('Welcome the room')).toHaveCount(0);

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${base}#/trainer/present/notes-pack/intro`);
    const counter = page.locator('.slide-counter [aria-hidden="true"]');
    await expect(counter).toHaveText(/^1 \/ \d+$/);
    await page.keyboard.press('n');
    const notes = page.getByRole('complementary', { name: 'Speaker notes' });
    await expect(notes).toContainText('Welcome the room and say what the session is for.');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.slide-body:not(.slide-measure) h2')).toHaveText('Why it matters');
    await expect(notes).toContainText('Ask the room who has seen a parcel held for missing data.');
    await expect(notes.locator('strong')).toHaveText('Pause');
    await expect(notes).not.toContainText('Welcome the room');
    // The notes are the trainer's, not the room's: the slide itself never shows them.
    await expect(page.locator('.slide-body:not(.slide-measure)')).not.toContainText('Ask the room');
    await expectNoViolations(page, 'presentation with speaker notes');
    // The button does what N does.
    await page.getByRole('button', { name: 'Notes (N)' }).click();
    await expect(notes).toHaveCount(0);
  } finally {
    await preview.stop();
  }
});

test('pre-test and post-test: the same questions twice, compared module by module', async ({ app: page }) => {
  test.slow();
  await becomeTrainer(page);
  const base = page.url().replace(/#.*$/, '');

  /** Runs the diagnostic of `kind`, counting hands on the first question only, and saves it. */
  async function run(kind: 'pretest' | 'posttest', right: number, wrong: number): Promise<string[]> {
    await page.goto(`${base}#/trainer`);
    await page.getByRole('link', { name: kind === 'pretest' ? 'Run the pre-test (start of the course)' : 'Run the post-test (end of the course)' }).click();
    const progress = page.locator('.class-quiz-bar span').first();
    await expect(progress).toHaveText(/^Question 1 of \d+$/);
    const total = Number(/(\d+)$/.exec((await progress.textContent())!)![1]);
    const prompts = [(await page.getByRole('heading', { level: 1 }).textContent())!];
    await page.getByText('Show of hands (optional)').click();
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    const options = page.locator('.room-options > li');
    const correct = await options.evaluateAll((lis) => lis.map((li) => li.classList.contains('is-correct')));
    const inputs = page.locator('.hands input[type="number"]');
    // The correct choice gets `right` hands, one wrong choice `wrong`; the others stay uncounted.
    await inputs.nth(correct.indexOf(true)).fill(String(right));
    await inputs.nth(correct.indexOf(false)).fill(String(wrong));
    for (let q = 2; q <= total; q++) {
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(progress).toHaveText(`Question ${q} of ${total}`);
      prompts.push((await page.getByRole('heading', { level: 1 }).textContent())!);
    }
    await page.getByRole('button', { name: 'End and see the summary' }).click();
    await page.getByRole('button', { name: 'Save the session' }).click();
    await expect(page.getByText('Session saved in your trainer profile.')).toBeVisible();
    return prompts;
  }

  const pre = await run('pretest', 5, 15);
  expect(pre.length).toBeGreaterThanOrEqual(20);
  await expectNoViolations(page, 'pre-test summary');
  const post = await run('posttest', 15, 5);
  // The post-test asks what the pre-test asked, in the same order.
  expect(post).toEqual(pre);

  await page.getByRole('link', { name: 'Compare pre-test and post-test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pre-test and post-test compared' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Share of hands on the correct answer per module' });
  const firstRow = table.locator('tbody tr').first();
  // One counted question in the first module: 5 of 20 hands before, 15 of 20 after.
  await expect(firstRow.locator('td')).toHaveText(['25%', '75%', '+50 points']);
  await expect(table.locator('tbody tr').nth(1).locator('td')).toHaveText(['–', '–', '–']);
  await expectNoViolations(page, 'pre/post comparison');
  await expectReflow(page, 'pre/post comparison');
});
