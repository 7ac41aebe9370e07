// A class session as CSV for a spreadsheet: one row per choice of each question, with the hands
// counted and the question's share correct. Written for the spreadsheet of the trainer's
// language: a UTF-8 byte order mark (so Excel reads the accents), `;` between fields in French
// (where the comma is the decimal separator), `,` in English, decimals in the language's form.
import { shareCorrect, type ClassSession } from './classSession';

export interface SessionCsvText {
  /** The header row, in the UI language. */
  header: { number: string; module: string; question: string; choice: string; correct: string; hands: string; share: string };
  yes: string;
  no: string;
  /** Module titles by id (the id when missing). */
  modules: Record<string, string>;
}

const BOM = '\uFEFF';

export const csvSeparator = (lang: string): string => (lang === 'fr' ? ';' : ',');

function field(value: string, sep: string): string {
  // Formula injection: a cell starting with = + - @ would run in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function sessionCsv(session: ClassSession, lang: string, text: SessionCsvText): string {
  const sep = csvSeparator(lang);
  const percent = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const h = text.header;
  const rows: string[][] = [[h.number, h.module, h.question, h.choice, h.correct, h.hands, h.share]];
  session.questions.forEach((q, i) => {
    const share = shareCorrect(q);
    for (const c of q.choices) {
      rows.push([
        String(i + 1),
        text.modules[q.moduleId] ?? q.moduleId,
        q.prompt,
        c.label,
        c.correct ? text.yes : text.no,
        c.hands === null ? '' : String(c.hands),
        share === undefined ? '' : percent.format(share * 100),
      ]);
    }
  });
  return BOM + rows.map((r) => r.map((v) => field(v, sep)).join(sep)).join('\r\n') + '\r\n';
}
