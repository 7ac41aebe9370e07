// The verification code: an HMAC-SHA256 of the certificate's canonical text, with a key that
// belongs to the installation (or to the administration, through the policy file). Without the
// key nobody can make a code that verifies; with it, any installation sharing it can check one.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalText, formatCode, normalizeCode, type CertificateDetails } from '../../../src/core/certificates/details';

/** The code of a certificate, or undefined when its name or organisation cannot be printed. */
export function certificateCode(key: Uint8Array, details: CertificateDetails): string | undefined {
  const text = canonicalText(details);
  if (text === undefined) return undefined;
  return formatCode(createHmac('sha256', key).update(text, 'utf8').digest());
}

/** Whether a typed code is the one these details give with this key (compared in constant time). */
export function codeMatches(key: Uint8Array, details: CertificateDetails, typed: string): boolean {
  const expected = certificateCode(key, details);
  const given = normalizeCode(typed);
  if (expected === undefined || given === undefined) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
