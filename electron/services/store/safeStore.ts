// Opens a JSON store without ever losing data: a file that fails to parse or validate is moved
// aside (kept, with a timestamp), the newest valid backup is restored, or a fresh record is
// started, and the caller gets a notice to show the learner. Every save is atomic, durable when
// write() returns, and also copied to the backup folder.
import path from 'node:path';
import fs from 'node:fs';
import type { z } from 'zod';
import { fsyncDirSync } from './atomicFile';
import { ensureBackupsDir, openBackupWriter } from './backups';
import { recoverStoreFile, type RecoveryEvent } from './recoverStoreFile';
import { storeOptions, type BackingStore, type BackingStoreFactory } from './storeOptions';

export { MAX_STORE_BYTES, type RecoveryCause } from './readStoreFile';
export { BACKUPS_KEPT, DAILY_BACKUP_DAYS } from './backupRetention';
export { backupFileName, backupsDir } from './backups';
export type { RecoveryEvent } from './recoverStoreFile';

export interface SafeStoreOptions<T extends Record<string, unknown>> {
  dir: string;
  name: string;
  schema: z.ZodType<T>;
  /**
   * What write() checks, when the full schema would only re-check values the caller built from
   * checked ones (a class's merged records: each was checked in full on import). Reads always
   * use the full schema.
   */
  writeSchema?: z.ZodType<T>;
  defaults: () => T;
  /** Brings an older record up to the current schema; throws on a version it cannot read. */
  migrate?: (raw: unknown) => unknown;
  createStore: BackingStoreFactory;
  now?: () => Date;
}

export interface SafeStore<T> {
  read(): T;
  /** Validates and writes atomically; returns once the data is on disk. */
  write(next: T): void;
  readonly recovery: RecoveryEvent | undefined;
  readonly file: string;
}

// The same text conf writes (storeOptions' serialize), so a restored file reads back identically.
const serialize = (data: unknown) => JSON.stringify(data, null, 1);

export function openSafeStore<T extends Record<string, unknown>>(opts: SafeStoreOptions<T>): SafeStore<T> {
  const now = opts.now ?? (() => new Date());
  fs.mkdirSync(opts.dir, { recursive: true });
  const file = path.join(opts.dir, `${opts.name}.json`);
  ensureBackupsDir(opts.dir, now());
  const recovery = recoverStoreFile({ ...opts, file, now, serialize });

  const backing: BackingStore<T> = opts.createStore(storeOptions(opts.name, opts.dir, opts.defaults()));
  let cache: T = opts.schema.parse(backing.store);

  const backups = openBackupWriter(opts.dir, opts.name, now);
  // A reset found no valid backup; the empty record is backed up at its first save.
  if (recovery?.kind !== 'reset') backups.write(JSON.stringify(cache));

  return {
    file,
    recovery,
    read: () => cache,
    write(next: T) {
      const valid = (opts.writeSchema ?? opts.schema).parse(next);
      backing.store = valid;
      // The rename must be on disk before the save is reported, or a power cut could bring back
      // the previous file while the UI showed the change as saved.
      fsyncDirSync(opts.dir);
      cache = valid;
      // Every saved write is also in the newest backup, so even a file damaged from outside
      // (a disk error, another program) loses nothing the learner was told was saved.
      backups.write(JSON.stringify(valid));
    },
  };
}
