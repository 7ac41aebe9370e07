// Pack figures for the PDFs: the lesson's SVG diagrams rasterized to PNG with resvg (offline, no
// browser), with the app's own font for their text, and PNG/JPEG files as they are. The path is
// resolved inside the pack like every pack file; anything unreadable or too big gives undefined,
// and the handout prints the figure's text alternative instead.
import fs from 'node:fs';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { MAX_PACK_FILE_BYTES, resolveInside } from '../content/packReader';
import { FONT_FILES, fontDir } from '../pdf/fonts';

/**
 * Whether an SVG refers to nothing outside itself. resvg loads the files an <image> names, from
 * anywhere on disk; a pack is untrusted, so an SVG with any reference that is not to itself
 * (`#id`) or inline (`data:`) is not drawn, and the handout prints its text alternative.
 * Conservative on purpose: an entity-encoded reference ("&#47;…") is refused too.
 */
export function selfContainedSvg(svg: string): boolean {
  return !/\bhref\s*=\s*(["'])(?!#|data:)/i.test(svg) && !/url\(\s*(["']?)(?!#)/i.test(svg) && !/<!ENTITY/i.test(svg);
}

/** Pixel width of a rasterized diagram: about 200 dpi across the A4 text column. */
export const FIGURE_WIDTH_PX = 1300;

export async function figurePng(packDir: string, src: string): Promise<Uint8Array | undefined> {
  const file = resolveInside(packDir, src);
  if (!file) return undefined;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_PACK_FILE_BYTES) return undefined;
    const bytes = fs.readFileSync(file);
    const ext = path.extname(file).toLowerCase();
    if (ext === '.png') return bytes;
    if (ext !== '.svg' || !selfContainedSvg(bytes.toString('utf8'))) return undefined;
    const dir = fontDir();
    const image = await renderAsync(bytes, {
      fitTo: { mode: 'width', value: FIGURE_WIDTH_PX },
      background: 'white',
      font: {
        loadSystemFonts: false,
        fontFiles: [path.join(dir, FONT_FILES.regular), path.join(dir, FONT_FILES.bold)],
        defaultFontFamily: 'DejaVu Sans',
        sansSerifFamily: 'DejaVu Sans',
        serifFamily: 'DejaVu Sans',
        monospaceFamily: 'DejaVu Sans',
      },
      logLevel: 'off',
    });
    return image.asPng();
  } catch {
    return undefined;
  }
}
