// Which backups to keep: the newest BACKUPS_KEPT in write order, and the newest backup of each of
// the last DAILY_BACKUP_DAYS days on which the learner saved anything. A learner who notices a
// problem after a few days, or comes back after a holiday, can still go back a week of work.
//
// Everything is decided by write order (the sequence number), never by comparing dates with
// "now": a classroom PC's clock can be reset to an earlier date or jump to 2099, and a rule like
// "delete what is older than a week" would then delete every backup at once. The backup just
// written is always kept, so the newest good copy is never the one deleted.

export const BACKUPS_KEPT = 10;
export const DAILY_BACKUP_DAYS = 7;

export interface BackupEntry {
  file: string;
  /** Write order: higher is newer. */
  seq: number;
  /** The calendar day (UTC) the backup was written on, by the clock of that moment. */
  day: string;
}

/** The backups to delete, given every backup newest first. */
export function backupsToDelete(newestFirst: readonly BackupEntry[]): BackupEntry[] {
  const keep = new Set(newestFirst.slice(0, BACKUPS_KEPT));
  const days = new Set<string>();
  for (const entry of newestFirst) {
    if (days.has(entry.day)) continue;
    if (days.size === DAILY_BACKUP_DAYS) break;
    days.add(entry.day);
    keep.add(entry);
  }
  return newestFirst.filter((e) => !keep.has(e));
}
