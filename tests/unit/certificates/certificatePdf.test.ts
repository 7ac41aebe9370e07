// The certificate PDF as a reader sees it: rendered to an image by poppler (pdftoppm) and read
// back as text (pdftotext), in English and French. Poppler is installed by .ci/run
// (poppler-utils); without it these tests fail with a message saying so, they are not skipped.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CertificateView } from '../../../src/core/certificates/details';
import { pdfText, poppler } from '../poppler';
import { useTempDirs } from '../tempDirs';
import { completeCourse, COURSE_ID, openServices, POLICY_FIXTURE } from './setup';

const tempDir = useTempDirs('academy-certificate-pdf-');

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function makeCertificate(lang: 'en' | 'fr', name: string) {
  const s = openServices(tempDir(), { policyFile: POLICY_FIXTURE });
  completeCourse(s);
  const view: CertificateView = await s.certificates.get({ packId: COURSE_ID, lang, name });
  await s.close();
  if (!view.eligible || !view.issued) throw new Error('expected a certificate');
  const dir = tempDir();
  const file = path.join(dir, view.issued.fileName);
  fs.writeFileSync(file, Buffer.from(view.issued.pdfBase64, 'base64'));
  return { view, file, dir, issued: view.issued };
}

const EXPECT = {
  en: {
    title: 'Customs and e-commerce, a short course',
    lines: ['Certificate of completion', 'This is to certify that', 'with a score of 100%', 'Hours of study: 2.5', 'Issued by Direction générale des douanes de Ruritanie'],
    code: 'Verification code:',
    longDate: (d: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)),
  },
  fr: {
    title: 'La douane et le commerce électronique, un parcours court',
    lines: ['Attestation de réussite', 'La présente attestation certifie que', 'avec un résultat de 100 %', 'Heures de formation : 2,5', 'Délivrée par Direction générale des douanes de Ruritanie', '« Vérifier une attestation »'],
    code: 'Code de vérification :',
    longDate: (d: string) => new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)),
  },
} as const;

describe.each(['en', 'fr'] as const)('the certificate PDF in %s', (lang) => {
  it('renders to a landscape page image', async () => {
    const { file, dir } = await makeCertificate(lang, 'Aminata Diallo');
    poppler('pdftoppm', ['-png', '-r', '50', '-singlefile', file, path.join(dir, 'page')]);
    const { width, height } = pngSize(path.join(dir, 'page.png'));
    expect(width).toBeGreaterThan(height); // A4 landscape: 842 × 595 pt
    expect(Math.round((width / height) * 100)).toBe(141);
    // And it has ink: a greyscale rendering (PGM, uncompressed) has dark pixels in the border and in the text.
    poppler('pdftoppm', ['-gray', '-r', '50', '-singlefile', file, path.join(dir, 'page')]);
    const pgm = fs.readFileSync(path.join(dir, 'page.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    expect(header).not.toBeNull();
    const [w, h] = [Number(header![1]), Number(header![2])];
    const pixels = pgm.subarray(pgm.length - w * h);
    const dark = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (pixels[y * w + x]! < 128) n++;
      return n;
    };
    expect(dark(0, 0, w, Math.round(h * 0.06)), 'the border').toBeGreaterThan(w / 2);
    expect(dark(Math.round(w * 0.25), Math.round(h * 0.3), Math.round(w * 0.75), Math.round(h * 0.45)), 'the name').toBeGreaterThan(100);
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
  }, 20_000);

  it('shows the name, course title, score, date, hours, organisation and code', async () => {
    const { view, file, issued } = await makeCertificate(lang, 'Aminata Diallo');
    const text = pdfText(file);
    const e = EXPECT[lang];
    expect(text).toContain('Aminata Diallo');
    expect(text).toContain(e.title);
    for (const line of e.lines) expect(text).toContain(line);
    expect(text).toContain(e.longDate(view.details.date));
    expect(text).toContain(`${lang === 'fr' ? 'Date :' : 'Date:'} ${view.details.date}`);
    expect(text).toContain(`${e.code} ${issued.code}`);
    expect(text).toContain(`${COURSE_ID}@2.1.0`);
    // The file carries its title and language for screen readers and file managers.
    const info = poppler('pdftotext', ['-enc', 'UTF-8', '-htmlmeta', file, '-']);
    expect(info).toContain(`<title>${lang === 'fr' ? 'Attestation de réussite' : 'Certificate of completion'} – Aminata Diallo</title>`);
  }, 20_000);

  it('prints a Polish name as written, with the letters Windows-1252 lacks', async () => {
    const { view, file } = await makeCertificate(lang, 'Łukasz Wałęsa-Nowak');
    expect(view.details.name).toBe('Łukasz Wałęsa-Nowak');
    expect(pdfText(file)).toContain('Łukasz Wałęsa-Nowak');
  }, 20_000);

  it.each(['Αλέξανδρος Παπαδόπουλος', 'Анна Иванова'])('prints and verifies a name in another script: %s', async (name) => {
    const { view, file, issued } = await makeCertificate(lang, name);
    expect(view.details.name).toBe(name);
    expect(pdfText(file)).toContain(name);
    // The code printed on the page verifies with the details as a checker would type them.
    const printed = /([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(pdfText(file))?.[1];
    expect(printed).toBe(issued.code);
    const s = openServices(tempDir(), { policyFile: POLICY_FIXTURE });
    try {
      expect(s.certificates.verify({ details: view.details, code: printed! }).valid).toBe(true);
      expect(s.certificates.verify({ details: { ...view.details, name: name.replace(/.$/u, 'x') }, code: printed! }).valid).toBe(false);
    } finally {
      await s.close();
    }
  }, 20_000);
});
