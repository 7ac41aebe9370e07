// Lays a PrintDocument (src/core/print/document) out on A4 pages with pdf-lib: a title block,
// headings, wrapped paragraphs with bold runs, lists, simple tables, figures, boxed asides and
// "Page 3 of 8" on every page. Short blocks are kept whole on a page and a heading is kept with
// what follows, so a question never starts at the foot of one page and ends on the next.
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { printableOrPlaceholder } from '../../../src/core/certificates/printable';
import type { Block, PrintDocument, Run } from '../../../src/core/print/document';
import { embedFonts, type PdfFonts } from './fonts';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { x: 56, top: 56, bottom: 64 };
const WIDTH = A4.width - 2 * MARGIN.x;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.33, 0.35, 0.4);
const BRAND = rgb(0.12, 0.3, 0.47);
const RULE = rgb(0.75, 0.77, 0.8);
const SHADE = rgb(0.93, 0.94, 0.96);

export interface LayoutOptions {
  /** The PNG of a pack figure (path inside the pack), or undefined to print its text instead. */
  figure: (src: string) => Promise<Uint8Array | undefined>;
  /** "Page 3 of 8", in the document's language. */
  pageLabel: (page: number, pages: number) => string;
  /** "Figure: <alt text>", printed when a figure cannot be drawn. */
  figureText: (alt: string) => string;
  /** Shrink the type (down to 7.5 pt) to fit the document on one page: the job aid. */
  onePage?: boolean;
  /** The PDF's creation date (fixed, so the same document gives the same bytes). */
  date?: Date;
}

interface Word {
  text: string;
  font: PDFFont;
  width: number;
  /** A space goes before this word. */
  spaced: boolean;
}

type Line = Word[];

