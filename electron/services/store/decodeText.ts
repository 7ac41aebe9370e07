// Turns a store file's bytes into text. The app writes UTF-8 without a byte-order mark, but a
// file saved by Notepad or PowerShell may start with one, or be UTF-16: its content is still the
// learner's record, so it is read, not thrown away. Bytes that are not valid UTF-8 are refused
// rather than replaced with U+FFFD, which would quietly change the record.

import { isUtf8 } from 'node:buffer';

export class NotTextError extends Error {
  override name = 'NotTextError';
}

export interface DecodedText {
  text: string;
  /** True when the bytes were not plain UTF-8, so the file should be rewritten as the app writes it. */
  reencoded: boolean;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

// isUtf8 + toString, not TextDecoder({ fatal: true }): the same check, many times faster on a big file.
function utf8(bytes: Uint8Array): string {
  if (!isUtf8(bytes)) throw new NotTextError('not UTF-8 text');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (bytes.length % 2 !== 0) throw new NotTextError('not UTF-16 text: odd number of bytes');
  const copy = Buffer.from(bytes);
  if (bigEndian) copy.swap16();
  return new TextDecoder('utf-16le', { fatal: true }).decode(copy);
}

export function decodeStoreText(bytes: Uint8Array): DecodedText {
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: utf8(bytes.subarray(3)), reencoded: true };
    if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16(bytes.subarray(2), false), reencoded: true };
    if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16(bytes.subarray(2), true), reencoded: true };
    return { text: utf8(bytes), reencoded: false };
  } catch (e) {
    if (e instanceof NotTextError) throw e;
    throw new NotTextError('not UTF-8 text');
  }
}
