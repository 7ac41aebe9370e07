// Parses a YAML file and keeps its line map, so every schema error can name its line.
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { problem, type Problem } from './problems';

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export type Parsed<T> = { ok: true; value: T; yaml: YamlFile } | { ok: false; yaml?: YamlFile };

/** Parses YAML text; syntax errors are pushed to `problems` with their line. */
export function parseYaml(file: string, text: string, problems: Problem[], lineOffset = 0): YamlFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = (lines.linePos(err.pos[0]).line || 1) + lineOffset;
      problems.push({ file, line, message: `malformed YAML: ${firstLine(err.message)}`, reason: 'errors.pack.malformedYaml' });
    }
    return undefined;
  }
  return { file, doc, lines };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** The line of the value at `path`, or of its nearest existing parent. */
export function lineOf(yaml: YamlFile, path: readonly PropertyKey[], lineOffset = 0): number {
  for (let n = path.length; n >= 0; n--) {
    const node = yaml.doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return yaml.lines.linePos(node.range[0]).line + lineOffset;
    }
  }
  return 1 + lineOffset;
}

/** The line of the key `path[last]` itself (better than its value for "unknown key" errors). */
export function lineOfKey(yaml: YamlFile, path: readonly PropertyKey[], key: string, lineOffset = 0): number {
  const parent = path.length === 0 ? yaml.doc.contents : yaml.doc.getIn(path as unknown[], true);
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        return yaml.lines.linePos(pair.key.range[0]).line + lineOffset;
      }
    }
  }
  return lineOf(yaml, path, lineOffset);
}

/** Validates the parsed YAML with a schema, pushing one problem per issue with its line. */
export function validateYaml<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
  problems: Problem[],
  lineOffset = 0,
): z.infer<S> | undefined {
  let data: unknown;
  try {
    data = yaml.doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    // Unresolved or exploding aliases: report them like any other malformed YAML.
    problems.push({ file: yaml.file, line: 1 + lineOffset, message: `malformed YAML: ${(e as Error).message}`, reason: 'errors.pack.malformedYaml' });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (keys.length > 0) {
      for (const key of keys) {
        problems.push(problem(yaml.file, lineOfKey(yaml, path, key, lineOffset), 'errors.pack.unknownField', { field: describePath([...path, key]) }));
      }
      continue;
    }
    const where = path.length > 0 ? `"${describePath(path)}" ` : '';
    const required = /received undefined$/.test(issue.message);
    const message = required ? 'is required' : issue.message;
    // zod's English stays in the content check's message; the app shows the field only.
    const reason = required ? 'errors.pack.required' : 'errors.pack.invalidField';
    const field = describePath(path) || '-';
    problems.push({ file: yaml.file, line: lineOf(yaml, path, lineOffset), message: `${where}${message}`.trim(), reason, params: { field } });
  }
  return undefined;
}

export function describePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}
