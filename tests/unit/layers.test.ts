// The layer rule of DESIGN.md, checked on every import (VS Code's "code-layering", at our scale):
//
//   src/core           pure TypeScript: no Node builtins, no React/DOM libraries, no electron,
//                      nothing from src/ui or electron/*
//   src/ui             no Node builtins, no electron, nothing from electron/*
//   electron/services  nothing from electron/main, electron/preload, src/ui; never 'electron'
//   electron/preload   only 'electron' and src/core/api
//   'electron'         only in electron/main and electron/preload ('electron-store' only in main)
//
// Type-only imports count too: a layer that names another layer's types depends on it.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface SourceText {
  /** Repository-relative, with forward slashes. */
  path: string;
  text: string;
}

interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts)$/;
const BUILTINS = new Set(builtinModules.map((m) => m.split('/')[0]));
const DOM_ONLY_PACKAGES = new Set(['react', 'react-dom', 'react-i18next', 'scheduler']);

/** Every module specifier in a file: import/export from, import(), require(), import x = require(). */
function importsOf(fileName: string, text: string): string[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire =
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        (ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'require' &&
          callee.name.text === 'resolve');
      const first = node.arguments[0];
      if ((isDynamicImport || isRequire) && first && ts.isStringLiteralLike(first)) {
        found.push(first.text);
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

type Target =
  | { kind: 'builtin'; name: string }
  | { kind: 'package'; name: string }
  | { kind: 'local'; path: string };

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function classify(fromFile: string, specifier: string): Target {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const resolved = specifier.startsWith('/')
      ? path.posix.normalize(specifier.slice(1))
      : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
    return { kind: 'local', path: resolved };
  }
  if (specifier.startsWith('node:')) return { kind: 'builtin', name: specifier };
  const name = packageName(specifier);
  if (BUILTINS.has(name)) return { kind: 'builtin', name };
  return { kind: 'package', name };
}

function under(file: string, folder: string): boolean {
  return file === folder || file.startsWith(`${folder}/`);
}

const isElectron = (t: Target): boolean => t.kind === 'package' && t.name === 'electron';

/** Applies the layer rule to a list of files; returns every violation (empty when all is well). */
function checkLayers(files: readonly SourceText[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const from = file.path;
    for (const specifier of importsOf(from, file.text)) {
      const t = classify(from, specifier);
      const report = (rule: string): void => {
        violations.push({ file: from, specifier, rule });
      };

      if (isElectron(t) && !under(from, 'electron/main') && !under(from, 'electron/preload')) {
        report("'electron' may only be imported in electron/main and electron/preload");
      }
      if (t.kind === 'package' && t.name === 'electron-store' && !under(from, 'electron/main')) {
        report("'electron-store' loads 'electron': only electron/main may use it (services use conf)");
      }

      if (under(from, 'src/core')) {
        if (t.kind === 'builtin') report('src/core must not use Node builtins');
        if (t.kind === 'package' && DOM_ONLY_PACKAGES.has(t.name)) report('src/core must not use React/DOM libraries');
        if (t.kind === 'local' && under(t.path, 'src/ui')) report('src/core must not import src/ui');
        if (t.kind === 'local' && under(t.path, 'electron')) report('src/core must not import electron/*');
      }

      if (under(from, 'src/ui')) {
        if (t.kind === 'builtin') report('src/ui must not use Node builtins');
        if (t.kind === 'local' && under(t.path, 'electron')) report('src/ui must not import electron/*');
      }

      if (under(from, 'electron/services')) {
        if (t.kind === 'local' && under(t.path, 'electron/main')) report('electron/services must not import electron/main');
        if (t.kind === 'local' && under(t.path, 'electron/preload')) report('electron/services must not import electron/preload');
        if (t.kind === 'local' && under(t.path, 'src/ui')) report('electron/services must not import src/ui');
      }

      if (under(from, 'electron/preload')) {
        const allowed =
          isElectron(t) ||
          (t.kind === 'local' && (under(t.path, 'src/core/api') || under(t.path, 'electron/preload')));
        if (!allowed) report("electron/preload may only import 'electron' and src/core/api");
      }
    }
  }
  return violations;
}

function walk(relDir: string): SourceText[] {
  const out: SourceText[] = [];
  let entries;
  try {
    entries = readdirSync(path.join(repoRoot, relDir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const rel = `${relDir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      out.push(...walk(rel));
    } else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name)) {
      out.push({ path: rel, text: readFileSync(path.join(repoRoot, rel), 'utf8') });
    }
  }
  return out;
}

describe('layers (DESIGN.md)', () => {
  it('every import in src/ and electron/ respects the layer rule', () => {
    const files = [...walk('src'), ...walk('electron')];
    expect(files.length).toBeGreaterThan(0);
    const violations = checkLayers(files).map((v) => `${v.file}: import '${v.specifier}': ${v.rule}`);
    expect(violations, `Bad layering:\n${violations.join('\n')}`).toEqual([]);
  });
});

describe('the layer checker itself', () => {
  const clean: SourceText[] = [
    { path: 'src/core/quiz/scoring.ts', text: "import { z } from 'zod';\nimport { x } from '../ids';" },
    { path: 'src/ui/App.tsx', text: "import { useState } from 'react';\nimport type { AcademyApi } from '../core/api/contract';" },
    { path: 'electron/services/store.ts', text: "import { readFile } from 'node:fs/promises';\nimport Conf from 'conf';\nimport { CHANNELS } from '../../src/core/api/contract';" },
    { path: 'electron/main/index.ts', text: "import { app } from 'electron';\nimport Store from 'electron-store';\nimport { createServices } from '../services/services';" },
    { path: 'electron/preload/index.ts', text: "import { contextBridge } from 'electron';\nimport { createApi } from '../../src/core/api/createApi';" },
  ];

  it('accepts imports that follow the rule', () => {
    expect(checkLayers(clean)).toEqual([]);
  });

  it.each([
    ['src/core/a.ts', "import fs from 'fs';", 'fs', 'src/core must not use Node builtins'],
    ['src/core/a.ts', "import { readFile } from 'node:fs/promises';", 'node:fs/promises', 'src/core must not use Node builtins'],
    ['src/core/a.ts', "import path from 'path/posix';", 'path/posix', 'src/core must not use Node builtins'],
    ['src/core/a.ts', "const c = require('crypto');", 'crypto', 'src/core must not use Node builtins'],
    ['src/core/a.ts', "export { x } from 'os';", 'os', 'src/core must not use Node builtins'],
    ['src/core/a.ts', "const m = await import('child_process');", 'child_process', 'src/core must not use Node builtins'],
    ['src/core/a.ts', "import { useState } from 'react';", 'react', 'src/core must not use React/DOM libraries'],
    ['src/core/a.ts', "import { createRoot } from 'react-dom/client';", 'react-dom/client', 'src/core must not use React/DOM libraries'],
    ['src/core/a.ts', "import type { Props } from '../ui/App';", '../ui/App', 'src/core must not import src/ui'],
    ['src/core/x/a.ts', "import { s } from '../../../electron/services/services';", '../../../electron/services/services', 'src/core must not import electron/*'],
    ['src/core/a.ts', "import { app } from 'electron';", 'electron', "'electron' may only be imported in electron/main and electron/preload"],
    ['src/ui/a.tsx', "import { readFileSync } from 'node:fs';", 'node:fs', 'src/ui must not use Node builtins'],
    ['src/ui/a.tsx', "import { ipcRenderer } from 'electron';", 'electron', "'electron' may only be imported in electron/main and electron/preload"],
    ['src/ui/a.tsx', "import type { Services } from '../../electron/services/services';", '../../electron/services/services', 'src/ui must not import electron/*'],
    ['electron/services/a.ts', "import { app } from 'electron';", 'electron', "'electron' may only be imported in electron/main and electron/preload"],
    ['electron/services/a.ts', "import type { X } from 'electron';", 'electron', "'electron' may only be imported in electron/main and electron/preload"],
    ['electron/services/a.ts', "import Store from 'electron-store';", 'electron-store', "'electron-store' loads 'electron': only electron/main may use it (services use conf)"],
    ['electron/services/a.ts', "import { x } from '../main/ipc';", '../main/ipc', 'electron/services must not import electron/main'],
    ['electron/services/a.ts', "import '../preload/index';", '../preload/index', 'electron/services must not import electron/preload'],
    ['electron/services/a.ts', "import { App } from '../../src/ui/App';", '../../src/ui/App', 'electron/services must not import src/ui'],
    ['electron/preload/index.ts', "import { readFile } from 'node:fs';", 'node:fs', "electron/preload may only import 'electron' and src/core/api"],
    ['electron/preload/index.ts', "import { z } from 'zod';", 'zod', "electron/preload may only import 'electron' and src/core/api"],
    ['electron/preload/index.ts', "import { s } from '../services/securityPolicy';", '../services/securityPolicy', "electron/preload may only import 'electron' and src/core/api"],
    ['electron/preload/index.ts', "import { q } from '../../src/core/quiz/scoring';", '../../src/core/quiz/scoring', "electron/preload may only import 'electron' and src/core/api"],
    ['tests/fixtures/a.ts', "import { app } from 'electron';", 'electron', "'electron' may only be imported in electron/main and electron/preload"],
  ])('%s: %s is reported', (file, text, specifier, rule) => {
    expect(checkLayers([...clean, { path: file, text }])).toEqual([{ file, specifier, rule }]);
  });

  it('finds every kind of import and nothing in comments or strings', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "import 'c';",
      "export * from 'd';",
      "export { e } from 'e';",
      "const f = await import('f');",
      "const g = require('g');",
      "import h = require('h');",
      "type I = typeof import('i');",
      "const j = require.resolve('j');",
      "// import k from 'k';",
      "/* require('l') */",
      "const m = \"import n from 'n'\";",
      "const o = `require('o')`;",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('parses TSX', () => {
    expect(importsOf('x.tsx', "import { A } from './a';\nexport const B = () => <A x={import('./lazy')} />;")).toEqual([
      './a',
      './lazy',
    ]);
  });
});
