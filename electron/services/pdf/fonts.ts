// The one font every PDF of the app uses: DejaVu Sans, regular and bold, shipped in assets/fonts
// (free licence, see LICENSE.txt there) and embedded with @pdf-lib/fontkit as a subset, so a
// one-page certificate carries only the glyphs it draws. It prints every French character,
// Greek and Cyrillic (see src/core/print/fontCoverage for what it cannot print).
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * The folder holding the font files: assets/fonts of the checkout, found by walking up from this
 * file (run from source or bundled into out/), or resources/assets/fonts in a packaged app.
 */
export function fontDir(): string {
  const candidates: string[] = [];
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'assets', 'fonts'));
    if (path.dirname(dir) === dir) break;
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(path.join(resources, 'assets', 'fonts'));
  const found = candidates.find((d) => fs.existsSync(path.join(d, FONT_FILES.regular)));
  if (!found) throw new Error(`font ${FONT_FILES.regular} not found in ${candidates.join(', ')}`);
  return found;
}

const bytes = new Map<string, Uint8Array>();

function fontBytes(file: string): Uint8Array {
  let b = bytes.get(file);
  if (!b) {
    b = fs.readFileSync(path.join(fontDir(), file));
    bytes.set(file, b);
  }
  return b;
}

/**
 * Embeds the regular and bold faces in a document, as subsets of the glyphs it uses. The names
 * are fixed (pdf-lib would add a random suffix), so the same document gives the same bytes.
 */
export async function embedFonts(doc: PDFDocument): Promise<PdfFonts> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(fontBytes(FONT_FILES.regular), { subset: true, customName: 'DejaVuSans' }),
    doc.embedFont(fontBytes(FONT_FILES.bold), { subset: true, customName: 'DejaVuSans-Bold' }),
  ]);
  return { regular, bold };
}
