import fs from 'node:fs';
import path from 'node:path';

/**
 * The checkout the command-line tools run from: the nearest folder above this file holding the
 * project's package.json. Found by walking up, so the same code works run from source (tsx) and
 * bundled into out/ (the browser tests start the preview from built JavaScript).
 */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'content'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../../..');
  }
}

const root = findRepoRoot(import.meta.dirname);

/** A path inside the repository, for the command-line tools run from a checkout. */
export const repoPath = (...p: string[]) => path.resolve(root, ...p);
