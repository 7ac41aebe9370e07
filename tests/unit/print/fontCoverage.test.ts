// The table of printable characters in src/core (which cannot read font files) is exactly what
// the shipped font files map, and the embedded font draws what the table allows.
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { fontRanges, pdfCanPrint } from '../../../src/core/print/fontCoverage';
import { FONT_FILES, fontDir } from '../../../electron/services/pdf/fonts';

function rangesOf(points: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of points) {
    const last = out.at(-1);
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

describe('font coverage', () => {
  it('the table equals the code points both shipped font files map', () => {
    const sets = [FONT_FILES.regular, FONT_FILES.bold].map((f) => new Set(fontkit.create(fs.readFileSync(path.join(fontDir(), f))).characterSet));
    const both = [...sets[0]!].filter((c) => sets[1]!.has(c)).sort((a, b) => a - b);
    // On a mismatch (a new font version), regenerate FONT_RANGES from these ranges.
    expect(fontRanges()).toEqual(rangesOf(both));
  });

  it('the font files and their licence are in assets/fonts', () => {
    expect(fs.existsSync(path.join(fontDir(), 'LICENSE.txt'))).toBe(true);
    expect(path.relative(path.resolve(import.meta.dirname, '../../..'), fontDir())).toBe(path.join('assets', 'fonts'));
  });

  it('covers every letter French uses, Greek and Cyrillic', () => {
    const french = 'àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ«»’€\u00a0\u202f';
    const greek = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ';
    const cyrillic = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЄІЇЎЂЈЉЊЋЏ';
    for (const ch of french + greek + cyrillic) expect(pdfCanPrint(ch), ch).toBe(true);
    for (const ch of ['李', 'अ', 'ก', 'م', 'א', '\u200d']) expect(pdfCanPrint(ch), ch).toBe(false);
  });
});
