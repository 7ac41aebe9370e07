// No English reaches a French learner when something is refused. Eight refusals, triggered in the
// real renderer against the real services, each checked against the French translation of its
// reason with its values (computed here from the locale files, as the app does with i18next):
// wrong PIN, bad progress file, tampered progress file, file too large, malformed GIFT, pack
// refused, attempts used up, certificate not valid.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startPreview, type Preview } from './previewProcess';
import { becomeTrainer } from './trainerActions';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const BAD_PACK = path.join(FIXTURES, 'packs/bad-unknown-glossary-term');

const LOCALES = path.resolve(import.meta.dirname, '../../src/core/i18n/locales');

/** A language's locale files merged at their top level, as src/core/i18n/resources.ts does. */
function translations(lang: string): Record<string, unknown> {
  const files = fs.readdirSync(LOCALES).filter((f) => f === `${lang}.json` || (f.startsWith(`${lang}.`) && f.endsWith('.json')));
  return Object.assign({}, ...files.map((f) => JSON.parse(fs.readFileSync(path.join(LOCALES, f), 'utf8')) as Record<string, unknown>));
}

let fr: TFunction;
test.beforeAll(async () => {
  const instance = i18next.createInstance();
  const resources = { en: { translation: translations('en') }, fr: { translation: translations('fr') } };
  await instance.init({ resources, lng: 'fr', fallbackLng: 'en', interpolation: { escapeValue: false }, returnNull: false });
  fr = instance.t;
});

