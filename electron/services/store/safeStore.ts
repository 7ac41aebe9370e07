// Opens a JSON store without ever losing data: a file that fails to parse or validate is
// moved aside (kept, with a timestamp), the newest valid backup is restored, or a fresh
// record is started, and the caller gets a notice to show the learner.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { storeOptions, type BackingStore, type BackingStoreFactory } from './storeOptions';

export const MAX_STORE_BYTES = 64 * 1024 * 1024;
export const BACKUPS_KEPT = 10;

export type RecoveryEvent =
  | { kind: 'restored'; file: string; movedTo: string; backup: string; reason: string }
  | { kind: 'reset'; file: string; movedTo: string; reason: string };

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

function listBackups(dir: string, name: string): string[] {
  const bdir = backupsDir(dir);
  if (!fs.existsSync(bdir)) return [];
  return fs
    .readdirSync(bdir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.json'))
    .sort()
    .reverse()
    .map((f) => path.join(bdir, f));
}

/** Reads and validates one file; returns the data or the reason it is unusable. */
function readValid<T>(file: string, opts: Pick<SafeStoreOptions<Record<string, unknown>>, 'migrate'>, schema: z.ZodType<T>): { ok: true; data: T } | { ok: false; reason: string } {
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_STORE_BYTES) return { ok: false, reason: `file is too large (${stat.size} bytes)` };
    const text = fs.readFileSync(file, 'utf8');
    if (text.trim() === '') return { ok: false, reason: 'file is empty' };
    const raw: unknown = JSON.parse(text);
    const migrated = opts.migrate ? opts.migrate(raw) : raw;
    const parsed = schema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, reason: `unexpected content at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}` };
    }
    return { ok: true, data: parsed.data };
  } catch (e) {
    return { ok: false, reason: e instanceof SyntaxError ? 'file is not valid JSON' : (e as Error).message };
  }
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
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
      if (opts.migrate) writeAtomic(file, JSON.stringify(current.data, null, 1));
    } else {
      const movedTo = path.join(opts.dir, `${opts.name}.corrupt-${stamp(now())}.json`);
      fs.renameSync(file, movedTo);
      const backup = listBackups(opts.dir, opts.name).find((b) => readValid(b, opts, opts.schema).ok);
      if (backup) {
        const good = readValid(backup, opts, opts.schema);
        if (good.ok) writeAtomic(file, JSON.stringify(good.data, null, 1));
        recovery = { kind: 'restored', file, movedTo, backup, reason: current.reason };
      } else {
        recovery = { kind: 'reset', file, movedTo, reason: current.reason };
      }
    }
  }

  const backing: BackingStore<T> = opts.createStore(storeOptions(opts.name, opts.dir, opts.defaults()));
  let cache: T = opts.schema.parse(backing.store);
  let lastBackup = 0;

  const backup = (data: T) => {
    const bdir = backupsDir(opts.dir);
    fs.mkdirSync(bdir, { recursive: true });
    writeAtomic(path.join(bdir, `${opts.name}-${stamp(now())}.json`), JSON.stringify(data));
    for (const old of listBackups(opts.dir, opts.name).slice(BACKUPS_KEPT)) fs.rmSync(old, { force: true });
    lastBackup = now().getTime();
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
      // A backup at most once a minute keeps a trail without doubling every write.
      if (now().getTime() - lastBackup > 60_000) backup(valid);
    },
  };
}
