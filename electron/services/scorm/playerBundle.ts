// The SCORM player's JavaScript and CSS (src/ui/scorm). `npm run build` puts them in
// out/scorm-player for the desktop app; the CLI and the tests bundle the current source with
// esbuild, so they always package the player as it is now.
import fs from 'node:fs';
import path from 'node:path';
import { RequestError } from '../errors';

export interface PlayerBundle {
  js: Buffer;
  css: Buffer;
}

const ENTRY = 'src/ui/scorm/main.tsx';

/** Bundles the player from source into `outDir` (player.js, player.css), or in memory without one. */
export async function buildPlayer(repoRoot: string, outDir?: string): Promise<PlayerBundle> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { player: path.join(repoRoot, ENTRY) },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'file' },
    outdir: outDir ?? path.join(repoRoot, 'out', 'scorm-player'),
    write: false,
    logLevel: 'silent',
  });
  const find = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(`player${ext}`));
  const js = find('.js');
  const css = find('.css');
  if (!js || !css) throw new RequestError('scorm.errors.playerMissing');
  const bundle = { js: Buffer.from(js.contents), css: Buffer.from(css.contents) };
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'player.js'), bundle.js);
    fs.writeFileSync(path.join(outDir, 'player.css'), bundle.css);
  }
  return bundle;
}

/** The player a build left in `dir` (the desktop app's trainer area exports with it). */
export function loadPlayer(dir: string): PlayerBundle {
  try {
    return { js: fs.readFileSync(path.join(dir, 'player.js')), css: fs.readFileSync(path.join(dir, 'player.css')) };
  } catch {
    throw new RequestError('scorm.errors.playerMissing');
  }
}

let appBundle: Promise<PlayerBundle> | undefined;

/**
 * The player the app's trainer area packages: in a development checkout (the player's source is
 * there) a fresh bundle; in an installed app, the one `npm run build` left in out/scorm-player.
 * Found by walking up from this file, as the PDF fonts are.
 */
export function appPlayer(from: string = import.meta.dirname): Promise<PlayerBundle> {
  appBundle ??= (async () => {
    for (let dir = from; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, ENTRY))) return buildPlayer(dir);
      if (fs.existsSync(path.join(dir, 'out', 'scorm-player', 'player.js'))) return loadPlayer(path.join(dir, 'out', 'scorm-player'));
      if (path.dirname(dir) === dir) throw new RequestError('scorm.errors.playerMissing');
    }
  })();
  appBundle.catch(() => (appBundle = undefined));
  return appBundle;
}