const base = (page: Page) => page.url().replace(/#.*$/, '');

async function inFrench(page: Page) {
  await page.goto(`${base(page)}#/settings`);
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

/** The text an ErrorMessage shows: what failed, the reason, what happens next. */
const sentences = (...parts: string[]) => parts.join(' ');

test('portable progress files: not JSON, tampered, too large, each refused in French', async ({ app: page }) => {
  test.slow();
  await inFrench(page);
  await page.goto(`${base(page)}#/progress`);
  const input = page.getByLabel(fr('portable.chooseFile'));
  const alert = page.getByRole('alert');
  const refused = (file: string, reason: string, params: Record<string, string> = {}) =>
    sentences(fr('portable.rejectedTitle', { file }), fr(`portable.reason.${reason}`, params), fr('portable.rejectedUnchanged'));

  // 1. Not a progress file at all.
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ pas du JSON') });
  await expect(alert).toHaveText(refused('notes.json', 'not-json'));

  // 2. A real export, changed after it was saved.
  const exported = await page.evaluate(async () => {
    const res = await fetch('/api/exportProgress', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' });
    return ((await res.json()) as { value: { text: string } }).value.text;
  });
  const tampered = JSON.parse(exported) as { body: { progress: { lessons: Record<string, unknown> } } };
  tampered.body.progress.lessons['wco-ecommerce/what-is-ecommerce'] = { openedAt: '2026-03-01T09:00:00.000Z', finishedAt: '2026-03-01T09:20:00.000Z' };
  await input.setInputFiles({ name: 'modifie.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
  await expect(alert).toHaveText(refused('modifie.json', 'hash-mismatch'));

  // 3. Too large to be one (refused in the page, sizes written the French way).
  await input.setInputFiles({ name: 'enorme.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
  await expect(alert).toHaveText(refused('enorme.json', 'too-large', { size: '6,0', limit: '5,0' }));
});

test('a malformed GIFT file is refused in French, with its line', async ({ app: page }) => {
  test.slow();
  const file = path.join(FIXTURES, 'gift/malformed.gift');
  const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('::broken::')) + 1;
  await inFrench(page);
  await becomeTrainer(page, 'fr', 'Formatrice');
  await page.goto(`${base(page)}#/trainer/questions`);
  await page.getByLabel(fr('trainer.import.file')).setInputFiles(file);
  await page.getByLabel(fr('trainer.import.title')).fill('Contrôles à l’arrivée');
  await page.getByRole('button', { name: fr('trainer.import.button') }).click();
  const alert = page.getByRole('alert');
  await expect(alert.locator('p')).toHaveText(fr('trainer.import.refused'));
  await expect(alert.locator('li')).toHaveText([fr('errors.place.line', { line, message: fr('errors.gift.unclosedBlock') })]);
});

test('wrong PIN, pack refused, attempts used up, certificate not valid: all in French', async ({ page, dataDir }) => {
  test.slow();
  // A content folder with a pack the validator refuses, and a pack whose check allows one attempt.
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-refusals-'));
  const previews: Preview[] = [];
  const start = async () => {
    const p = await startPreview(dataDir, ['--content', content]);
    previews.push(p);
    await page.goto(p.url);
    return p;
  };
  try {
    fs.cpSync(BAD_PACK, path.join(content, 'bad-pack'), { recursive: true });
    const limited = path.join(content, 'one-attempt');
    fs.cpSync(path.join(FIXTURES, 'packs/valid-minimal'), limited, { recursive: true });
    const quizFile = path.join(limited, 'modules/basics/quizzes/intro-check.yaml');
    fs.writeFileSync(quizFile, fs.readFileSync(quizFile, 'utf8').replace(/^passMark:/m, 'mode: exam\nmaxAttempts: 1\npassMark:'));

    await start();
    await inFrench(page);

    // 5. The refused pack: the notice names its folder and its first problem, in French.
    const catalog = await page.evaluate(async () => {
      const res = await fetch('/api/getCatalog', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"lang":"fr"}' });
      return ((await res.json()) as { value: { rejected: { dir: string; problems: { reason: string; params: Record<string, string>; file: string; line: number }[] }[] } }).value;
    });
    expect(catalog.rejected).toHaveLength(1);
    const { reason, params, file, line } = catalog.rejected[0]!.problems[0]!;
    expect({ reason, params, file }).toEqual({ reason: 'errors.pack.unknownTerm', params: { term: expect.any(String) }, file: expect.stringMatching(/\.md$/) });
    await page.goto(`${base(page)}#/`);
    const notice = page.getByRole('alert').filter({ hasText: 'bad-pack' });
    await expect(notice.locator('p')).toHaveText(
      fr('errors.notice.packRejected', { dir: 'bad-pack', file, line, problem: fr(reason, params) }),
    );

    // 6. Attempts used up: the only attempt is used elsewhere (another window) while this one is open.
    // Opening the quiz records the position, whose answer carries the progress the screen shows;
    // the attempt is spent after that.
    const reloaded = page.waitForResponse((r) => r.url().endsWith('/api/setPosition'));
    await page.goto(`${base(page)}#/quiz/valid-minimal/intro-check`);
    const submitLabel = fr('exam.submit');
    await expect(page.locator('form.question')).toBeVisible();
    await reloaded;
    const used = await page.evaluate(async () => {
      const args = { packId: 'valid-minimal', quizId: 'intro-check', lang: 'fr', answers: {}, seed: 1, startedAt: new Date().toISOString(), durationMs: 1000 };
      const res = await fetch('/api/submitAttempt', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) });
      return ((await res.json()) as { ok: boolean }).ok;
    });
    expect(used).toBe(true);
    const submit = page.getByRole('button', { name: submitLabel });
    while (!(await submit.isVisible())) await page.getByRole('button', { name: fr('quiz.next') }).click();
    await submit.click(); // unanswered questions: asks again first
    await submit.click();
    await expect(page.locator('[role="alert"].notice-error')).toHaveText(
      sentences(fr('errors.context.quizSubmit'), fr('errors.attemptsUsed', { count: 1, quiz: 'intro-check' })),
    );

    // 8. A certificate that was never issued: not valid.
    await page.goto(`${base(page)}#/verify`);
    const typed: [string, string][] = [
      [fr('verify.name.label'), 'Aminata Diallo'],
      [fr('verify.course.label'), 'valid-minimal@1.0.0'],
      [fr('verify.date.label'), '2026-03-01'],
      [fr('verify.score.label'), '90 %'],
      [fr('verify.hours.label'), '12'],
      [fr('verify.organisation.label'), 'Douane de démonstration'],
      [fr('verify.code.label'), 'ABCD-EFGH-JKLM-NPQR'],
    ];
    // "Délivrée par" is followed by "(facultatif)" in its label.
    for (const [label, value] of typed) await page.getByLabel(label, { exact: label !== fr('verify.organisation.label') }).fill(value);
    await page.getByRole('button', { name: fr('verify.submit') }).click();
    await expect(page.locator('.verify-result.invalid')).toContainText(fr('verify.invalid'));

    // 7. Wrong PIN: a second learner with a PIN, then the app is opened again.
    await page.goto(`${base(page)}#/profiles`);
    const form = page.locator('section', { has: page.getByRole('heading', { name: fr('profiles.create.title') }) });
    await form.getByLabel(fr('profiles.form.name'), { exact: true }).fill('Élodie');
    await form.getByLabel(fr('profiles.form.pin')).fill('1234');
    await form.getByLabel(fr('profiles.form.pinRepeat')).fill('1234');
    await form.getByRole('button', { name: fr('profiles.create.submit') }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Élodie' })).toBeVisible();
    await previews.pop()!.stop();
    await start();
    await page.getByRole('button', { name: /^Élodie/ }).click();
    await page.getByLabel(fr('profiles.pin.label'), { exact: true }).fill('0000');
    await page.getByRole('button', { name: fr('profiles.pin.submit') }).click();
    await expect(page.locator('[role="alert"].field-error')).toHaveText(fr('profiles.error.wrongPin', { count: 4 }));
  } finally {
    for (const p of previews) await p.stop();
    fs.rmSync(content, { recursive: true, force: true });
  }
});
