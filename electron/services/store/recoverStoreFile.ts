// Makes the live file of a store usable before anything reads it. A file that cannot be used is
// moved aside (kept, never deleted) and the newest valid backup is written in its place; a file
// that is missing while valid backups exist is restored too (a sync tool or an antivirus can
// remove it). The caller gets an event to tell the learner; when there is nothing to tell (a good
// file, or a first start), it gets undefined.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from './atomicFile';
import { listBackups, stamp } from './backups';
import { readStoreFile, type ReadOptions, type RecoveryCause } from './readStoreFile';

export type RecoveryEvent =
  | { kind: 'restored'; file: string; movedTo: string; backup: string; cause: RecoveryCause; reason: string }
  | { kind: 'reset'; file: string; movedTo: string; cause: RecoveryCause; reason: string };

export interface StoreFile<T> extends ReadOptions<T> {
  dir: string;
  name: string;
  file: string;
  now: () => Date;
  serialize: (data: T) => string;
}

/** A name for a file being moved aside that never overwrites an earlier one. */
function asideName(dir: string, name: string, when: Date): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${name}.corrupt-${stamp(when)}${n > 1 ? `-${n}` : ''}.json`);
    if (!fs.lstatSync(candidate, { throwIfNoEntry: false })) return candidate;
  }
}

function newestValidBackup<T>(store: StoreFile<T>): { backup: string; data: T } | undefined {
  for (const candidate of listBackups(store.dir, store.name)) {
    const read = readStoreFile(candidate.file, store);
    if (read.ok) return { backup: candidate.file, data: read.data };
  }
  return undefined;
}

export function recoverStoreFile<T>(store: StoreFile<T>): RecoveryEvent | undefined {
  // lstat: a broken link or a link loop in place of the file is something to move aside too.
  const present = fs.lstatSync(store.file, { throwIfNoEntry: false }) !== undefined;
  if (!present) {
    const restored = newestValidBackup(store);
    if (!restored) return undefined; // a first start
    writeFileAtomicSync(store.file, store.serialize(restored.data));
    // Nothing was there to keep: movedTo names the place where the file was expected.
    return { kind: 'restored', file: store.file, movedTo: store.file, backup: restored.backup, cause: 'unreadable', reason: 'file is missing' };
  }

  const current = readStoreFile(store.file, store);
  if (current.ok) {
    // Rewrite an older or differently encoded record so the file on disk is as this app writes it.
    if (current.rewrite) writeFileAtomicSync(store.file, store.serialize(current.data));
    return undefined;
  }

  const movedTo = asideName(store.dir, store.name, store.now());
  fs.renameSync(store.file, movedTo);
  const restored = newestValidBackup(store);
  if (!restored) return { kind: 'reset', file: store.file, movedTo, cause: current.cause, reason: current.reason };
  writeFileAtomicSync(store.file, store.serialize(restored.data));
  return { kind: 'restored', file: store.file, movedTo, backup: restored.backup, cause: current.cause, reason: current.reason };
}
