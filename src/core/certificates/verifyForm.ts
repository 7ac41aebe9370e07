// The Verify screen's form: what someone types from a printed certificate, read into the
// details and code the API checks, or the fields to correct. Lenient where people differ
// ("85 %", "2,5", a code in lower case without dashes), strict where a guess could mislead.
import { normalizeCode, parseCourseReference, parseHours, parseScore, type CertificateDetails } from './details';

export const VERIFY_FIELDS = ['name', 'course', 'date', 'score', 'hours', 'organisation', 'code'] as const;
export type VerifyField = (typeof VERIFY_FIELDS)[number];
export type VerifyForm = Record<VerifyField, string>;
export type VerifyFieldError = 'required' | 'invalid';

export function emptyVerifyForm(): VerifyForm {
  return { name: '', course: '', date: '', score: '', hours: '', organisation: '', code: '' };
}

/** A calendar day typed as YYYY-MM-DD (as the certificate prints it), or undefined. */
export function parseDay(text: string): string | undefined {
  const s = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : undefined;
}

export type ParsedVerifyForm =
  | { ok: true; details: CertificateDetails; code: string }
  | { ok: false; errors: Partial<Record<VerifyField, VerifyFieldError>> };

export function parseVerifyForm(form: VerifyForm): ParsedVerifyForm {
  const errors: Partial<Record<VerifyField, VerifyFieldError>> = {};
  const need = <T>(field: VerifyField, parse: (s: string) => T | undefined): T | undefined => {
    if (form[field].trim() === '') {
      errors[field] = 'required';
      return undefined;
    }
    const value = parse(form[field]);
    if (value === undefined) errors[field] = 'invalid';
    return value;
  };
  const name = need('name', (s) => (s.trim().length <= 200 ? s.trim() : undefined));
  const course = need('course', parseCourseReference);
  const date = need('date', parseDay);
  const score = need('score', parseScore);
  const hours = need('hours', parseHours);
  const code = need('code', normalizeCode);
  const organisation = form.organisation.trim();
  if (organisation.length > 200) errors.organisation = 'invalid';
  if (Object.keys(errors).length > 0 || !name || !course || !date || score === undefined || hours === undefined || !code) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    code,
    details: { name, ...course, date, scorePercent: score, hours, ...(organisation ? { organisation } : {}) },
  };
}
