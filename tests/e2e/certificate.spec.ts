// A learner passes a course's final exam and downloads the certificate; someone else checks it
// on the Verify screen: valid as printed, not valid with one detail changed. Keyboard only (the
// address bar aside), axe-clean, in English and French. The course is a small fixture pack with
// a final exam, and the harness runs with a policy file (organisation name and shared key).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startPreview, type Preview } from './previewProcess';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/certificate');
const ORGANISATION = 'Direction générale des douanes de Ruritanie';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A fresh data folder and a harness with the fixture course and the policy; outside requests and CSP errors fail the test. */
const test = base.extend<{ preview: Preview; app: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  preview: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-cert-'));
    const preview = await startPreview(dataDir, ['--content', path.join(FIXTURES, 'final-course'), '--policy', path.join(FIXTURES, 'policy.yaml')]);
    await use(preview);
    await preview.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, preview }, use) => {
    const outside: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('about:')) return;
      if (new URL(url).origin !== preview.origin) outside.push(url);
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(preview.url);
    await use(page);
    expect(outside, 'requests that left the app origin').toEqual([]);
    expect(errors, 'page errors and CSP violations').toEqual([]);
  },
});

// Long journeys walked one Tab at a time, with axe (5–8 s a run here) on the main states.
test.describe.configure({ timeout: 180_000 });

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
  expect(results.passes.length, `axe found nothing to check on ${screen}`).toBeGreaterThan(10);
}

const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.closest('label');
    return (label?.textContent ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused element's text (or its label's) matches. */
async function tabTo(page: Page, text: string | RegExp, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedText(page);
    if (typeof text === 'string' ? focused === text : text.test(focused)) return;
  }
  throw new Error(`could not reach "${String(text)}" with the Tab key`);
}

/** Tabs to the text field with this label, and types into it (replacing what is there). */
async function typeInto(page: Page, label: string, value: string): Promise<void> {
  const id = await page.locator('label', { hasText: label }).first().getAttribute('for');
  // Tab forward to a field after the focus, Shift+Tab back to one before it.
  const before = await page.evaluate((target) => {
    const el = document.getElementById(target ?? '');
    const active = document.activeElement;
    return !!el && !!active && active !== document.body && !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, id);
  const key = before ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < 120 && (await page.evaluate(() => document.activeElement?.id)) !== id; i++) await page.keyboard.press(key);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(value);
}

/** Picks a radio option by its text with the arrow keys (a radio group is one Tab stop). */
async function pickRadio(page: Page, text: string): Promise<void> {
  for (let n = 0; n < 40 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); n++) {
    await page.keyboard.press('Tab');
  }
  for (let n = 0; n < 6 && (await focusedText(page)) !== text; n++) await page.keyboard.press('ArrowDown');
  expect(await focusedText(page)).toBe(text);
  await page.keyboard.press('Space');
}

async function passFinalExam(page: Page, preview: Preview) {
  await page.goto(`${preview.url}#/quiz/final-course/final-exam`);
  await expect(page.locator('form.question legend')).toHaveText('Who usually sends customs its data before the goods land?');
  await pickRadio(page, 'The express carrier');
  await tabTo(page, 'Next question');
  await page.keyboard.press('Enter');
  await expect(page.locator('form.question legend')).toHaveText('Every parcel is opened by customs.');
  await pickRadio(page, 'False');
  await tabTo(page, 'Submit my answers');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0]+/g, ' ');
}

