// The certificate as a PDF (A4 landscape), drawn with pdf-lib in the app's embedded Unicode font
// (pdf/fonts), so Greek, Cyrillic and other names print as written (core/certificates/printable
// checks the name before we get here). All wording comes from the locales, in the certificate's
// language. Metadata dates are the exam's, so the same certificate gives the same bytes.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { canonicalHours, courseReference, type CertificateDetails } from '../../../src/core/certificates/details';
import { printableOrPlaceholder } from '../../../src/core/certificates/printable';
import { translate } from '../../../src/core/i18n/resources';
import { embedFonts } from '../pdf/fonts';

export interface CertificateContent {
  /** UI language of the certificate's wording ('en', 'fr'). */
  lang: string;
  /** `name` and `organisation` already in their printable form. */
  details: CertificateDetails;
  courseTitle: string;
  code: string;
  /** When the exam was passed: the PDF's creation date. */
  issuedAt: Date;
}

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 70;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
const BRAND = rgb(0.12, 0.3, 0.47);
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.33, 0.35, 0.4);

/** translate() with {{placeholders}} filled in (the PDF has no i18next). */
export function fill(lang: string, key: string, params: Record<string, string> = {}): string {
  return translate(lang, key, params);
}

export function formatDate(lang: string, isoDay: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** Hours in the language's way ("12.5", "12,5"), without grouping (French groups with U+202F). */
export function formatHours(lang: string, hours: number): string {
  const n = Number(canonicalHours(hours));
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(n);
}

/** Splits text into lines no wider than `width` at `size` (a word longer than a line stays whole). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes centred lines down the page; `y` is the top of the next line. */
class Writer {
  y = PAGE.height - 72;
  constructor(private readonly page: PDFPage) {}

  /** Centred lines, wrapped; the font shrinks (down to `minSize`) before a single line wraps. */
  centred(raw: string, font: PDFFont, size: number, opts: { color?: ReturnType<typeof rgb>; gap?: number; minSize?: number } = {}): void {
    const text = printableOrPlaceholder(raw);
    let s = size;
    while (opts.minSize && s > opts.minSize && font.widthOfTextAtSize(text, s) > TEXT_WIDTH) s -= 1;
    for (const line of wrap(text, font, s, TEXT_WIDTH)) {
      const w = font.widthOfTextAtSize(line, s);
      // drawText places the baseline: step down by the size first, then leave the line gap.
      this.y -= s;
      this.page.drawText(line, { x: (PAGE.width - w) / 2, y: this.y, size: s, font, color: opts.color ?? INK });
      this.y -= s * 0.35;
    }
    this.y -= opts.gap ?? 0;
  }
}

export async function renderCertificatePdf(c: CertificateContent): Promise<Uint8Array> {
  const { lang, details: d } = c;
  const t = (key: string, params?: Record<string, string>) => fill(lang, key, params);
  const appName = translate(lang, 'app.name');
  const heading = t('certificates.pdf.heading');

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${heading} – ${d.name}`);
  doc.setSubject(c.courseTitle);
  doc.setAuthor(d.organisation ?? appName);
  doc.setCreator(appName);
  doc.setProducer(appName);
  doc.setLanguage(lang);
  doc.setCreationDate(c.issuedAt);
  doc.setModificationDate(c.issuedAt);

  const { regular, bold } = await embedFonts(doc);
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 22, y: 22, width: PAGE.width - 44, height: PAGE.height - 44, borderColor: BRAND, borderWidth: 3 });
  page.drawRectangle({ x: 30, y: 30, width: PAGE.width - 60, height: PAGE.height - 60, borderColor: BRAND, borderWidth: 0.75 });

  const w = new Writer(page);
  w.centred(appName, bold, 12, { color: MUTED, gap: 22 });
  w.centred(heading, bold, 32, { color: BRAND, gap: 24 });
  w.centred(t('certificates.pdf.certifies'), regular, 14, { gap: 12 });
  w.centred(d.name, bold, 30, { minSize: 16, gap: 14 });
  w.centred(t('certificates.pdf.completed'), regular, 14, { gap: 8 });
  w.centred(c.courseTitle, bold, 20, { color: BRAND, gap: 20 });
  const score = t('certificates.pdf.score', { percent: String(d.scorePercent) });
  w.centred(t('certificates.pdf.result', { score, date: formatDate(lang, d.date) }), regular, 13, { gap: 5 });
  w.centred(t('certificates.pdf.hours', { hours: formatHours(lang, d.hours) }), regular, 13, { gap: 5 });
  if (d.organisation) w.centred(t('certificates.pdf.issuedBy', { organisation: d.organisation }), regular, 13);

  // The part someone checking the certificate types on the Verify screen.
  w.y = 128;
  page.drawLine({ start: { x: MARGIN, y: 134 }, end: { x: PAGE.width - MARGIN, y: 134 }, thickness: 0.5, color: MUTED });
  w.centred(t('certificates.pdf.code', { code: c.code }), bold, 14, { gap: 2 });
  w.centred(t('certificates.pdf.reference', { reference: courseReference(d.courseId, d.courseVersion), date: d.date }), regular, 10, { color: MUTED });
  w.centred(t('certificates.pdf.howToVerify', { app: appName }), regular, 9, { color: MUTED });

  return doc.save();
}
