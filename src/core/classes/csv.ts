// CSV as spreadsheets open it: UTF-8 with a byte-order mark (without it Excel reads French
// accents as mojibake), the separator of the UI language (";" in French, where "," is the
// decimal comma; "," in English), CRLF line ends and RFC 4180 quoting. Numbers are written with
// the language's decimal mark; text that a spreadsheet would run as a formula is defused.

export type CsvCell = string | number | undefined;

export const BOM = '\uFEFF';

export const csvSeparator = (lang: string) => (lang === 'fr' ? ';' : ',');

/** A number with at most `digits` decimals and the language's decimal mark, no grouping. */
export function csvNumber(value: number, lang: string, digits = 3): string {
  const fixed = String(Number(value.toFixed(digits)));
  return lang === 'fr' ? fixed.replace('.', ',') : fixed;
}

// A cell starting with = + - @ (or a tab / carriage return) runs as a formula in Excel and
// LibreOffice: a trainee's name must never do that on the trainer's computer.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: CsvCell, lang: string, sep: string): string {
  if (cell === undefined) return '';
  let text = typeof cell === 'number' ? csvNumber(cell, lang) : FORMULA_START.test(cell) ? `'${cell}` : cell;
  if (text.includes(sep) || text.includes('"') || text.includes('\n') || text.includes('\r')) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** The whole file: BOM, the header row, then one line per row. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[], lang: string): string {
  const sep = csvSeparator(lang);
  const line = (cells: readonly CsvCell[]) => cells.map((c) => field(c, lang, sep)).join(sep);
  return `${BOM}${[header, ...rows].map(line).join('\r\n')}\r\n`;
}
