// Opens a JSON store without ever losing data: a file that fails to parse or validate is
// moved aside (kept, with a timestamp), the newest valid backup is restored, or a fresh
// record is started, and the caller gets a notice to show the learner.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { FutureVersionError } from '../../../src/core/progress/migrations';
import { writeFileAtomicSync } from './atomicFile';
import { storeOptions, type BackingStore, type BackingStoreFactory } from './storeOptions';

export const MAX_STORE_BYTES = 64 * 1024 * 1024;
export const BACKUPS_KEPT = 10;

/** Why a file could not be used, as a code the UI can put in the learner's language. */
export type RecoveryCause = 'too-large' | 'empty' | 'not-json' | 'wrong-shape' | 'newer-version' | 'unreadable';

export type RecoveryEvent =
  | { kind: 'restored'; file: string; movedTo: string; backup: string; cause: RecoveryCause; reason: string }
  | { kind: 'reset'; file: string; movedTo: string; cause: RecoveryCause; reason: string };

type Unusable = { ok: false; cause: RecoveryCause; reason: string };

export interface SafeStoreOptions<T extends Record<string, unknown>> {
  dir: string;
  name: string;
  schema: z.ZodType<T>;
  defaults: () => T;
  /** Brings an older record up to the current schema; throws on a version it cannot read. */
  migrate?: (raw: unknown) => unknown;
  createStore: BackingStoreFactory;
  now?: () => Date;
}

export interface SafeStore<T> {
  read(): T;
  /** Validates and writes atomically; resolves once the data is on disk. */
  write(next: T): void;
  readonly recovery: RecoveryEvent | undefined;
  readonly file: string;
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

export function backupsDir(dir: string): string {
  return path.join(dir, 'backups');
}

// Backups are numbered in write order (`progress-00000042-<time>.json`). The number, not the
// time, decides which is newest: a shared PC's clock can be reset to an earlier date.
const backupPattern = (name: string) => new RegExp(`^${name}-(\\d{8})-[^/]*\\.json$`);

export function backupFileName(name: string, seq: number, when: Date): string {
  return `${name}-${String(seq).padStart(8, '0')}-${stamp(when)}.json`;
}

/** Backup files, newest first. */
function listBackups(dir: string, name: string): string[] {
  const bdir = backupsDir(dir);
  if (!fs.existsSync(bdir)) return [];
  const pattern = backupPattern(name);
  return fs
    .readdirSync(bdir)
    .map((f) => ({ f, seq: Number(pattern.exec(f)?.[1] ?? -1) }))
    .filter((b) => b.seq >= 0)
    .sort((a, b) => b.seq - a.seq)
    .map((b) => path.join(bdir, b.f));
}

/** One more than the newest of `backups` (listed newest first), or 1. */
function nextBackupNumber(backups: readonly string[], name: string): number {
  const newest = backups[0];
  return newest ? Number(backupPattern(name).exec(path.basename(newest))?.[1] ?? 0) + 1 : 1;
}

/** A name for a file being moved aside that never overwrites an earlier one. */
function asideName(dir: string, name: string, when: Date): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${name}.corrupt-${stamp(when)}${n > 1 ? `-${n}` : ''}.json`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Reads and validates one file; returns the data or the reason it is unusable. */
function readValid<T>(file: string, opts: Pick<SafeStoreOptions<Record<string, unknown>>, 'migrate'>, schema: z.ZodType<T>): { ok: true; data: T; migrated: boolean } | Unusable {
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_STORE_BYTES) return { ok: false, cause: 'too-large', reason: `file is too large (${stat.size} bytes)` };
    const text = fs.readFileSync(file, 'utf8');
    if (text.trim() === '') return { ok: false, cause: 'empty', reason: 'file is empty' };
    const raw: unknown = JSON.parse(text);
    const migrated = opts.migrate ? opts.migrate(raw) : raw;
    const parsed = schema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, cause: 'wrong-shape', reason: `unexpected content at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}` };
    }
    return { ok: true, data: parsed.data, migrated: migrated !== raw };
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false, cause: 'not-json', reason: 'file is not valid JSON' };
    if (e instanceof FutureVersionError) return { ok: false, cause: 'newer-version', reason: e.message };
    return { ok: false, cause: 'unreadable', reason: (e as Error).message };
  }
}

export function openSafeStore<T extends Record<string, unknown>>(opts: SafeStoreOptions<T>): SafeStore<T> {
  const now = opts.now ?? (() => new Date());
  fs.mkdirSync(opts.dir, { recursive: true });
  const file = path.join(opts.dir, `${opts.name}.json`);
  let recovery: RecoveryEvent | undefined;

  if (fs.existsSync(file)) {
    const current = readValid(file, opts, opts.schema);
    if (current.ok) {
      // Rewrite a migrated record so the file on disk has the current schema version.
      if (current.migrated) writeFileAtomicSync(file, JSON.stringify(current.data, null, 1));
    } else {
      const movedTo = asideName(opts.dir, opts.name, now());
      fs.renameSync(file, movedTo);
      let restored: { backup: string; data: T } | undefined;
      for (const candidate of listBackups(opts.dir, opts.name)) {
        const read = readValid(candidate, opts, opts.schema);
        if (read.ok) {
          restored = { backup: candidate, data: read.data };
          break;
        }
      }
      if (restored) {
        writeFileAtomicSync(file, JSON.stringify(restored.data, null, 1));
        recovery = { kind: 'restored', file, movedTo, backup: restored.backup, cause: current.cause, reason: current.reason };
      } else {
        recovery = { kind: 'reset', file, movedTo, cause: current.cause, reason: current.reason };
      }
    }
  }

  const backing: BackingStore<T> = opts.createStore(storeOptions(opts.name, opts.dir, opts.defaults()));
  let cache: T = opts.schema.parse(backing.store);

  // The backup folder is listed once; each save then adds one file and prunes from memory,
  // so a write costs no directory listing.
  const bdir = backupsDir(opts.dir);
  fs.mkdirSync(bdir, { recursive: true });
  const backups = listBackups(opts.dir, opts.name);
  let nextSeq = nextBackupNumber(backups, opts.name);
  const backup = (data: T) => {
    const target = path.join(bdir, backupFileName(opts.name, nextSeq++, now()));
    writeFileAtomicSync(target, JSON.stringify(data));
    backups.unshift(target);
    for (const old of backups.splice(BACKUPS_KEPT)) fs.rmSync(old, { force: true });
  };
  if (!recovery || recovery.kind === 'restored') backup(cache);

  return {
    file,
    recovery,
    read: () => cache,
    write(next: T) {
      const valid = opts.schema.parse(next);
      backing.store = valid;
      cache = valid;
      // Every saved write is also in the newest backup, so even a file damaged from outside
      // (a disk error, another program) loses nothing the learner was told was saved.
      backup(valid);
    },
  };
}
