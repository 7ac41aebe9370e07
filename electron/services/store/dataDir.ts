// Opens the learner-data folder for this process: creates it, takes its lock (one running copy
// per folder), then clears the temporary files a killed writer left behind. The stores are
// opened after this; close() of the services releases the lock.
import fs from 'node:fs';
import { lockDataDir, type DataDirLock } from './dataDirLock';
import { removeLeftoverTempFiles } from './leftoverTemps';

export function openDataDir(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const lock = lockDataDir(dir);
  removeLeftoverTempFiles(dir);
  return lock;
}