/** Writes blocks down the pages; `y` is the top of the next line. */
class Writer {
  page!: PDFPage;
  y = 0;
  private readonly bars: { x: number; top: number }[] = [];
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    /** Body text size, in points. */
    readonly base: number,
  ) {
    this.newPage();
  }

  get bottom(): number {
    return MARGIN.bottom;
  }

  newPage(): void {
    // A box that runs on: close its bar on this page, reopen it on the next.
    if (this.page) for (const bar of this.bars) this.bar(bar.x, bar.top, this.bottom);
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN.top;
    for (const bar of this.bars) bar.top = this.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  need(height: number): void {
    if (this.y - height < this.bottom && this.y < A4.height - MARGIN.top - 1) this.newPage();
  }

  /** Words of runs, each measured once (custom-font measuring is the slow part of layout). */
  words(runs: readonly Run[], size: number, boldAll = false): Word[] {
    const out: Word[] = [];
    let spaced = false;
    for (const run of runs) {
      const font = run.bold || boldAll ? this.fonts.bold : this.fonts.regular;
      const parts = printableOrPlaceholder(run.text).split(/( +)/);
      for (const part of parts) {
        if (part === '') continue;
        if (part.trim() === '') {
          spaced = true;
          continue;
        }
        out.push({ text: part, font, width: font.widthOfTextAtSize(part, size), spaced });
        spaced = false;
      }
    }
    return out;
  }

  /** Breaks words into lines no wider than `width` (a word longer than a line stays whole). */
  lines(words: readonly Word[], size: number, width: number): Line[] {
    const space = this.fonts.regular.widthOfTextAtSize(' ', size);
    const lines: Line[] = [];
    let line: Line = [];
    let used = 0;
    for (const w of words) {
      const add = (line.length > 0 && w.spaced ? space : 0) + w.width;
      if (line.length > 0 && used + add > width) {
        lines.push(line);
        line = [{ ...w, spaced: false }];
        used = w.width;
      } else {
        line.push(w);
        used += add;
      }
    }
    if (line.length > 0) lines.push(line);
    return lines;
  }

  drawLine(line: Line, x: number, size: number, color = INK): void {
    const space = this.fonts.regular.widthOfTextAtSize(' ', size);
    let at = x;
    // Consecutive words in one font are drawn as one string: fewer text objects, and copy-paste keeps the spaces.
    let chunk = '';
    let chunkFont: PDFFont | undefined;
    let chunkX = at;
    const flush = () => {
      if (chunk && chunkFont) this.page.drawText(chunk, { x: chunkX, y: this.y, size, font: chunkFont, color });
      chunk = '';
    };
    line.forEach((w, i) => {
      const gap = i > 0 && w.spaced ? space : 0;
      if (w.font !== chunkFont) {
        flush();
        chunkFont = w.font;
        chunkX = at + gap;
        chunk = w.text;
      } else {
        chunk += (gap ? ' ' : '') + w.text;
      }
      at += gap + w.width;
    });
    flush();
  }

  /** The height text() will take. */
  textHeight(runs: readonly Run[], size: number, width: number, after = size * 0.5): number {
    return this.lines(this.words(runs, size), size, width).length * size * 1.35 + after;
  }

  /** Paragraph text at `x`, wrapped to `width`; kept on one page when it fits on one. */
  text(runs: readonly Run[], opts: { size?: number; x?: number; width?: number; color?: ReturnType<typeof rgb>; bold?: boolean; after?: number; marker?: string } = {}): void {
    const size = opts.size ?? this.base;
    const x = opts.x ?? MARGIN.x;
    const width = opts.width ?? WIDTH - (x - MARGIN.x);
    const lead = size * 1.35;
    const lines = this.lines(this.words(runs, size, opts.bold), size, width);
    if (lines.length === 0) return;
    const height = lines.length * lead;
    if (height < A4.height - MARGIN.top - MARGIN.bottom) this.need(height);
    lines.forEach((line, i) => {
      this.need(lead);
      this.y -= size;
      if (i === 0 && opts.marker) {
        const m = printableOrPlaceholder(opts.marker);
        this.page.drawText(m, { x: x - this.fonts.regular.widthOfTextAtSize(m, size) - 4, y: this.y, size, font: this.fonts.regular, color: opts.color ?? INK });
      }
      this.drawLine(line, x, size, opts.color);
      this.y -= lead - size;
    });
    this.y -= opts.after ?? size * 0.5;
  }

  bar(x: number, top: number, bottom: number): void {
    if (top - bottom > 1) this.page.drawLine({ start: { x, y: top }, end: { x, y: bottom }, thickness: 2, color: BRAND });
  }

  openBar(x: number): void {
    this.bars.push({ x, top: this.y });
  }

  closeBar(): void {
    const bar = this.bars.pop();
    if (bar) this.bar(bar.x, bar.top, this.y + 2);
  }
}

/**
 * Column widths in proportion to each column's longest cell, but never narrower than its longest
 * word (a word does not wrap, so it would run into the next column): wider columns give way.
 */
function columnWidths(w: Writer, header: readonly string[], rows: readonly string[][], size: number, width: number, pad: number): number[] {
  const columns = Math.max(header.length, ...rows.map((r) => r.length));
  const measure = (text: string, font: PDFFont) => font.widthOfTextAtSize(printableOrPlaceholder(text), size);
  const want: number[] = [];
  const least: number[] = [];
  for (let c = 0; c < columns; c++) {
    const cells = rows.map((r) => r[c] ?? '');
    want.push(Math.max(30, ...[header[c] ?? '', ...cells].map((cell) => Math.min(220, measure(cell, w.fonts.regular)))));
    const words = [...cells.flatMap((cell) => cell.split(/\s+/).map((word) => measure(word, w.fonts.regular))), ...(header[c] ?? '').split(/\s+/).map((word) => measure(word, w.fonts.bold))];
    least.push(Math.max(0, ...words) + 2 * pad + 1);
  }
  const total = want.reduce((a, b) => a + b, 0);
  const widths = want.map((x, c) => Math.max(least[c]!, (x / total) * width));
  const excess = widths.reduce((a, b) => a + b, 0) - width;
  const flex = widths.map((x, c) => x - least[c]!);
  const room = flex.reduce((a, b) => a + b, 0);
  return excess > 0 && room > 0 ? widths.map((x, c) => x - (flex[c]! / room) * Math.min(excess, room)) : widths;
}

