// The class summary for the training file, as a PDF (A4 portrait, pdf-lib as the certificates):
// the class, its completion per module, the score distribution per quiz, the questions the item
// analysis flags and, when sessions exist, pre-test vs post-test. Text is drawn by one function
// (`writeLine`) with the standard fonts, folding what they cannot print (../../../src/core/
// certificates/printable); a Unicode font can replace them there alone.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { printableOrPlaceholder } from '../../../src/core/certificates/printable';
import type { QuizItemReport } from '../../../src/core/classes/itemResponses';
import type { ClassView } from '../../../src/core/classes/results';
import { SCORE_BANDS } from '../../../src/core/classes/tables';
import { translate } from '../../../src/core/i18n/resources';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.33, 0.35, 0.4);
const BRAND = rgb(0.12, 0.3, 0.47);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Writes lines down the pages, starting a new page when one is full. */
class Pages {
  private page: PDFPage;
  private y = PAGE.height - MARGIN;
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
  }

  /** The one place text is drawn: text the font cannot print is folded or replaced, long lines are cut. */
  writeLine(raw: string, opts: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number; gap?: number } = {}): void {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const x = MARGIN + (opts.indent ?? 0);
    const width = PAGE.width - MARGIN - x;
    let text = printableOrPlaceholder(raw);
    while (text.length > 1 && font.widthOfTextAtSize(text, size) > width) text = `${text.slice(0, -2)}…`;
    if (this.y - size < MARGIN) {
      this.page = this.doc.addPage([PAGE.width, PAGE.height]);
      this.y = PAGE.height - MARGIN;
    }
    this.y -= size;
    this.page.drawText(text, { x, y: this.y, size, font, color: opts.color ?? INK });
    this.y -= size * 0.45 + (opts.gap ?? 0);
  }
}


export async function classSummaryPdf(input: { lang: string; view: ClassView; items: QuizItemReport[]; at: Date }): Promise<Uint8Array> {
  const { lang, view, items, at } = input;
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  // French writes a non-breaking space before the per cent sign.
  const pct = (x: number) => `${Math.round(x * 100)}${lang === 'fr' ? '\u00a0' : ''}%`;
  const doc = await PDFDocument.create();
  doc.setTitle(printableOrPlaceholder(`${t('classes.pdf.title')} – ${view.info.name}`));
  doc.setCreator('Customs E-Commerce Academy');
  doc.setProducer('Customs E-Commerce Academy');
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  const pages = new Pages(doc, { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) });
  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
  const heading = (key: string) => pages.writeLine(t(key), { size: 13, bold: true, color: BRAND, gap: 4 });

  pages.writeLine(t('classes.pdf.title'), { size: 11, color: MUTED });
  pages.writeLine(view.info.name, { size: 20, bold: true, color: BRAND, gap: 4 });
  if (view.info.startsOn || view.info.endsOn) {
    pages.writeLine(t('classes.pdf.dates', { from: view.info.startsOn ? date(view.info.startsOn) : '–', to: view.info.endsOn ? date(view.info.endsOn) : '–' }));
  }
  pages.writeLine(t('classes.pdf.trainees', { count: view.info.trainees }));
  pages.writeLine(t('classes.pdf.made', { date: date(at.toISOString()) }), { color: MUTED, gap: 10 });

  heading('classes.pdf.completion');
  for (const m of view.tables.completion) {
    pages.writeLine(t('classes.pdf.completionLine', { module: m.title, complete: m.complete, total: view.tables.rows.length, percent: Math.round(m.meanShare * 100) }), { indent: 10 });
  }

  pages.writeLine('', { gap: 4 });
  heading('classes.pdf.distribution');
  for (const d of view.tables.distributions) {
    pages.writeLine(t('classes.pdf.quizLine', { quiz: d.title, takers: d.takers }), { bold: true, indent: 10 });
    const bands = d.bands.map((n, i) => `${pct(i / SCORE_BANDS)}–${pct(i === SCORE_BANDS - 1 ? 1 : (i + 1) / SCORE_BANDS - 0.01)}${lang === 'fr' ? '\u00a0' : ''}: ${n}`);
    pages.writeLine(bands.slice(0, 5).join('   '), { indent: 20, size: 9 });
    pages.writeLine(bands.slice(5).join('   '), { indent: 20, size: 9 });
  }

  pages.writeLine('', { gap: 4 });
  heading('classes.pdf.flagged');
  const flagged = items.flatMap((q) => q.items.filter((i) => i.flags.length > 0).map((i) => ({ q, i })));
  if (flagged.length === 0) pages.writeLine(t('classes.pdf.noFlags'), { indent: 10 });
  for (const { q, i } of flagged) {
    pages.writeLine(`${q.title} – ${i.sourceQuizId}/${i.questionId}`, { bold: true, indent: 10 });
    pages.writeLine(i.prompt, { indent: 20, size: 9 });
    pages.writeLine(
      t('classes.pdf.itemLine', {
        difficulty: pct(i.difficulty),
        discrimination: i.pointBiserial === null ? '–' : i.pointBiserial.toFixed(2),
        flags: i.flags.map((f) => t(`classes.flag.${f}`)).join(', '),
      }),
      { indent: 20, size: 9, color: MUTED },
    );
  }

  if (view.prePost.length > 0) {
    pages.writeLine('', { gap: 4 });
    heading('classes.pdf.prePost');
    const title = (id: string) => view.tables.modules.find((m) => m.id === id)?.title ?? id;
    for (const r of view.prePost) {
      pages.writeLine(
        t('classes.pdf.prePostLine', {
          module: title(r.moduleId),
          pre: r.pre === undefined ? '–' : pct(r.pre),
          post: r.post === undefined ? '–' : pct(r.post),
          difference: r.difference === undefined ? '–' : `${r.difference >= 0 ? '+' : ''}${Math.round(r.difference * 100)}`,
        }),
        { indent: 10 },
      );
    }
  }
  return doc.save();
}