/** On the certificate screen: types the name, creates the certificate, downloads it; returns the code and the PDF's text. */
async function createAndDownload(page: Page, name: string, labels: { name: string; create: string; download: string; again: string; ready: string }) {
  await typeInto(page, labels.name, name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: labels.ready })).toBeFocused();
  const code = (await page.locator('.certificate-code').textContent()) ?? '';
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
  await tabTo(page, labels.download);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  // The PDF is read and its folder removed at once, pass or fail: no test leaves a temp folder.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-pdf-'));
  let text: string;
  try {
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    text = pdfText(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await expect(page.getByRole('link', { name: labels.again })).toBeFocused();
  return { code, text, fileName: download.suggestedFilename() };
}

/** The facts listed on the certificate screen, by their label. */
async function facts(page: Page): Promise<Record<string, string>> {
  return page.locator('.certificate-facts').evaluate((dl) => {
    const out: Record<string, string> = {};
    for (const dt of dl.querySelectorAll('dt')) out[dt.textContent ?? ''] = (dt.nextElementSibling?.textContent ?? '').trim();
    return out;
  });
}

test('pass the final exam, download the certificate, and verify it (valid, then tampered: not valid)', async ({ app: page, preview }) => {
  // Before the exam: the home screen offers no certificate, the certificate screen says how to earn it.
  await expect(page.getByRole('heading', { name: 'Customs and e-commerce, a short course' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'My certificate' })).toHaveCount(0);
  await page.goto(`${preview.url}#/certificate/final-course`);
  await expect(page.getByText('You earn the certificate of this course by passing its final exam.')).toBeVisible();

  await passFinalExam(page, preview);
  await tabTo(page, 'Get my certificate');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'My certificate' })).toBeVisible();
  const shown = await facts(page);
  expect(shown).toMatchObject({ Course: 'Customs and e-commerce, a short course', 'Course reference': 'final-course@2.1.0', 'Final exam score': '100%', 'Issued by': ORGANISATION });
  expect(shown['Final exam passed on']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(shown['Hours of study']).toMatch(/^\d+\.\d$/);
  // The name field starts with the active profile's name.
  const profiles = await page.evaluate(() => fetch('/api/listProfiles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' }).then((r) => r.json()));
  const activeName = profiles.value.profiles.find((p: { id: string }) => p.id === profiles.value.activeId)?.name;
  expect(activeName).toBeTruthy();
  await expect(page.locator('#certificate-name')).toHaveValue(activeName);

  // A name the font cannot print is refused with the characters named; then a Greek one, printed as written.
  await typeInto(page, 'Your name, as it should appear on the certificate', 'Ana 李娜');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('cannot print: 李 娜');
  await expect(page.locator('#certificate-name')).toBeFocused();
  await expect(page.locator('#certificate-name')).toHaveAttribute('aria-invalid', 'true');

  const en = await createAndDownload(page, 'Αλέξανδρος Παπαδόπουλος', {
    name: 'Your name, as it should appear on the certificate',
    create: 'Create my certificate',
    ready: 'Your certificate is ready',
    download: 'Download my certificate (PDF)',
    again: 'Download my certificate again',
  });
  // Printed exactly as typed, so no "printed as" line.
  await expect(page.getByText(/Your name is printed as/)).toHaveCount(0);
  expect(en.fileName).toBe(`certificate-final-course-${shown['Final exam passed on']}.pdf`);
  for (const part of ['Certificate of completion', 'Αλέξανδρος Παπαδόπουλος', 'Customs and e-commerce, a short course', 'with a score of 100%', ORGANISATION, `Verification code: ${en.code}`, `Date: ${shown['Final exam passed on']}`]) {
    expect(en.text).toContain(part);
  }
  await expectNoViolations(page, 'certificate screen, certificate ready');

  // The Verify screen, reached from the navigation.
  await tabTo(page, 'Verify a certificate');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify a certificate' })).toBeVisible();
  // An empty form names the fields to fill in, and puts the focus on the first.
  await tabTo(page, 'Verify');
  await page.keyboard.press('Enter');
  await expect(page.locator('#verify-name')).toBeFocused();
  await expect(page.locator('.field-error')).toHaveCount(6);
  await expectNoViolations(page, 'verify screen with field errors');

  await typeInto(page, 'Name of the holder', 'Αλέξανδρος Παπαδόπουλος');
  await typeInto(page, 'Course reference', 'final-course@2.1.0');
  await typeInto(page, 'Date', shown['Final exam passed on']!);
  await typeInto(page, 'Final exam score (%)', '100');
  await typeInto(page, 'Hours of study', shown['Hours of study']!);
  await typeInto(page, 'Issued by', ORGANISATION);
  await typeInto(page, 'Verification code', en.code.toLowerCase().replace(/-/g, ' '));
  await page.keyboard.press('Enter');
  const outcome = page.getByRole('status').filter({ has: page.locator('.verify-result') });
  await expect(outcome).toContainText('Valid: a certificate with exactly these details was issued with this key.');
  await expect(outcome).toContainText('your administration’s, shared by all its computers');
  await expectNoViolations(page, 'verify screen, valid');

  // One detail changed: not valid.
  await typeInto(page, 'Final exam score (%)', '99');
  await expect(page.locator('.verify-result')).toHaveCount(0); // an edit clears the old verdict
  await page.keyboard.press('Enter');
  await expect(outcome).toContainText('Not valid: no certificate with these details and this code was issued with this key.');
});

