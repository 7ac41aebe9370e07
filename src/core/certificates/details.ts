// What a certificate states, and the language-independent text its verification code is
// computed on. The code itself is a keyed hash (HMAC, Node side) of canonicalText(); here is
// everything around it that needs no key: the fields, their normal forms, the code's format.
import { z } from 'zod';
import { idSchema } from '../ids';
import { foldPrintable, verificationForm } from './printable';

export const COURSE_VERSION_PATTERN = /^[0-9A-Za-z.+-]{1,64}$/;

/** The facts a certificate prints, and that someone checking it types on the Verify screen. */
export const certificateDetailsSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  courseId: idSchema,
  courseVersion: z.string().regex(COURSE_VERSION_PATTERN, 'must be a version such as 1.0.0'),
  /** The day the final exam was passed, YYYY-MM-DD. */
  date: z.iso.date(),
  scorePercent: z.number().int().min(0).max(100),
  /** Hours of study, to one decimal. */
  hours: z.number().min(0).max(100_000),
  organisation: z.string().max(200).optional(),
});
export type CertificateDetails = z.infer<typeof certificateDetailsSchema>;

/** Hours as printed and hashed: one decimal, a dot, no grouping ("12.5"). */
export function canonicalHours(hours: number): string {
  return (Math.round(hours * 10) / 10).toFixed(1);
}

/** Version tag of the canonical text: a new layout of the text gets a new tag. */
export const CANONICAL_VERSION = 'academy-certificate/1';

/**
 * The text the code is computed on: a JSON array (no ambiguity between fields), with the name
 * and organisation in their verification form (spaces collapsed, Latin folded: see printable),
 * in no particular language. Undefined when the name or the organisation cannot be printed.
 */
export function canonicalText(d: CertificateDetails): string | undefined {
  const name = foldPrintable(d.name);
  const organisation = foldPrintable(d.organisation ?? '');
  if (name.unprintable.length > 0 || name.text === '' || organisation.unprintable.length > 0) return undefined;
  return JSON.stringify([
    CANONICAL_VERSION,
    verificationForm(name.text),
    d.courseId,
    d.courseVersion,
    d.date,
    String(d.scorePercent),
    canonicalHours(d.hours),
    verificationForm(organisation.text),
  ]);
}

/** How the course is named on the certificate for checking: "wco-ecommerce@1.0.0". */
export function courseReference(courseId: string, courseVersion: string): string {
  return `${courseId}@${courseVersion}`;
}

export function parseCourseReference(text: string): { courseId: string; courseVersion: string } | undefined {
  const m = /^\s*([a-z][a-z0-9-]{0,63})\s*@\s*(\S+)\s*$/.exec(text);
  if (!m || !COURSE_VERSION_PATTERN.test(m[2]!)) return undefined;
  return { courseId: m[1]!, courseVersion: m[2]! };
}

// ---- The code: 16 characters of base32 in four groups, from an alphabet without 0/O, 1/I.

export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 16;
/** 16 characters × 5 bits: the first 10 bytes of the HMAC. */
export const CODE_BYTES = (CODE_LENGTH * 5) / 8;

/** Formats the first CODE_BYTES bytes of a hash as "ABCD-EFGH-JKLM-NPQR". */
export function formatCode(bytes: Uint8Array): string {
  if (bytes.length < CODE_BYTES) throw new Error(`a code needs ${CODE_BYTES} bytes`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes.subarray(0, CODE_BYTES)) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += CODE_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** A code as typed (any case, spaces or dashes anywhere) in its printed form, or undefined. */
export function normalizeCode(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== CODE_LENGTH || ![...compact].every((c) => CODE_ALPHABET.includes(c))) return undefined;
  return compact.match(/.{4}/g)!.join('-');
}

// ---- Numbers as people type them on the Verify screen ("85 %", "2,5").

/** A whole percentage from 0 to 100 ("85", "85 %", "85%"), or undefined. */
export function parseScore(text: string): number | undefined {
  const m = /^\s*(\d{1,3})\s*%?\s*$/u.exec(text.replace(/\u00a0|\u202f/g, ' '));
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
}

/** Hours as printed, with a dot or a comma and at most one decimal ("12.5", "12,5"), or undefined. */
export function parseHours(text: string): number | undefined {
  const m = /^\s*(\d{1,5})(?:[.,](\d))?\s*$/.exec(text);
  if (!m) return undefined;
  return Number(`${m[1]}.${m[2] ?? '0'}`);
}

// ---- What the API returns.

export type CertificateIneligibility = 'no-final-exam' | 'not-passed';

export interface IssuedCertificate {
  /** "ABCD-EFGH-JKLM-NPQR". */
  code: string;
  /** A file name for the download, in the certificate's language. */
  fileName: string;
  pdfBase64: string;
}

export type CertificateView =
  | {
      eligible: false;
      reason: CertificateIneligibility;
      /** The pack's final exam, to take (none when reason is 'no-final-exam'). */
      finalQuizId?: string;
    }
  | {
      eligible: true;
      /** The facts; `name` is the name as printed ('' until the learner gives one). */
      details: CertificateDetails;
      courseTitle: string;
      /** The language of the course title. */
      courseLang: string;
      /** When a name was given: it holds characters the certificate cannot print. */
      unprintable?: string[];
      /** When a printable name was given: the certificate itself. */
      issued?: IssuedCertificate;
    };

export interface VerifyCertificateResult {
  valid: boolean;
  /** Whose key the check used: the administration's (policy file) or this installation's. */
  keySource: 'policy' | 'installation';
}