function drawTable(w: Writer, header: readonly string[], rows: readonly string[][], x: number, width: number): void {
  const size = w.base - 1;
  const pad = 4;
  const widths = columnWidths(w, header, rows, size, width, pad);
  const lead = size * 1.3;
  const row = (cells: readonly string[], bold: boolean) => {
    const wrapped = widths.map((cw, c) => w.lines(w.words([{ text: cells[c] ?? '' }], size, bold), size, cw - 2 * pad));
    const height = Math.max(1, ...wrapped.map((l) => l.length)) * lead + 2 * pad;
    w.need(height);
    const top = w.y;
    if (bold) w.page.drawRectangle({ x, y: top - height, width, height, color: SHADE });
    let cx = x;
    wrapped.forEach((lines, c) => {
      w.y = top - pad;
      for (const line of lines) {
        w.y -= size;
        w.drawLine(line, cx + pad, size);
        w.y -= lead - size;
      }
      w.page.drawRectangle({ x: cx, y: top - height, width: widths[c]!, height, borderColor: RULE, borderWidth: 0.5 });
      cx += widths[c]!;
    });
    w.y = top - height;
  };
  if (header.length > 0) row(header, true);
  for (const r of rows) row(r, false);
  w.y -= w.base * 0.8;
}

async function drawFigure(w: Writer, doc: PDFDocument, block: Extract<Block, { kind: 'figure' }>, opts: LayoutOptions, x: number, width: number): Promise<void> {
  const png = await opts.figure(block.src);
  let image: PDFImage | undefined;
  if (png) image = await doc.embedPng(png);
  if (image) {
    const maxHeight = (A4.height - MARGIN.top - MARGIN.bottom) * 0.55;
    const scale = Math.min(width / image.width, maxHeight / image.height);
    const [iw, ih] = [image.width * scale, image.height * scale];
    w.need(ih + w.base * 3);
    w.y -= ih;
    w.page.drawImage(image, { x: x + (width - iw) / 2, y: w.y, width: iw, height: ih });
    w.y -= w.base * 0.6;
  } else {
    w.text([{ text: opts.figureText(block.alt) }], { x, width, color: MUTED });
  }
  if (block.caption) w.text([{ text: block.caption, bold: true }], { x, width, size: w.base - 1, color: MUTED, after: w.base });
}

/** About the height blocks will take (text and lists exactly, the rest roughly): to keep a question whole. */
function measure(w: Writer, blocks: readonly Block[], width: number): number {
  let h = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph') h += w.textHeight(b.runs, w.base, width);
    else if (b.kind === 'list') h += b.items.reduce((s, i) => s + w.textHeight(i.runs, w.base, width - 16 - i.depth * 16, w.base * 0.3), w.base * 0.3);
    else if (b.kind === 'heading') h += w.base * 3;
    else if (b.kind === 'answerLines') h += b.lines * w.base * 1.8 + w.base;
    else if (b.kind === 'table') h += (b.rows.length + 1) * w.base * 2.6;
    else if (b.kind === 'box') h += measure(w, b.blocks, width - 12) + w.base * 2;
  }
  return h;
}

