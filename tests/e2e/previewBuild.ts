// The preview CLI as built JavaScript: under load, starting it through tsx (compiling ~150
// TypeScript files on each start) took 6 s of the preview's start-up, bundled node 2-4 s. The
// browser tests build it once per run (global setup), so it is never stale.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const PREVIEW_BUNDLE = path.join(REPO, 'out/preview/preview.mjs');
/**
 * Where the previews of one run keep the packs they loaded (preview --pack-cache): the first
 * preview loads the course (about 0.7 s of its start), the others read it back in milliseconds.
 * Emptied with each build, so a run never reads what another build wrote.
 */
export const PACK_CACHE_DIR = path.join(REPO, 'out/preview/pack-cache');

export async function buildPreview(): Promise<void> {
  fs.rmSync(PACK_CACHE_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(REPO, 'electron/services/cli/preview.ts')],
    outfile: PREVIEW_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies load from node_modules as they do under tsx; only our code is bundled.
    packages: 'external',
    logLevel: 'warning',
  });
}
