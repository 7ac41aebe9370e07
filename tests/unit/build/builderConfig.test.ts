// The installers cannot be built here (electron-builder downloads Electron's binaries), so this
// checks what can be checked: electron-builder.yml against electron-builder's own JSON schema
// (app-builder-lib/scheme.json, with ajv, the validator electron-builder itself uses), and
// against electron-builder's own validateConfiguration; the targets, the .academypack
// association, the resources, the icons, and the fuses hook it names.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const config = parse(fs.readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  fileAssociations: { ext: string; name: string; mimeType: string }[];
  extraResources: { from: string; to: string }[];
  afterPack: string;
  win: { target: string[]; icon: string };
  nsis: { perMachine: boolean; oneClick: boolean };
  msi: { perMachine: boolean };
  mac: { target: string[]; icon: string };
  linux: { target: string[]; icon: string; desktop: { entry: Record<string, string> } };
};
const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;

// Compiling electron-builder's schema takes seconds: once for the file.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function schemaErrors(candidate: unknown): string[] {
  return validate(candidate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('electron-builder.yml', () => {
  it('validates against electron-builder’s JSON schema', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('the schema check itself catches a misspelt or mistyped option', () => {
    expect(schemaErrors({ ...config, appID: 'x' }).length).toBeGreaterThan(0);
    expect(schemaErrors({ ...config, nsis: { perMachine: 'yes' } }).length).toBeGreaterThan(0);
  });

  it('passes electron-builder’s own configuration check', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration(c: unknown, log: unknown): Promise<void> };
    const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), nsis: { oneClik: false } }, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/);
  });

  it('builds NSIS (per-machine) and MSI for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
    expect(config.msi).toMatchObject({ perMachine: true });
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config['appId']).toBe('org.wcoomd.customs-ecommerce-academy');
    expect(config.linux.desktop.entry).toMatchObject({ Name: 'Customs E-Commerce Academy', 'Name[fr]': 'Académie douanière du commerce électronique' });
  });

  it('associates .academypack files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'academypack', mimeType: 'application/x-academypack' })]);
  });

  it('ships the course, preloaded packs, the guide and the PDF font as resources, and every icon it names exists', () => {
    expect(config.extraResources.map((r) => [r.from, r.to])).toEqual([
      ['content', 'content'],
      ['assets/packs', 'packs'],
      ['assets/docs/administrators', 'docs/administrators'],
      // electron/services/pdf/fonts.ts looks for resources/assets/fonts in an installed app.
      ['assets/fonts', 'assets/fonts'],
    ]);
    for (const r of config.extraResources) expect(fs.existsSync(path.join(REPO, r.from)), r.from).toBe(true);
    for (const icon of [config.win.icon, config.mac.icon, config.linux.icon]) expect(fs.existsSync(path.join(REPO, icon)), icon).toBe(true);
  });

  it('names the afterPack hook that flips the fuses, and electron-builder loads it as npm run dist runs it (under tsx)', () => {
    expect(config.afterPack).toBe('./electron/build/afterPack.ts');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['dist']).toContain('tsx node_modules/electron-builder/cli.js --config electron-builder.yml');
    // electron-builder's own hook loader (resolveFunction), in a process with tsx's loader, as `npm run dist` has.
    const load = `require('app-builder-lib/out/util/resolve').resolveFunction('afterPack', ${JSON.stringify(config.afterPack)}, 'afterPack', process.cwd()).then((f) => console.log(typeof f, f.name))`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', load], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout.trim()).toBe('function afterPack');
  }, 90_000);

  it('the release workflow builds on Windows, macOS and Linux runners, on a tag, with npm run dist', () => {
    const workflow = parse(fs.readFileSync(path.join(REPO, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      jobs: { installers: { strategy: { matrix: { include: { os: string }[] } }; steps: { run?: string }[] } };
    };
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(workflow.jobs.installers.strategy.matrix.include.map((m) => m.os)).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(workflow.jobs.installers.steps.map((s) => s.run)).toContain('npm run dist');
  });
});
