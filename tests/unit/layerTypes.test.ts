// The compiler knows the layers (DESIGN.md): core compiles with neither DOM nor Node types, the
// renderer with DOM only, electron with Node only. Each layer's tsconfig is read the way tsc reads
// it, and a probe using `document` and `process` is compiled with its options: each layer must
// refuse the globals it may not use, and accept the ones it may.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');

function optionsOf(configFile: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(repo, configFile), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  return parsed.options;
}

/** The names a probe file cannot find when compiled with a layer's options. */
function unknownGlobals(configFile: string, layerDir: string): string[] {
  const options = optionsOf(configFile);
  const probe = path.join(repo, layerDir, '__layer_probe__.ts');
  const text = 'export const title = document.title;\nexport const pid = process.pid;\n';
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) => (path.resolve(file) === probe ? ts.createSourceFile(file, text, lang) : getSourceFile(file, lang, ...rest));
  host.fileExists = ((exists) => (file: string) => path.resolve(file) === probe || exists(file))(host.fileExists.bind(host));
  const program = ts.createProgram({ rootNames: [probe], options, host });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => /Cannot find name '(\w+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, '\n'))?.[1])
    .filter((n): n is string => n !== undefined)
    .sort();
}

describe('each layer compiles with only the types it may use', () => {
  it('src/core: neither document nor process', () => {
    expect(unknownGlobals('tsconfig.core.json', 'src/core')).toEqual(['document', 'process']);
  }, 60_000);

  it('src/ui: document, but not process', () => {
    expect(unknownGlobals('tsconfig.ui.json', 'src/ui')).toEqual(['process']);
  }, 60_000);

  it('electron: process, but not document', () => {
    expect(unknownGlobals('tsconfig.electron.json', 'electron/services')).toEqual(['document']);
  }, 60_000);

  it('each layer config covers its folder', () => {
    const includes = (configFile: string) => ts.readConfigFile(path.join(repo, configFile), ts.sys.readFile).config.include as string[];
    expect(includes('tsconfig.core.json')).toEqual(['src/core']);
    expect(includes('tsconfig.ui.json')).toContain('src/ui');
    expect(includes('tsconfig.electron.json')).toContain('electron');
  });
});