test('the certificate can be downloaded again in French from the home screen, with the same code', async ({ app: page, preview }) => {
  await passFinalExam(page, preview);
  await tabTo(page, 'Get my certificate');
  await page.keyboard.press('Enter');
  const en = await createAndDownload(page, 'Aminata Diallo', {
    name: 'Your name, as it should appear on the certificate',
    create: 'Create my certificate',
    ready: 'Your certificate is ready',
    download: 'Download my certificate (PDF)',
    again: 'Download my certificate again',
  });

  await tabTo(page, 'Settings');
  await page.keyboard.press('Enter');
  // Screens other than the lesson load on first use: wait for this one before tabbing into it.
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await pickRadio(page, 'Français');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await tabTo(page, 'Accueil');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Parcours validé')).toBeVisible();
  await expectNoViolations(page, 'home screen with a certificate (fr)');
  await tabTo(page, 'Mon attestation');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon attestation' })).toBeVisible();
  const shown = await facts(page);
  expect(shown).toMatchObject({ Parcours: 'La douane et le commerce électronique, un parcours court', 'Résultat à l’examen final': '100\u00a0%', 'Délivrée par': ORGANISATION });
  const fr = await createAndDownload(page, 'Aminata Diallo', {
    name: 'Votre nom, tel qu’il doit figurer sur l’attestation',
    create: 'Établir mon attestation',
    ready: 'Votre attestation est prête',
    download: 'Télécharger mon attestation (PDF)',
    again: 'Télécharger à nouveau mon attestation',
  });
  expect(fr.code, 'the code does not depend on the language').toBe(en.code);
  expect(fr.fileName).toMatch(/^attestation-final-course-\d{4}-\d{2}-\d{2}\.pdf$/);
  for (const part of ['Attestation de réussite', 'Aminata Diallo', 'La douane et le commerce électronique, un parcours court', 'avec un résultat de 100 %', `Délivrée par ${ORGANISATION}`, `Code de vérification : ${en.code}`]) {
    expect(fr.text).toContain(part);
  }
  await expectNoViolations(page, 'certificate screen (fr)');

  await tabTo(page, 'Vérifier une attestation');
  await page.keyboard.press('Enter');
  await typeInto(page, 'Nom du titulaire', 'Aminata Diallo');
  await typeInto(page, 'Référence du parcours', 'final-course@2.1.0');
  await typeInto(page, 'Date', shown['Examen final réussi le']!);
  await typeInto(page, 'Résultat à l’examen final', '100 %');
  await typeInto(page, 'Heures de formation', shown['Heures de formation']!);
  await typeInto(page, 'Délivrée par', ORGANISATION);
  await typeInto(page, 'Code de vérification', fr.code);
  await page.keyboard.press('Enter');
  await expect(page.locator('.verify-result.valid')).toContainText('Valide\u00a0: une attestation comportant exactement ces informations');
  await typeInto(page, 'Nom du titulaire', 'Aminata Diallo-Sow');
  await page.keyboard.press('Enter');
  await expect(page.locator('.verify-result.invalid')).toContainText('Non valide');
});
