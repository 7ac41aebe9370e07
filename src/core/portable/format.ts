// The portable progress file: a learner's record (progress and study time) in one JSON file a
// trainer can collect. Version 1:
//
//   { "format": "cea-progress", "version": 1, "exportedAt": "<ISO>", "learner": { "id"?: …, "name"?: … },
//     "body": { "progress": <the progress record>, "studyTime": <the study-time record> },
//     "hash": "sha256-<hex of SHA-256 over canonicalJson(body)>" }
//
// The hash catches a damaged or hand-edited file; it is not a signature (anyone can recompute
// it). Reading a file is hostile until proven otherwise, and each check has its own reason:
// size before parsing, JSON, prototype-pollution keys anywhere, format, version, envelope shape,
// hash, and the body's schema (strict, the same schemas the stores use). Hashing is passed in,
// so this module stays pure; the service gives it node:crypto.
import { z } from 'zod';
import { FutureVersionError, migrateProgress } from '../progress/migrations';
import { progressSchema, type ProgressData } from '../progress/model';
import { studyTimeSchema, type StudyTimeData } from '../studyTime/record';

import { MAX_PORTABLE_BYTES } from './limits';

export { MAX_PORTABLE_BYTES };
export const PORTABLE_FORMAT = 'cea-progress';
export const PORTABLE_VERSION = 1;
/** Deepest nesting accepted: a real record is under 10 levels deep. */
export const MAX_PORTABLE_DEPTH = 32;
const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a file was refused; the UI names each one in the learner's language. */
export const PORTABLE_REASONS = [
  'too-large',
  'not-json',
  'forbidden-key',
  'too-deep',
  'unknown-format',
  'unsupported-version',
  'wrong-shape',
  'hash-mismatch',
  'newer-app',
] as const;
export type PortableReason = (typeof PORTABLE_REASONS)[number];

export interface PortableRejection {
  ok: false;
  reason: PortableReason;
  /** Plain-English details for logs and trainers (the UI shows the reason in the learner's language). */
  details: string;
  /** Values for the reason's message: sizes, a key, a version, a path. */
  params: Record<string, string>;
}

export interface PortableBody {
  progress: ProgressData;
  studyTime: StudyTimeData;
}

export interface PortableFile {
  format: typeof PORTABLE_FORMAT;
  version: typeof PORTABLE_VERSION;
  exportedAt: string;
  learner: { id?: string; name?: string };
  body: PortableBody;
  hash: string;
}

export type PortableParse = { ok: true; file: PortableFile } | PortableRejection;

export type Sha256Hex = (text: string) => string;

/** The learner's id (their profile's), so a trainer's class can tell two files of one trainee apart from two trainees. */
const LEARNER_ID = z.string().regex(/^[a-z0-9-]{1,64}$/);

const envelopeSchema = z.strictObject({
  format: z.literal(PORTABLE_FORMAT),
  version: z.literal(PORTABLE_VERSION),
  exportedAt: z.iso.datetime(),
  learner: z.strictObject({ id: LEARNER_ID.optional(), name: z.string().trim().min(1).max(100).optional() }),
  body: z.unknown(),
  hash: z.string().regex(/^sha256-[0-9a-f]{64}$/, 'must be "sha256-" and 64 hex digits'),
});

const bodySchema = z.strictObject({
  progress: z.unknown(),
  studyTime: studyTimeSchema,
});

const reject = (reason: PortableReason, details: string, params: Record<string, string> = {}): PortableRejection => ({
  ok: false,
  reason,
  details,
  params,
});

/** UTF-8 length without Node's Buffer or a TextEncoder copy of a large string. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * JSON with object keys sorted (by UTF-16 code units) and no white space: the same value always
 * gives the same text, whatever order its keys were written in. Numbers and strings are written
 * as JSON.stringify writes them. Only for values that came from JSON or are JSON-safe.
 */
export function canonicalJson(value: unknown): string {
  // One string built by appending (V8 joins appended strings cheaply): a class import hashes
  // hundreds of files, and the recursive map/join version spent most of its time in garbage.
  let out = '';
  const write = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      const text = JSON.stringify(v);
      if (text === undefined) throw new TypeError(`not a JSON value: ${typeof v}`);
      out += text;
      return;
    }
    if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ',';
        write(v[i]);
      }
      out += ']';
      return;
    }
    const obj = v as Record<string, unknown>;
    // sort() without a comparator orders strings by UTF-16 code units, as the format requires.
    const keys = Object.keys(obj).sort();
    out += '{';
    let first = true;
    for (const k of keys) {
      const item = obj[k];
      if (item === undefined) continue;
      out += first ? JSON.stringify(k) : `,${JSON.stringify(k)}`;
      out += ':';
      first = false;
      write(item);
    }
    out += '}';
  };
  write(value);
  return out;
}

