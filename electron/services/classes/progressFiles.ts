// Reading trainees' progress files for a class: each file checked on its own with the portable
// file's every check (../../../src/core/portable/format: size, JSON, hostile keys, format,
// version, seal, schema), so one bad file is listed with its reason and the others still import.
// From disk (the CLI), a file's size is checked before it is read.
import fs from 'node:fs';
import path from 'node:path';
import { MAX_PORTABLE_BYTES, parsePortableFile } from '../../../src/core/portable/format';
import type { CheckedFile } from '../../../src/core/classes/results';
import { sha256Hex } from '../portable/portableService';

export interface FileText {
  name: string;
  text: string;
}

export type ParsedFile = CheckedFile;

/** Checks one file's text; the English details go to the log, not the screen. */
export function parseProgressFile({ name, text }: FileText, log: (line: string) => void = console.warn): ParsedFile {
  const parsed = parsePortableFile(text, sha256Hex);
  if (parsed.ok) return { name, ok: true, file: parsed.file };
  log(`class import: ${name} refused (${parsed.reason}): ${parsed.details}`);
  return { name, ok: false, reason: parsed.reason, params: parsed.params };
}

/** The .json files of a folder (not its sub-folders), in name order. */
export function progressFilesIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'))
    .map((e) => path.join(folder, e.name))
    .sort();
}

/** Reads a file from disk and checks it; a file over the limit is refused unread. */
export function readProgressFile(file: string, log?: (line: string) => void): ParsedFile {
  const name = path.basename(file);
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_PORTABLE_BYTES) return { name, ok: false, reason: 'too-large', params: { size: String(size), limit: String(MAX_PORTABLE_BYTES) } };
    return parseProgressFile({ name, text: fs.readFileSync(file, 'utf8') }, log);
  } catch {
    return { name, ok: false, reason: 'unreadable', params: {} };
  }
}