async function drawBlocks(w: Writer, doc: PDFDocument, blocks: readonly Block[], opts: LayoutOptions, x = MARGIN.x): Promise<void> {
  const width = WIDTH - (x - MARGIN.x);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    switch (b.kind) {
      case 'heading': {
        const size = b.level === 1 ? w.base * 1.6 : b.level === 2 ? w.base * 1.3 : w.base * 1.1;
        // Keep the heading with at least three lines of what follows.
        w.need(size * 2 + w.base * 1.35 * 3);
        w.y -= size * (b.level === 1 ? 0.2 : 0.6);
        w.text([{ text: b.text }], { x, width, size, bold: true, color: b.level === 1 ? BRAND : INK, after: size * 0.45 });
        break;
      }
      case 'paragraph':
        w.text(b.runs, { x, width, ...(b.muted ? { color: MUTED } : {}) });
        break;
      case 'list':
        for (const item of b.items) {
          const indent = 16 + item.depth * 16;
          w.text(item.runs, { x: x + indent, width: width - indent, marker: item.marker, after: w.base * 0.3 });
        }
        w.y -= w.base * 0.3;
        break;
      case 'table':
        drawTable(w, b.header, b.rows, x, width);
        break;
      case 'figure':
        await drawFigure(w, doc, b, opts, x, width);
        break;
      case 'box':
        w.need(w.base * 4);
        w.openBar(x + 2);
        w.text([{ text: b.title }], { x: x + 12, width: width - 12, bold: true, color: BRAND, after: w.base * 0.3 });
        await drawBlocks(w, doc, b.blocks, opts, x + 12);
        w.closeBar();
        w.y -= w.base * 0.6;
        break;
      case 'answerLines':
        for (let n = 0; n < b.lines; n++) {
          w.need(w.base * 2);
          w.y -= w.base * 1.8;
          w.page.drawLine({ start: { x: x + 16, y: w.y }, end: { x: x + Math.min(width, 260), y: w.y }, thickness: 0.5, color: MUTED });
        }
        w.y -= w.base;
        break;
      case 'pageBreak':
        if (w.y < A4.height - MARGIN.top - 1) w.newPage();
        break;
      case 'keep': {
        const h = measure(w, b.blocks, width);
        if (h < A4.height - MARGIN.top - MARGIN.bottom) w.need(h);
        await drawBlocks(w, doc, b.blocks, opts, x);
        break;
      }
    }
  }
}

const BODY_SIZE = 10.5;
// Smaller than 7.5 pt is no longer readable on paper: then the job aid runs on to a second page.
const ONE_PAGE_SIZES = [9, 8.5, 8, 7.5];

/** The document as PDF bytes, and how many pages it took. */
export async function renderPrintPdf(d: PrintDocument, opts: LayoutOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  let doc = await render(d, opts, opts.onePage ? ONE_PAGE_SIZES[0]! : BODY_SIZE);
  for (const size of opts.onePage ? ONE_PAGE_SIZES.slice(1) : []) {
    if (doc.getPageCount() === 1) break;
    doc = await render(d, opts, size);
  }
  return { bytes: await doc.save(), pages: doc.getPageCount() };
}

async function render(d: PrintDocument, opts: LayoutOptions, base: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${d.kind} – ${d.title}`);
  doc.setSubject(d.subtitle);
  doc.setLanguage(d.lang);
  if (opts.date) {
    doc.setCreationDate(opts.date);
    doc.setModificationDate(opts.date);
  }
  const fonts = await embedFonts(doc);
  const w = new Writer(doc, fonts, base);

  // Title block: what it is, the module, the pack and its version.
  w.text([{ text: d.kind }], { size: w.base, bold: true, color: MUTED, after: 4 });
  w.text([{ text: d.title }], { size: w.base * 1.9, bold: true, color: BRAND, after: 4 });
  w.text([{ text: d.subtitle }], { size: w.base * 0.95, color: MUTED, after: 8 });
  w.page.drawLine({ start: { x: MARGIN.x, y: w.y }, end: { x: A4.width - MARGIN.x, y: w.y }, thickness: 1, color: BRAND });
  w.y -= w.base * 1.2;

  await drawBlocks(w, doc, d.blocks, opts);

  // Footers, now that the page count is known.
  const pages = doc.getPages();
  const size = 8.5;
  const title = printableOrPlaceholder(d.title);
  pages.forEach((page, i) => {
    const label = printableOrPlaceholder(opts.pageLabel(i + 1, pages.length));
    const lw = fonts.regular.widthOfTextAtSize(label, size);
    page.drawLine({ start: { x: MARGIN.x, y: MARGIN.bottom - 16 }, end: { x: A4.width - MARGIN.x, y: MARGIN.bottom - 16 }, thickness: 0.5, color: RULE });
    let shown = title;
    while (shown.length > 8 && fonts.regular.widthOfTextAtSize(shown, size) > WIDTH - lw - 24) shown = `${shown.slice(0, -2)}…`;
    page.drawText(shown, { x: MARGIN.x, y: MARGIN.bottom - 30, size, font: fonts.regular, color: MUTED });
    page.drawText(label, { x: A4.width - MARGIN.x - lw, y: MARGIN.bottom - 30, size, font: fonts.regular, color: MUTED });
  });
  return doc;
}
