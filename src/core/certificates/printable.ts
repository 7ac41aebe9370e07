// What a certificate can print. The PDF embeds a Unicode font (see core/print/fontCoverage), so
// names in Latin, Greek, Cyrillic, Armenian, Georgian… print as written; a character the font
// lacks or pdf-lib cannot lay out (Chinese, Arabic, emoji) is refused with the characters at
// fault, never garbled.
//
// The verification code is computed on a Latin-folded form where one exists (Łukasz → Lukasz,
// Ștefan → Stefan), as it was when certificates could only print Windows-1252: so certificates
// issued before the font still verify, and typing "Łukasz" or "Lukasz" on the Verify screen
// gives the same answer. Other scripts are hashed as printed.
import { pdfCanPrint } from '../print/fontCoverage';

/** Windows-1252 beyond ASCII: the 0x80–0x9F block's letters and signs, then Latin-1. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Whether a character is in Windows-1252, the encoding of the standard PDF fonts (the old limit). */
export function isWinAnsi(char: string): boolean {
  const c = char.codePointAt(0) ?? 0;
  if ([...char].length !== 1) return false;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(char);
}

/** Every Windows-1252 code point (tests compare it with pdf-lib's list for Helvetica). */
export function winAnsiCodePoints(): number[] {
  const out: number[] = [];
  for (let c = 0x20; c <= 0x7e; c++) out.push(c);
  for (let c = 0xa0; c <= 0xff; c++) out.push(c);
  for (const ch of CP1252_EXTRA) out.push(ch.codePointAt(0)!);
  return out.sort((a, b) => a - b);
}

/** Latin letters that carry their mark in the letter itself, so Unicode cannot decompose them. */
const LATIN_FOLDS: Record<string, string> = {
  Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ŧ: 'T', ŧ: 't',
  ĸ: 'k', Ŋ: 'N', ŋ: 'n', Ɗ: 'D', ɗ: 'd', Ƙ: 'K', ƙ: 'k', Ƴ: 'Y', ƴ: 'y', Ɓ: 'B', ɓ: 'b',
  Ə: 'E', ə: 'e', Ɛ: 'E', ɛ: 'e', Ɔ: 'O', ɔ: 'o', ẞ: 'SS', Ĳ: 'IJ', ĳ: 'ij', ŉ: "'n",
  // Apostrophes, hyphens and spaces that look the same as Windows-1252 ones.
  'ʼ': '’', 'ʻ': '‘', '‐': '-', '‑': '-', '‒': '–', '−': '-',
  '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': '\u00a0',
};

const COMBINING_MARK = /\p{M}/u;

/** One character folded to Windows-1252, or undefined when it has no Latin spelling. */
function latinFoldChar(ch: string): string | undefined {
  if (isWinAnsi(ch)) return ch;
  const mapped = LATIN_FOLDS[ch];
  if (mapped !== undefined) return mapped;
  // A mark NFC could not join to its letter (q + tilde): dropped.
  if (COMBINING_MARK.test(ch)) return '';
  // A Latin letter with accents Windows-1252 lacks: keep the letter, drop the marks (ą → a, ș → s).
  const base = [...ch.normalize('NFD')].filter((c) => !COMBINING_MARK.test(c)).join('');
  if (base.length > 0 && [...base].every(isWinAnsi)) return base;
  return undefined;
}

/** Normal form of text: NFC, white space collapsed, trimmed. */
function normalized(input: string): string {
  return input.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The form a name is hashed in for the verification code: folded to Windows-1252 when every
 * character has a Latin spelling (the form certificates printed before the Unicode font),
 * otherwise the text as printed.
 */
export function verificationForm(input: string): string {
  const text = normalized(input);
  const folded: string[] = [];
  for (const ch of text) {
    const f = latinFoldChar(ch);
    if (f === undefined) return text;
    folded.push(f);
  }
  return folded.join('').replace(/\s+/g, ' ').trim();
}

export interface Folded {
  /** The text as the certificate prints it (NFC, spaces collapsed); '' when it cannot print. */
  text: string;
  /** Characters that cannot be printed at all, each once, in order of appearance. */
  unprintable: string[];
}

/** Collapses white space and checks every character against the PDF font. */
export function foldPrintable(input: string): Folded {
  const text = normalized(input);
  const unprintable: string[] = [];
  for (const ch of text) {
    if (!pdfCanPrint(ch) && !unprintable.includes(ch)) unprintable.push(ch);
  }
  return { text: unprintable.length > 0 ? '' : text, unprintable };
}

/** Text for a layout line: anything the font cannot print shown as "?" instead of failing. */
export function printableOrPlaceholder(input: string): string {
  return [...input.normalize('NFC')].map((ch) => (pdfCanPrint(ch) ? ch : ch === '\n' || ch === '\t' ? ' ' : '?')).join('');
}
