// Temporary files of a write that never finished: the process was killed between creating the
// temporary file and renaming it over the real one. They never hold the only copy of a saved
// write (a save is reported only after the rename), so they can go, but only while this process
// holds the folder's lock: another running copy could be in the middle of its own write.
import fs from 'node:fs';
import path from 'node:path';
import { backupsDir } from './backups';

const LEFTOVERS = [
  // atomicFile.ts: `<target>.<pid>.<12 hex>.tmp`
  /\.json\.\d+\.[0-9a-f]{12}\.tmp$/,
  // conf's writer (the `atomically` package): `<target>.tmp-<10 digits><6 hex>`
  /\.json\.tmp-\d{10}[0-9a-f]{6}$/,
];

/** Removes leftover temporary files in the data folder and its backup folder; returns their names. */
export function removeLeftoverTempFiles(dir: string): string[] {
  const removed: string[] = [];
  for (const folder of [dir, backupsDir(dir)]) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => LEFTOVERS.some((p) => p.test(n)))) {
      try {
        fs.rmSync(path.join(folder, name));
        removed.push(name);
      } catch {
        /* a folder of that name, or no permission: leave it */
      }
    }
  }
  return removed;
}
