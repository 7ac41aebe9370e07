// Loading a pack (YAML with source positions, schemas, lesson checks) takes seconds on our
// machines, and the same unchanged pack is loaded again and again: on every reload of the
// library (after a trainer imports questions), and by every test that opens the services.
//
// loadPack is a pure function of the answers its PackSource gives. So we remember, per folder,
// every question it asked (read this file, does that file exist) with its answer, and the result.
// If the folder still gives the same answers to all of them, loadPack would compute the same
// result: we return the remembered one. Any changed, added or removed file it looked at makes
// the answers differ and the pack is loaded afresh. Re-reading the files costs milliseconds.
//
// A test harness that starts many short-lived processes on the same packs (the browser tests
// start one preview per test) can also keep that memo on disk: usePackDiskCache.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { loadPack, type LoadResult } from '../../../src/core/content/loadPack';
import type { PackSource } from '../../../src/core/content/model';
import { readPackDir } from './packReader';

type Answer = { kind: 'read'; rel: string; value: string | undefined } | { kind: 'exists'; rel: string; value: boolean };

/** A few packs per process (built-in, add-ons, trainer questions); beyond that the oldest goes. */
const MAX_PACKS = 16;
const remembered = new Map<string, { answers: Answer[]; result: LoadResult }>();

function sameAnswers(source: PackSource, answers: readonly Answer[]): boolean {
  return answers.every((a) => (a.kind === 'read' ? source.read(a.rel) === a.value : source.exists(a.rel) === a.value));
}

/** Bumped whenever what is written changes shape. */
const DISK_FORMAT = 1;
let diskCache: { dir: string; fingerprint: string } | undefined;

/**
 * Also remember loaded packs in `dir`, one file per pack folder, for the next process. For test
 * harnesses only: `fingerprint` must change whenever the code that loads packs does (the browser
 * tests pass a hash of the preview bundle, and empty the folder at the start of each run); a file
 * is used only if its pack folder still gives the same answers. Never give a folder that others
 * can write: what is in it is taken as loaded content.
 */
export function usePackDiskCache(dir: string, fingerprint: string): void {
  diskCache = { dir, fingerprint };
}

function diskFile(packDir: string): string | undefined {
  if (!diskCache) return undefined;
  const key = createHash('sha256').update(`${DISK_FORMAT}\0${diskCache.fingerprint}\0${path.resolve(packDir)}`).digest('hex').slice(0, 32);
  return path.join(diskCache.dir, `${key}.pack`);
}

/** The memo kept on disk for this folder, if there is one and it still holds; a broken file is just not used. */
function fromDisk(packDir: string, source: PackSource): { answers: Answer[]; result: LoadResult } | undefined {
  const file = diskFile(packDir);
  if (!file) return undefined;
  try {
    const kept = v8.deserialize(fs.readFileSync(file)) as { answers?: unknown; result?: unknown };
    if (!Array.isArray(kept.answers) || typeof kept.result !== 'object' || kept.result === null) return undefined;
    const entry = kept as { answers: Answer[]; result: LoadResult };
    return sameAnswers(source, entry.answers) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name, then renamed: a process reading at the same time sees all of it or nothing. */
function toDisk(packDir: string, entry: { answers: Answer[]; result: LoadResult }): void {
  const file = diskFile(packDir);
  if (!file) return;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, v8.serialize(entry));
    fs.renameSync(temp, file);
  } catch {
    // Only a cache: the pack is loaded all the same.
    fs.rmSync(temp, { force: true });
  }
}

function remember(dir: string, entry: { answers: Answer[]; result: LoadResult }): void {
  remembered.delete(dir);
  remembered.set(dir, entry);
  if (remembered.size > MAX_PACKS) remembered.delete(remembered.keys().next().value!);
}

/** loadPack(readPackDir(dir)), reusing the last result while the files it read are unchanged. The result is shared: never mutate it. */
export function loadPackDir(dir: string): LoadResult {
  const source = readPackDir(dir);
  const hit = remembered.get(dir);
  if (hit && sameAnswers(source, hit.answers)) return hit.result;
  const kept = fromDisk(dir, source);
  if (kept) {
    remember(dir, kept);
    return kept.result;
  }
  const answers: Answer[] = [];
  const result = loadPack({
    read(rel) {
      const value = source.read(rel);
      answers.push({ kind: 'read', rel, value });
      return value;
    },
    exists(rel) {
      const value = source.exists(rel);
      answers.push({ kind: 'exists', rel, value });
      return value;
    },
  });
  remember(dir, { answers, result });
  toDisk(dir, { answers, result });
  return result;
}
