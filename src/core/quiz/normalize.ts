// How typed answers are compared: a "loose" match ignores case, accents, apostrophe style and
// extra spaces, so "Mainlevee" matches "mainlevée"; numbers accept a decimal comma.

export function looseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

export function textMatches(typed: string, accepted: readonly string[], match: 'loose' | 'exact'): boolean {
  if (match === 'exact') return accepted.includes(typed.trim());
  const t = looseText(typed);
  return t !== '' && accepted.some((a) => looseText(a) === t);
}

/**
 * Parses a number as a learner types it: "1234.5", "1 234,5", "1,234.5", "-3". Returns
 * undefined for anything else ("12 EUR", "", "1e400").
 */
export function parseTypedNumber(typed: string): number | undefined {
  let s = typed.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?[\d.,]+$/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both used: the later one is the decimal mark, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) return undefined;
    s = s.replace(',', '.');
  } else if (lastDot >= 0 && s.indexOf('.') !== lastDot) {
    return undefined;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}
