// Where the GIFT fixtures live, and small helpers the GIFT tests share.
import fs from 'node:fs';
import path from 'node:path';
import { loadPack } from '../../../src/core/content/loadPack';
import { readPackDir } from '../../../electron/services/content/packReader';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const GIFT_DIR = path.join(REPO_ROOT, 'tests/fixtures/gift');
export const SOURCE_PACK = path.join(GIFT_DIR, 'source-pack');

export const giftFixture = (name: string): string => fs.readFileSync(path.join(GIFT_DIR, name), 'utf8');

/** The 1-based line of the only line of a fixture that contains `needle`. */
export function lineOfText(name: string, needle: string): number {
  const hits = giftFixture(name)
    .split(/\r?\n/)
    .flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`${name}: expected one line containing ${JSON.stringify(needle)}, found ${hits.length}`);
  return hits[0]!;
}

/** Every file under a folder with its bytes, to show that a folder did not change. */
export function snapshot(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    const full = path.join(d.parentPath, d.name);
    const rel = path.relative(dir, full).split(path.sep).join('/');
    out[rel] = d.isDirectory() ? '<dir>' : fs.readFileSync(full, 'base64');
  }
  return out;
}

export function loadDir(dir: string) {
  return loadPack(readPackDir(dir));
}

/** Copies a fixture folder into a fresh place. */
export function copyDir(from: string, to: string): string {
  fs.cpSync(from, to, { recursive: true });
  return to;
}
