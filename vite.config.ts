/// <reference types="vitest/config" />
// The renderer's build, in one place: `vite build` (the preview harness) and electron-vite (the
// Electron app, see electron.vite.config.ts) both use rendererConfig(), so they ship the same files.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

export const RENDERER_ROOT = path.join(repoRoot, 'src', 'ui');
export const RENDERER_OUT_DIR = path.join(repoRoot, 'out', 'renderer');

/** The module that sends the start-up call; it and what it imports are the "boot" chunk. */
const STARTUP_CALLS = /[\\/]src[\\/]ui[\\/]startupCalls\.ts$/;

/**
 * index.html loads the boot chunk (startupCalls.ts and the API client) with its own `async`
 * script, so the start-up call (when the page does not carry its data) and the UI text fetch go
 * out as soon as that small file can run, while the browser is still parsing the app chunk
 * (React, i18next, the shell): the app chunk runs only once all of it is there. The app chunk imports the same boot chunk (one module
 * instance per URL), so the call is made once.
 */
function sendStartupCallEarly(): Plugin {
  return {
    name: 'academy:send-startup-call-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => STARTUP_CALLS.test(id)));
        if (!chunk || chunk.type !== 'chunk') throw new Error('no chunk for startupCalls.ts');
        if (chunk.moduleIds.some((id) => id.includes('node_modules'))) throw new Error(`the boot chunk ${chunk.fileName} holds libraries: keep startupCalls.ts small`);
        // Vite lists the chunk as a (deferred) module script of the entry: that tag becomes async.
        const deferred = `<script type="module" crossorigin src="./${chunk.fileName}"></script>`;
        if (!html.includes(deferred)) throw new Error(`index.html does not load ${chunk.fileName} as expected: ${html}`);
        return html.replace(deferred, `<script type="module" async crossorigin src="./${chunk.fileName}"></script>`);
      },
    },
  };
}

/**
 * The app chunk's script is `async` and `blocking="render"`: the browser paints no frame before it
 * has run, and it runs as soon as its module graph is there, not after the end of parsing. When
 * the page carries the start-up data, the app renders the first screen in that same task (see
 * src/ui/main.tsx), so the first frame shows the screen. A deferred script would also let the
 * browser paint an empty page as soon as parsing ended, and the screen could then wait for the
 * next frame (16 ms later).
 */
function renderFirstScreenFirst(): Plugin {
  return {
    name: 'academy:render-first-screen-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // The 'app' group of codeSplitting below: the chunk that holds main.tsx.
        const entry = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => /[\\/]src[\\/]ui[\\/]main\.tsx$/.test(id)));
        if (!entry) throw new Error('no chunk holds src/ui/main.tsx');
        const deferred = `<script type="module" crossorigin src="./${entry.fileName}"></script>`;
        if (!html.includes(deferred)) throw new Error(`index.html does not load ${entry.fileName} as expected: ${html}`);
        return html.replace(deferred, `<script type="module" async blocking="render" crossorigin src="./${entry.fileName}"></script>`);
      },
    },
  };
}

export function rendererConfig(): UserConfig {
  return {
    root: RENDERER_ROOT,
    // Relative URLs: the same files work from app://academy/ and from the harness's http origin.
    base: './',
    plugins: [react(), sendStartupCallEarly(), renderFirstScreenFirst()],
    publicDir: false,
    // The UI text (core/i18n/locales/*.json) as JSON.parse('…') rather than object literals: V8
    // parses a JSON string faster than the same data as JavaScript.
    json: { stringify: true },
    build: {
      outDir: RENDERER_OUT_DIR,
      emptyOutDir: true,
      // Explicit, so electron-vite's defaults and plain vite's defaults cannot make them differ.
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      // The polyfill is unnecessary in Chromium; without it no helper script is injected.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: path.join(RENDERER_ROOT, 'index.html'),
        // Everything the entry imports statically is loaded before the first screen anyway: one
        // file, not the 15 small shared chunks automatic splitting made (each a request, and
        // a module to instantiate, while the first lesson waits); apart from the boot chunk
        // (see sendStartupCallEarly), which must not wait for that file.
        output: {
          codeSplitting: {
            groups: [
              { name: 'boot', test: STARTUP_CALLS, priority: 1 },
              { name: 'app', tags: ['$initial'] },
            ],
          },
        },
      },
    },
  };
}

// Vitest also reads this file. Tests run from the repository root, not from src/ui, and the
// Playwright suites (browser and Electron e2e) are not Vitest files.
function testConfig(): UserConfig {
  return {
    root: repoRoot,
    plugins: [react()],
    test: {
      exclude: ['**/node_modules/**', '**/.git/**', 'out/**', 'tests/e2e/**', 'tests/electron/**'],
      // Many tests open real stores and load the real 58-lesson pack; on a shared 2-core machine
      // a cold start can exceed Vitest's 5 s default. A time limit is not what they test.
      testTimeout: 30_000,
      hookTimeout: 30_000,
      // One test file per core: Vitest's default leaves one core to itself (cores - 1), which on
      // our 2-core machines ran the files one at a time (138 s, against 96 s with two, idle).
      maxWorkers: availableParallelism(),
    },
  };
}

export default defineConfig(({ mode }) =>
  process.env['VITEST'] || mode === 'test' ? testConfig() : rendererConfig(),
);
