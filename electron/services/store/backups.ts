// The backup folder of one store: every save is also written there as a numbered file
// (`progress-00000042-<time>.json`), and old ones are pruned by backupRetention's rule.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from './atomicFile';
import { backupsToDelete, type BackupEntry } from './backupRetention';

export const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

export function backupsDir(dir: string): string {
  return path.join(dir, 'backups');
}

// The number, not the time, decides which is newest: a shared PC's clock can be reset.
const backupPattern = (name: string) => new RegExp(`^${name}-(\\d{8})-([^/]*)\\.json$`);

export function backupFileName(name: string, seq: number, when: Date): string {
  return `${name}-${String(seq).padStart(8, '0')}-${stamp(when)}.json`;
}

/** Backups of the store `name`, newest first. */
export function listBackups(dir: string, name: string): BackupEntry[] {
  const bdir = backupsDir(dir);
  let names: string[];
  try {
    names = fs.readdirSync(bdir);
  } catch {
    return [];
  }
  const pattern = backupPattern(name);
  return names
    .flatMap((f) => {
      const m = pattern.exec(f);
      // The stamp starts with the ISO date: YYYY-MM-DD.
      return m ? [{ file: path.join(bdir, f), seq: Number(m[1]), day: (m[2] ?? '').slice(0, 10) }] : [];
    })
    .sort((a, b) => b.seq - a.seq);
}

/**
 * Makes sure the backup folder is a folder. Something else in its place (a file another program
 * wrote) is moved aside, never deleted, so the store can still make backups.
 */
export function ensureBackupsDir(dir: string, when: Date): void {
  const bdir = backupsDir(dir);
  let isDir = false;
  try {
    isDir = fs.statSync(bdir).isDirectory();
  } catch {
    /* missing, or a broken link */
  }
  if (!isDir && fs.lstatSync(bdir, { throwIfNoEntry: false })) fs.renameSync(bdir, `${bdir}.corrupt-${stamp(when)}`);
  fs.mkdirSync(bdir, { recursive: true });
}

export interface BackupWriter {
  write(text: string): void;
}

/** Lists the folder once; each write then adds one file and prunes from memory. */
export function openBackupWriter(dir: string, name: string, now: () => Date): BackupWriter {
  const backups = listBackups(dir, name);
  let nextSeq = (backups[0]?.seq ?? 0) + 1;
  return {
    write(text) {
      const when = now();
      const file = path.join(backupsDir(dir), backupFileName(name, nextSeq, when));
      writeFileAtomicSync(file, text);
      backups.unshift({ file, seq: nextSeq, day: stamp(when).slice(0, 10) });
      nextSeq++;
      for (const old of backupsToDelete(backups)) {
        backups.splice(backups.indexOf(old), 1);
        // Pruning is housekeeping: a backup that cannot be deleted (a folder in its place, a
        // locked file) must not turn a save that succeeded into an error.
        try {
          fs.rmSync(old.file, { force: true });
        } catch {
          /* left for the next start to retry */
        }
      }
    },
  };
}
