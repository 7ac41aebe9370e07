// Reads a pack folder from disk for the loader. Packs can come from anywhere (a trainer's USB
// stick), so every path is checked: no "..", no absolute path, no link out of the pack, and a
// size limit per file.
import fs from 'node:fs';
import path from 'node:path';
import type { PackSource } from '../../../src/core/content/model';

export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024;

/** Resolves a pack-relative path to a real file inside the pack, or undefined. */
export function resolveInside(packDir: string, rel: string): string | undefined {
  if (rel === '' || rel.includes('\0') || rel.includes('\\') || rel.startsWith('/') || /^[a-zA-Z]:/.test(rel)) return undefined;
  if (rel.split('/').some((seg) => seg === '..' || seg === '.')) return undefined;
  let root: string;
  let real: string;
  try {
    root = fs.realpathSync(packDir);
    real = fs.realpathSync(path.join(root, rel));
  } catch {
    return undefined;
  }
  return real.startsWith(root + path.sep) ? real : undefined;
}

export function readPackDir(packDir: string): PackSource {
  return {
    exists(rel) {
      const real = resolveInside(packDir, rel);
      return real !== undefined && fs.statSync(real).isFile();
    },
    read(rel) {
      const real = resolveInside(packDir, rel);
      if (!real) return undefined;
      const stat = fs.statSync(real);
      if (!stat.isFile() || stat.size > MAX_PACK_FILE_BYTES) return undefined;
      return fs.readFileSync(real, 'utf8');
    },
  };
}

/** Pack folders directly under a content root: those holding a pack.yaml. */
export function findPackDirs(root: string): string[] {
  if (fs.existsSync(path.join(root, 'pack.yaml'))) return [root];
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'pack.yaml')))
    .map((d) => path.join(root, d.name))
    .sort();
}