export const portableHash = (body: unknown, sha256: Sha256Hex) => `sha256-${sha256(canonicalJson(body))}`;

/**
 * The first "__proto__", "constructor" or "prototype" key anywhere in a parsed value, or a
 * nesting deeper than MAX_PORTABLE_DEPTH. Iterative, so a hostile file cannot overflow the stack.
 */
function findHostileStructure(root: unknown): PortableRejection | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_PORTABLE_DEPTH) {
      return reject('too-deep', `nested more than ${MAX_PORTABLE_DEPTH} levels deep at ${path || '(top)'}`, { max: String(MAX_PORTABLE_DEPTH) });
    }
    // JSON.parse makes "__proto__" an own key, so Object.keys sees it.
    for (const key of Object.keys(value)) {
      const where = path ? `${path}.${key}` : key;
      if (POLLUTING_KEYS.has(key)) return reject('forbidden-key', `the key "${key}" (at ${where}) is not allowed`, { key, path: where });
      stack.push({ value: (value as Record<string, unknown>)[key], path: where, depth: depth + 1 });
    }
  }
  return undefined;
}

const issuePath = (issue: z.core.$ZodIssue | undefined, prefix: string) =>
  [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');

/** Reads and checks a portable progress file. Changes nothing: the caller decides what to do. */
export function parsePortableFile(text: string, sha256: Sha256Hex): PortableParse {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_PORTABLE_BYTES) {
    return reject('too-large', `${bytes} bytes, over the limit of ${MAX_PORTABLE_BYTES}`, { size: String(bytes), limit: String(MAX_PORTABLE_BYTES) });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return reject('not-json', `not JSON: ${(e as Error).message}`);
  }
  const hostile = findHostileStructure(raw);
  if (hostile) return hostile;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return reject('unknown-format', 'not a JSON object with a "format" field');
  const top = raw as Record<string, unknown>;
  if (top.format !== PORTABLE_FORMAT) {
    return reject('unknown-format', `format is ${JSON.stringify(top.format) ?? 'missing'}, expected "${PORTABLE_FORMAT}"`);
  }
  if (top.version !== PORTABLE_VERSION) {
    const version = JSON.stringify(top.version) ?? 'missing';
    return reject('unsupported-version', `version ${version}; this app reads version ${PORTABLE_VERSION}`, { version });
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const path = issuePath(issue, '');
    return reject('wrong-shape', `${path || '(top)'}: ${issue?.message ?? 'invalid'}`, { path: path || '-' });
  }
  const expected = portableHash(envelope.data.body, sha256);
  if (envelope.data.hash !== expected) {
    return reject('hash-mismatch', `the body's SHA-256 is ${expected}, the file says ${envelope.data.hash}: changed or damaged after export`);
  }
  const body = bodySchema.safeParse(envelope.data.body);
  if (!body.success) {
    const issue = body.error.issues[0];
    const path = issuePath(issue, 'body');
    return reject('wrong-shape', `${path}: ${issue?.message ?? 'invalid'}`, { path });
  }
  let progress: ProgressData;
  try {
    const parsed = progressSchema.safeParse(migrateProgress(body.data.progress));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issuePath(issue, 'body.progress');
      return reject('wrong-shape', `${path}: ${issue?.message ?? 'invalid'}`, { path });
    }
    progress = parsed.data;
  } catch (e) {
    if (e instanceof FutureVersionError) return reject('newer-app', `the progress record was ${e.message}`);
    return reject('wrong-shape', `body.progress: ${(e as Error).message}`, { path: 'body.progress' });
  }
  const { id, name } = envelope.data.learner;
  return {
    ok: true,
    file: {
      format: PORTABLE_FORMAT,
      version: PORTABLE_VERSION,
      exportedAt: envelope.data.exportedAt,
      learner: { ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }) },
      body: { progress, studyTime: body.data.studyTime },
      hash: envelope.data.hash,
    },
  };
}

/** A file ready to write: compact JSON, so even a very long record stays under the import limit. */
export function buildPortableFile(body: PortableBody, opts: { exportedAt: string; learnerId?: string; learnerName?: string; sha256: Sha256Hex }): { file: PortableFile; text: string } {
  const file: PortableFile = {
    format: PORTABLE_FORMAT,
    version: PORTABLE_VERSION,
    exportedAt: opts.exportedAt,
    learner: { ...(opts.learnerId ? { id: opts.learnerId } : {}), ...(opts.learnerName ? { name: opts.learnerName } : {}) },
    body,
    hash: portableHash(body, opts.sha256),
  };
  return { file, text: JSON.stringify(file) };
}
