// The certificate service on real files: when a certificate is earned, what it states, that it
// can be downloaded again unchanged, and that this installation's key survives restarts and
// damage (a lost key would make every certificate issued here unverifiable).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/api/handlers';
import { backupsDir } from '../../../electron/services/store/safeStore';
import type { CertificateView } from '../../../src/core/certificates/details';
import { localDate } from '../../../src/core/review/streak';
import { useTempDirs } from '../tempDirs';
import { completeCourse, COURSE_DIR, COURSE_ID, FINAL, openServices, takeQuiz } from './setup';

const tempDir = useTempDirs('academy-certificates-');

function issued(view: CertificateView) {
  if (!view.eligible || !view.issued) throw new Error(`expected a certificate, got ${JSON.stringify(view).slice(0, 300)}`);
  return { ...view, issued: view.issued };
}

describe('eligibility', () => {
  it('a pack without a final exam has no certificate', async () => {
    const s = openServices(tempDir(), { contentRoots: [path.join(COURSE_DIR, '..', 'packs', 'valid-minimal')] });
    expect(await s.certificates.get({ packId: 'valid-minimal', lang: 'en', name: 'Ana' })).toEqual({ eligible: false, reason: 'no-final-exam' });
  });

  it('is earned by passing the final exam, not by failing it or by passing other quizzes', async () => {
    const s = openServices(tempDir());
    takeQuiz(s, 'intro-quiz', { q1: { type: 'true-false', value: true } }, 10);
    takeQuiz(s, 'final-exam', FINAL.wrong, 10);
    expect(await s.certificates.get({ packId: COURSE_ID, lang: 'en' })).toEqual({ eligible: false, reason: 'not-passed', finalQuizId: 'final-exam' });
    takeQuiz(s, 'final-exam', FINAL.half, 10); // 50%, the pass mark
    const view = await s.certificates.get({ packId: COURSE_ID, lang: 'en' });
    expect(view).toMatchObject({ eligible: true, details: { name: '', scorePercent: 50 }, courseTitle: 'Customs and e-commerce, a short course' });
    expect(view.eligible && view.issued).toBeUndefined(); // no name, no certificate yet
  });

  it('an unknown pack is "not found"', async () => {
    const s = openServices(tempDir());
    const handlers = createHandlers(s, () => true);
    expect(await handlers.getCertificate('app://academy/', { packId: 'nope', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('what the certificate states', () => {
  it('the facts: course id and version, the day of the exam, its score, the hours of study up to it', async () => {
    const s = openServices(tempDir());
    const exam = completeCourse(s); // 90 + 60 minutes
    const view = issued(await s.certificates.get({ packId: COURSE_ID, lang: 'fr', name: 'Aminata Diallo' }));
    expect(view.details).toEqual({
      name: 'Aminata Diallo',
      courseId: COURSE_ID,
      courseVersion: '2.1.0',
      date: localDate(new Date(exam.finishedAt)),
      scorePercent: 100,
      hours: 2.5,
    });
    expect(view.courseTitle).toBe('La douane et le commerce électronique, un parcours court');
    expect(view.issued.fileName).toBe(`attestation-${COURSE_ID}-${view.details.date}.pdf`);
    expect(Buffer.from(view.issued.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is for the best passing attempt, and study after it does not change it', async () => {
    const s = openServices(tempDir());
    takeQuiz(s, 'final-exam', FINAL.half, 30);
    const best = takeQuiz(s, 'final-exam', FINAL.right, 30);
    const first = issued(await s.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana' }));
    expect(first.details).toMatchObject({ scorePercent: 100, hours: 1, date: localDate(new Date(best.finishedAt)) });
    // A later, weaker pass and more practice change nothing: same facts, same code, same bytes.
    takeQuiz(s, 'final-exam', FINAL.half, 45);
    takeQuiz(s, 'intro-quiz', { q1: { type: 'true-false', value: true } }, 45);
    const again = issued(await s.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana' }));
    expect(again.details).toEqual(first.details);
    expect(again.issued).toEqual(first.issued);
  });

  it('prints Latin, Greek and Cyrillic names as written, and refuses characters the font lacks', async () => {
    const s = openServices(tempDir());
    completeCourse(s);
    const polish = issued(await s.certificates.get({ packId: COURSE_ID, lang: 'en', name: '  Łukasz   Wałęsa ' }));
    expect(polish.details.name).toBe('Łukasz Wałęsa');
    const greek = issued(await s.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Σωκράτης' }));
    expect(greek.details.name).toBe('Σωκράτης');
    const chinese = await s.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana 李娜' });
    expect(chinese).toMatchObject({ eligible: true, details: { name: '' }, unprintable: ['李', '娜'] });
    expect(chinese.eligible && chinese.issued).toBeUndefined();
  });
});

describe('verification', () => {
  it('the issued code verifies with the details as printed; a tampered detail does not', async () => {
    const s = openServices(tempDir());
    completeCourse(s);
    const view = issued(await s.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Łukasz Wałęsa' }));
    const { details } = view;
    const { code } = view.issued;
    expect(s.certificates.verify({ details, code })).toEqual({ valid: true, keySource: 'installation' });
    expect(s.certificates.verify({ details: { ...details, name: 'Łukasz Wałęsa' }, code: code.toLowerCase() }).valid).toBe(true);
    expect(s.certificates.verify({ details: { ...details, scorePercent: 99 }, code }).valid).toBe(false);
    expect(s.certificates.verify({ details: { ...details, hours: details.hours + 1 }, code }).valid).toBe(false);
    expect(s.certificates.verify({ details: { ...details, organisation: 'Someone' }, code }).valid).toBe(false);
  });

  it('another installation (another key) says not valid', async () => {
    const a = openServices(tempDir());
    completeCourse(a);
    const view = issued(await a.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana' }));
    const b = openServices(tempDir());
    expect(b.certificates.verify({ details: view.details, code: view.issued.code }).valid).toBe(false);
  });

  it('the handler refuses malformed details before the service sees them', async () => {
    const s = openServices(tempDir());
    const handlers = createHandlers(s, () => true);
    const details = { name: 'Ana', courseId: COURSE_ID, courseVersion: '2.1.0', date: '2025-02-30', scorePercent: 50, hours: 1 };
    expect(await handlers.verifyCertificate('app://academy/', { details, code: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-request', reason: 'errors.badRequest', params: { field: 'details.date' } } });
    expect(await handlers.verifyCertificate('app://academy/', { details: { ...details, date: '2025-02-28', extra: 1 }, code: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await handlers.verifyCertificate('app://academy/', { details: { ...details, date: '2025-02-28' }, code: 'x' })).toEqual({ ok: true, value: { valid: false, keySource: 'installation' } });
  });
});

describe("this installation's key", () => {
  it('is made once and kept: the same code after a restart', async () => {
    const dataDir = tempDir();
    const first = openServices(dataDir);
    completeCourse(first);
    const before = issued(await first.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana' }));
    const keyFile = fs.readFileSync(path.join(dataDir, 'installation-key.json'), 'utf8');
    expect(Buffer.from(JSON.parse(keyFile).key, 'base64')).toHaveLength(32);
    await first.close();
    const second = openServices(dataDir);
    expect(fs.readFileSync(path.join(dataDir, 'installation-key.json'), 'utf8')).toBe(keyFile);
    const after = issued(await second.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana' }));
    expect(after.issued.code).toBe(before.issued.code);
    expect(second.notices.list()).toEqual([]);
  });

  it('a damaged key file is restored from its backup: old certificates still verify, no notice', async () => {
    const dataDir = tempDir();
    const first = openServices(dataDir);
    completeCourse(first);
    const view = issued(await first.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana' }));
    await first.close();
    fs.writeFileSync(path.join(dataDir, 'installation-key.json'), '{"schemaVersion":1,"key":"trunc');
    const second = openServices(dataDir);
    expect(second.certificates.keyRecovery).toMatchObject({ kind: 'restored' });
    expect(second.certificates.verify({ details: view.details, code: view.issued.code }).valid).toBe(true);
    expect(second.notices.list().map((n) => n.id)).not.toContain('certificate-key-reset');
  });

  it('a key lost with its backups is replaced, and the learner is told what that means', async () => {
    const dataDir = tempDir();
    const first = openServices(dataDir);
    completeCourse(first);
    const view = issued(await first.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana' }));
    await first.close();
    fs.writeFileSync(path.join(dataDir, 'installation-key.json'), 'garbage');
    for (const f of fs.readdirSync(backupsDir(dataDir))) if (f.startsWith('installation-key-')) fs.rmSync(path.join(backupsDir(dataDir), f));
    const second = openServices(dataDir);
    expect(second.certificates.verify({ details: view.details, code: view.issued.code }).valid).toBe(false);
    const notice = second.notices.list().find((n) => n.id === 'certificate-key-reset');
    expect(notice).toMatchObject({ key: 'certificates.keyReset', params: { file: expect.stringContaining('installation-key.corrupt-') }, paramKeys: { reason: 'notice.cause.notJson' } });
    expect(fs.readFileSync(notice!.params!.file!, 'utf8')).toBe('garbage'); // kept, never wiped
  });
});
