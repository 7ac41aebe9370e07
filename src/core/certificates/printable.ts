// What a certificate can print. The PDF uses the standard PDF fonts (no font file to ship),
// which encode only Windows-1252 ("WinAnsi"). A name with letters outside it is folded to the
// nearest printable spelling (Łukasz → Lukasz) when that is only a matter of accents; a name in
// another script (Greek, Arabic…) is refused with the characters at fault, never garbled.
// The verification code is computed on the folded form, so typing "Łukasz" or "Lukasz" on the
// Verify screen gives the same answer.

/** Windows-1252 beyond ASCII: the 0x80–0x9F block's letters and signs, then Latin-1. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function isPrintable(char: string): boolean {
  const c = char.codePointAt(0) ?? 0;
  if ([...char].length !== 1) return false;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(char);
}

/** Every code point the standard fonts can print (tests compare it with pdf-lib's own list). */
export function printableCodePoints(): number[] {
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
  // Apostrophes, hyphens and spaces that look the same as printable ones.
  'ʼ': '’', 'ʻ': '‘', '‐': '-', '‑': '-', '‒': '–', '−': '-',
  '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': '\u00a0',
};

const COMBINING_MARK = /\p{M}/u;

/** One character as printable text, or undefined when it has no honest printable spelling. */
function foldChar(ch: string): string | undefined {
  if (isPrintable(ch)) return ch;
  const mapped = LATIN_FOLDS[ch];
  if (mapped !== undefined) return mapped;
  // A mark NFC could not join to its letter (q + tilde): dropped, like any accent the fonts lack.
  if (COMBINING_MARK.test(ch)) return '';
  // A Latin letter with accents the fonts lack: keep the letter, drop the marks (ą → a, ș → s).
  const base = [...ch.normalize('NFD')].filter((c) => !COMBINING_MARK.test(c)).join('');
  if (base.length > 0 && [...base].every(isPrintable)) return base;
  return undefined;
}

export interface Folded {
  /** The text as the certificate prints it (spaces collapsed, accents folded where needed). */
  text: string;
  /** Characters that cannot be printed at all, each once, in order of appearance. */
  unprintable: string[];
}

/** Collapses white space and folds the text to what the standard PDF fonts can print. */
export function foldPrintable(input: string): Folded {
  const text = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const out: string[] = [];
  const unprintable: string[] = [];
  for (const ch of text) {
    const folded = foldChar(ch);
    if (folded !== undefined) out.push(folded);
    else if (!unprintable.includes(ch)) unprintable.push(ch);
  }
  return { text: unprintable.length > 0 ? '' : out.join('').replace(/\s+/g, ' ').trim(), unprintable };
}

/** Text for a layout line: folded, with anything unprintable shown as "?" instead of failing. */
export function printableOrPlaceholder(input: string): string {
  const text = input.normalize('NFC');
  return [...text].map((ch) => foldChar(ch) ?? '?').join('');
}
