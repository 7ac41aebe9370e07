// Writes a file so that a crash leaves either the old content or the new, never a mix: a
// temporary file in the same folder, flushed to disk, then renamed over the target.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';

const tempName = (target: string) => `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;

export function writeFileAtomicSync(target: string, text: string): void {
  const temp = tempName(target);
  try {
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

export async function writeFileAtomic(target: string, text: string): Promise<void> {
  const temp = tempName(target);
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/**
 * Makes the renames done in `dir` survive a power cut, not only a crash of the app. Best effort:
 * Windows cannot open a folder for fsync, and NTFS journals renames anyway.
 */
export function fsyncDirSync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    /* not supported here */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
