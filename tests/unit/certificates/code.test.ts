// The verification code, as a specification: it is computed from the certificate's facts with a
// key, the same facts and key always give the same code, and any change to either gives another.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificateCode, codeMatches } from '../../../electron/services/certificates/certificateCode';
import {
  canonicalText,
  CODE_ALPHABET,
  normalizeCode,
  parseCourseReference,
  parseHours,
  parseScore,
  type CertificateDetails,
} from '../../../src/core/certificates/details';
import { parseVerifyForm } from '../../../src/core/certificates/verifyForm';

const KEY = Buffer.alloc(32, 1);
const OTHER_KEY = Buffer.alloc(32, 2);
const DETAILS: CertificateDetails = {
  name: 'Aminata Diallo',
  courseId: 'wco-ecommerce',
  courseVersion: '1.0.0',
  date: '2025-03-12',
  scorePercent: 85,
  hours: 12.5,
  organisation: 'Direction générale des douanes',
};

describe('certificateCode', () => {
  it('is stable: pinned value for pinned facts and key (a change here breaks every printed certificate)', () => {
    expect(canonicalText(DETAILS)).toBe('["academy-certificate/1","Aminata Diallo","wco-ecommerce","1.0.0","2025-03-12","85","12.5","Direction générale des douanes"]');
    const code = certificateCode(KEY, DETAILS);
    // Independently: the first 80 bits of HMAC-SHA256, 5 bits per character, most significant first.
    const mac = createHmac('sha256', KEY).update(canonicalText(DETAILS)!, 'utf8').digest();
    const bits = BigInt(`0x${mac.subarray(0, 10).toString('hex')}`);
    const chars = Array.from({ length: 16 }, (_, i) => CODE_ALPHABET[Number((bits >> BigInt(75 - 5 * i)) & 31n)]).join('');
    expect(code).toBe(chars.match(/.{4}/g)!.join('-'));
    expect(code).toBe('RNBZ-AKLF-ZMKR-S6X5');
    expect(certificateCode(KEY, { ...DETAILS })).toBe(code);
  });

  it('has 4 groups of 4 characters from an alphabet without 0, 1, I or O', () => {
    const code = certificateCode(KEY, DETAILS)!;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    expect(CODE_ALPHABET).not.toMatch(/[01IO]/);
  });

  it('depends on the key', () => {
    expect(certificateCode(OTHER_KEY, DETAILS)).not.toBe(certificateCode(KEY, DETAILS));
  });

  it('changes when any single fact changes', () => {
    const changes: Partial<CertificateDetails>[] = [
      { name: 'Aminata Dialo' },
      { name: 'aminata diallo' },
      { courseId: 'wco-ecommerce-2' },
      { courseVersion: '1.0.1' },
      { date: '2025-03-13' },
      { scorePercent: 86 },
      { hours: 12.6 },
      { organisation: 'Direction générale des douane' },
      { organisation: undefined },
    ];
    const base = certificateCode(KEY, DETAILS);
    const codes = changes.map((c) => certificateCode(KEY, { ...DETAILS, ...c }));
    for (const [i, code] of codes.entries()) expect(code, JSON.stringify(changes[i])).not.toBe(base);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('cannot be fooled by moving text between fields', () => {
    const a = certificateCode(KEY, { ...DETAILS, name: 'Ana', organisation: 'Silva Customs' });
    const b = certificateCode(KEY, { ...DETAILS, name: 'Ana Silva', organisation: 'Customs' });
    expect(a).not.toBe(b);
  });

  it('is the same for the spellings a certificate prints the same way', () => {
    const code = certificateCode(KEY, { ...DETAILS, name: 'Łukasz Wałęsa' });
    expect(code).toBe(certificateCode(KEY, { ...DETAILS, name: 'Lukasz Walesa' }));
    expect(code).toBe(certificateCode(KEY, { ...DETAILS, name: '  Łukasz \t Wałęsa ' }));
    // "é" typed as e + combining accent is the same letter.
    expect(certificateCode(KEY, { ...DETAILS, name: 'Ren\u0065\u0301 Dupont' })).toBe(certificateCode(KEY, { ...DETAILS, name: 'René Dupont' }));
    // Hours are compared as printed, to one decimal.
    expect(certificateCode(KEY, { ...DETAILS, hours: 12.54 })).toBe(certificateCode(KEY, DETAILS));
  });

  it('is undefined for a name the font cannot print (Chinese, Arabic: no glyphs or no shaping)', () => {
    expect(certificateCode(KEY, { ...DETAILS, name: '李娜' })).toBeUndefined();
    expect(certificateCode(KEY, { ...DETAILS, name: 'محمد' })).toBeUndefined();
  });

  it('is computed for Greek and Cyrillic names, and differs between names', () => {
    const greek = certificateCode(KEY, { ...DETAILS, name: 'Αλέξανδρος Παπαδόπουλος' });
    const cyrillic = certificateCode(KEY, { ...DETAILS, name: 'Анна Иванова' });
    expect(greek).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(cyrillic).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(greek).not.toBe(cyrillic);
    expect(certificateCode(KEY, { ...DETAILS, name: 'Αλέξανδρος  Παπαδόπουλος ' })).toBe(greek);
  });

  it('is the same for a Latin name typed with or without letters Windows-1252 lacks (as before the Unicode font)', () => {
    expect(certificateCode(KEY, { ...DETAILS, name: 'Łukasz Wałęsa' })).toBe(certificateCode(KEY, { ...DETAILS, name: 'Lukasz Walesa' }));
  });
});

describe('codeMatches (verification)', () => {
  const code = certificateCode(KEY, DETAILS)!;

  it('accepts the code as printed, in lower case, or without dashes', () => {
    expect(codeMatches(KEY, DETAILS, code)).toBe(true);
    expect(codeMatches(KEY, DETAILS, code.toLowerCase())).toBe(true);
    expect(codeMatches(KEY, DETAILS, ` ${code.replace(/-/g, ' ')} `)).toBe(true);
  });

  it('refuses a tampered fact, another key, a changed character, or garbage', () => {
    expect(codeMatches(KEY, { ...DETAILS, scorePercent: 95 }, code)).toBe(false);
    expect(codeMatches(OTHER_KEY, DETAILS, code)).toBe(false);
    const last = code.at(-1)!;
    const changed = code.slice(0, -1) + CODE_ALPHABET[(CODE_ALPHABET.indexOf(last) + 1) % 32];
    expect(codeMatches(KEY, DETAILS, changed)).toBe(false);
    expect(codeMatches(KEY, DETAILS, '')).toBe(false);
    expect(codeMatches(KEY, DETAILS, code.slice(0, -1))).toBe(false);
    expect(codeMatches(KEY, { ...DETAILS, name: 'Σωκράτης' }, code)).toBe(false);
  });
});

describe('typed values', () => {
  it('normalizeCode', () => {
    expect(normalizeCode('abcd efgh-jkLM npqr')).toBe('ABCD-EFGH-JKLM-NPQR');
    expect(normalizeCode('ABCD-EFGH-JKLM-NPQ0')).toBeUndefined(); // 0 is never in a code
    expect(normalizeCode('ABCD-EFGH-JKLM')).toBeUndefined();
  });

  it('parseScore, parseHours, parseCourseReference', () => {
    expect(['85', '85%', '85 %', '85\u00a0%', ' 100 '].map(parseScore)).toEqual([85, 85, 85, 85, 100]);
    expect(['101', '-1', '8.5', 'x', ''].map(parseScore)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(['12.5', '12,5', '3', ' 0.0 '].map(parseHours)).toEqual([12.5, 12.5, 3, 0]);
    expect(['12.55', '1e3', '12.', ''].map(parseHours)).toEqual([undefined, undefined, undefined, undefined]);
    expect(parseCourseReference(' wco-ecommerce@1.0.0 ')).toEqual({ courseId: 'wco-ecommerce', courseVersion: '1.0.0' });
    expect(parseCourseReference('WCO@1.0.0')).toBeUndefined();
    expect(parseCourseReference('wco-ecommerce 1.0.0')).toBeUndefined();
  });

  it('parseVerifyForm reads a filled form, and names each field to correct', () => {
    const form = { name: ' Aminata Diallo ', course: 'wco-ecommerce@1.0.0', date: '2025-03-12', score: '85 %', hours: '12,5', organisation: 'Direction générale des douanes', code: 'rnbz aklf zmkr s6x5' };
    const parsed = parseVerifyForm(form);
    expect(parsed).toEqual({ ok: true, details: DETAILS, code: 'RNBZ-AKLF-ZMKR-S6X5' });
    if (parsed.ok) expect(codeMatches(KEY, parsed.details, parsed.code)).toBe(true);
    const { organisation: _none, ...withoutOrganisation } = DETAILS;
    expect(parseVerifyForm({ ...form, organisation: ' ' })).toStrictEqual({ ok: true, details: withoutOrganisation, code: 'RNBZ-AKLF-ZMKR-S6X5' });
    expect(parseVerifyForm({ ...form, name: ' ', date: '2025-02-30', score: '120', code: 'nope' })).toEqual({
      ok: false,
      errors: { name: 'required', date: 'invalid', score: 'invalid', code: 'invalid' },
    });
  });
});
