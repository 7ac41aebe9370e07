// An append-only log of JSON records, one line each, each line carrying its own checksum:
//   <crc32 of the JSON, 8 hex digits> <JSON>\n
// The first line is a header naming the log's format version and its generation id (a new id
// each time the log is rewritten, so a snapshot can tell which log it was taken from).
// An append is one write of whole lines and an fdatasync before it returns: a record is
// acknowledged only once it is on disk. A reader tells apart
//   - good lines;
//   - bad lines: complete (ending in \n) but failing their checksum or not JSON, i.e. damaged
//     after they were written (they had been acknowledged, so they are reported, never skipped
//     silently);
//   - a torn tail: a last line without its \n, what a crash or power cut in the middle of an
//     append leaves (never acknowledged, so it is set aside without alarming anyone).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { crc32 } from 'node:zlib';
import { fsyncDirSync, writeFileAtomicSync } from './atomicFile';

export interface LogHeader {
  log: string;
  version: number;
  id: string;
  createdAt: string;
}

export interface LogEntry {
  value: unknown;
  /** Offset just after this line's \n. */
  end: number;
}

export interface LogScan {
  entries: LogEntry[];
  /** Complete lines that fail their checksum or are not JSON: [start, end) byte ranges. */
  bad: { start: number; end: number }[];
  /** A last line without its \n that does not check out: where it starts, and its bytes. */
  torn?: { start: number; bytes: Buffer };
  /** Where the next append goes: just after the last complete line (or the repaired last line). */
  end: number;
  /** The last line was whole but missing its \n: the store adds it before appending. */
  missingNewline: boolean;
}

const NL = 0x0a;
const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

export function encodeLine(value: unknown): string {
  const json = JSON.stringify(value);
  return `${hex8(crc32(json))} ${json}\n`;
}

export function newHeader(log: string, version: number, now: Date): LogHeader {
  return { log, version, id: randomUUID(), createdAt: now.toISOString() };
}

/** The value of one line's bytes (without its \n), or undefined if it does not check out. */
function decodeLine(line: Buffer, parse = true): { value: unknown } | undefined {
  if (line.length < 10 || line[8] !== 0x20) return undefined;
  const json = line.subarray(9);
  if (line.toString('latin1', 0, 8) !== hex8(crc32(json))) return undefined;
  if (!parse) return { value: undefined };
  try {
    return { value: JSON.parse(json.toString('utf8')) as unknown };
  } catch {
    return undefined;
  }
}

/** The bytes of `file` from `from` to its end (empty when the file is shorter). */
function readFrom(file: string, from: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size <= from) return Buffer.alloc(0);
    const buffer = Buffer.allocUnsafe(size - from);
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, from + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads the log from byte `from` (0, or the end of a line a snapshot reflects). With
 * `parse: false` only the checksums are checked (values stay undefined): the cheap pass that
 * finds damage in the part of a log a snapshot already reflects.
 */
export function scanLog(file: string, from = 0, parse = true): LogScan {
  const bytes = readFrom(file, from);
  const scan: LogScan = { entries: [], bad: [], end: from, missingNewline: false };
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(NL, start);
    if (nl < 0) {
      const tail = bytes.subarray(start);
      const decoded = decodeLine(tail, parse);
      if (decoded) {
        // Whole, only its \n missing: written, maybe not acknowledged; keeping it loses nothing.
        scan.entries.push({ value: decoded.value, end: from + bytes.length });
        scan.end = from + bytes.length;
        scan.missingNewline = true;
      } else {
        scan.torn = { start: from + start, bytes: Buffer.from(tail) };
      }
      break;
    }
    const decoded = decodeLine(bytes.subarray(start, nl), parse);
    if (decoded) scan.entries.push({ value: decoded.value, end: from + nl + 1 });
    else scan.bad.push({ start: from + start, end: from + nl + 1 });
    start = nl + 1;
    scan.end = from + start;
  }
  return scan;
}

/** The header line of a log, if its first line is one this code can read at all. */
export function readHeader(file: string): LogHeader | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1024);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const nl = buffer.subarray(0, n).indexOf(NL);
    if (nl < 0) return undefined;
    const v = decodeLine(buffer.subarray(0, nl))?.value as Partial<LogHeader> | undefined;
    if (!v || typeof v.log !== 'string' || typeof v.version !== 'number' || typeof v.id !== 'string') return undefined;
    return { log: v.log, version: v.version, id: v.id, createdAt: String(v.createdAt) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes a whole new generation of the log (header and lines) in place of the old, atomically. */
export function writeLog(file: string, header: LogHeader, values: readonly unknown[], dir: string): number {
  const text = encodeLine(header) + values.map(encodeLine).join('');
  writeFileAtomicSync(file, text);
  fsyncDirSync(dir);
  return Buffer.byteLength(text, 'utf8');
}

export interface LogAppender {
  /** Appends the lines and returns once they are on disk; returns the new end offset. */
  append(values: readonly unknown[]): number;
  close(): void;
}

/** `end`: the log's size, where the first append lands (O_APPEND keeps every line at the end). */
export function openAppender(file: string, end: number): LogAppender {
  const fd = fs.openSync(file, 'a');
  let offset = end;
  return {
    append(values) {
      const bytes = Buffer.from(values.map(encodeLine).join(''), 'utf8');
      try {
        let written = 0;
        while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
        fs.fdatasyncSync(fd);
      } catch (err) {
        // A full disk mid-line: cut the partial line off so the next append starts clean.
        try {
          fs.ftruncateSync(fd, offset);
        } catch {
          /* the reader sets a torn tail aside at the next start */
        }
        throw err;
      }
      offset += bytes.length;
      return offset;
    },
    close() {
      fs.closeSync(fd);
    },
  };
}
