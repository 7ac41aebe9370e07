// Reads one store file (the live one or a backup) and says whether it holds a usable record.
// Never throws, never hangs: a FIFO, a directory or a link loop in place of the file, a file of
// any size or encoding, hostile JSON: each comes back as a cause the learner can be told.
import fs from 'node:fs';
import type { z } from 'zod';
import { FutureVersionError } from '../../../src/core/progress/migrations';
import { decodeStoreText, NotTextError } from './decodeText';
import { jsonLimitProblem } from './jsonLimits';

/** A progress file with years of quizzes is a few MB; this is far past any real one. */
export const MAX_STORE_BYTES = 64 * 1024 * 1024;

/** Why a file could not be used, as a code the UI can put in the learner's language. */
export type RecoveryCause = 'too-large' | 'empty' | 'not-json' | 'wrong-shape' | 'newer-version' | 'unreadable';

export type Unusable = { ok: false; cause: RecoveryCause; reason: string };
export type Usable<T> = {
  ok: true;
  data: T;
  /** The file is good but not as this app writes it (older schema, other encoding): rewrite it. */
  rewrite: boolean;
};

export interface ReadOptions<T> {
  schema: z.ZodType<T>;
  /** Brings an older record up to the current schema; throws on a version it cannot read. */
  migrate?: (raw: unknown) => unknown;
}

const unusable = (cause: RecoveryCause, reason: string): Unusable => ({ ok: false, cause, reason });

/** The whole file, or undefined when it has more than `max` bytes (it may grow while read). */
function readAtMost(file: string, max: number): Buffer | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, max) + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) return buffer.subarray(0, length);
      length += n;
      if (length > max) return undefined;
    }
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a pipe';
  if (stat.isSocket()) return 'a socket';
  return 'a device';
}

export function readStoreFile<T>(file: string, opts: ReadOptions<T>): Usable<T> | Unusable {
  try {
    // stat, not open, first: opening a FIFO would block until something writes to it.
    const stat = fs.statSync(file);
    if (!stat.isFile()) return unusable('unreadable', `not a file but ${kindOf(stat)}`);
    if (stat.size > MAX_STORE_BYTES) return unusable('too-large', `file is too large (${stat.size} bytes)`);
    const bytes = readAtMost(file, MAX_STORE_BYTES);
    if (!bytes) return unusable('too-large', `file is too large (over ${MAX_STORE_BYTES} bytes)`);
    const { text, reencoded } = decodeStoreText(bytes);
    if (text.trim() === '') return unusable('empty', 'file is empty');
    const limit = jsonLimitProblem(text);
    if (limit) return unusable(limit.cause, limit.reason);
    const raw: unknown = JSON.parse(text);
    const migrated = opts.migrate ? opts.migrate(raw) : raw;
    const parsed = opts.schema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return unusable('wrong-shape', `unexpected content at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
    }
    return { ok: true, data: parsed.data, rewrite: reencoded || migrated !== raw };
  } catch (e) {
    if (e instanceof SyntaxError) return unusable('not-json', 'file is not valid JSON');
    if (e instanceof NotTextError) return unusable('not-json', `file is not valid JSON (${e.message})`);
    if (e instanceof FutureVersionError) return unusable('newer-version', e.message);
    return unusable('unreadable', (e as Error).message);
  }
}
