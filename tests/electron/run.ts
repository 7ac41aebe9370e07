// Runs the Electron e2e tests where an Electron binary exists, and says plainly when it does not.
// A skip exits 0 but never reports a pass: our build machines install the electron package
// offline, without its binary (DESIGN.md, "Tests").
//   npx tsx tests/electron/run.ts
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIP_MESSAGE =
  'Electron e2e: skipped: no Electron binary (node_modules/electron has no dist; offline install)';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** The Electron executable, or null. The electron package's index.js throws when it has no dist. */
function findElectronBinary(): string | null {
  try {
    const executable: unknown = require('electron');
    if (typeof executable === 'string' && existsSync(executable)) return executable;
  } catch {
    // fall through: the package is there but its download never happened
  }
  return null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.error) {
    console.error(result.error);
    return 1;
  }
  return result.status ?? 1;
}

function main(): number {
  const electronBinary = findElectronBinary();
  if (!electronBinary) {
    console.log(SKIP_MESSAGE);
    return 0;
  }

  const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((f) =>
    existsSync(path.join(repoRoot, f)),
  );
  if (!built) {
    console.log('Electron e2e: building the app first (electron-vite build)');
    const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
    const code = run(process.execPath, [electronVite, 'build']);
    if (code !== 0) return code;
  }

  // -c with a folder: Playwright uses its defaults with that folder as testDir, so this suite
  // neither needs nor disturbs the browser e2e suite's playwright.config.
  const playwrightCli = require.resolve('@playwright/test/cli');
  return run(process.execPath, [playwrightCli, 'test', '-c', 'tests/electron', '--reporter=list', ...process.argv.slice(2)], {
    ...process.env,
    ACADEMY_ELECTRON_PATH: electronBinary,
  });
}

process.exit(main());
