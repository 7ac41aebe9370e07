// Electron build: main (ESM, like the package), preload (one CommonJS file, as sandboxed preloads
// require), and the renderer with exactly the settings of vite.config.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.config';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: path.join(repoRoot, 'out', 'main'),
      rolldownOptions: {
        input: { index: path.join(repoRoot, 'electron', 'main', 'index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: path.join(repoRoot, 'out', 'preload'),
      // A sandboxed preload can require only 'electron' (and a few builtins): bundle everything else.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: path.join(repoRoot, 'electron', 'preload', 'index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig(),
});
