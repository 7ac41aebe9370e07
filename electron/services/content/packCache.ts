// Loading a pack (YAML with source positions, schemas, lesson checks) takes seconds on our
// machines, and the same unchanged pack is loaded again and again: on every reload of the
// library (after a trainer imports questions), and by every test that opens the services.
//
// loadPack is a pure function of the answers its PackSource gives. So we remember, per folder,
// every question it asked (read this file, does that file exist) with its answer, and the result.
// If the folder still gives the same answers to all of them, loadPack would compute the same
// result: we return the remembered one. Any changed, added or removed file it looked at makes
// the answers differ and the pack is loaded afresh. Re-reading the files costs milliseconds.
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

/** loadPack(readPackDir(dir)), reusing the last result while the files it read are unchanged. The result is shared: never mutate it. */
export function loadPackDir(dir: string): LoadResult {
  const source = readPackDir(dir);
  const hit = remembered.get(dir);
  if (hit && sameAnswers(source, hit.answers)) return hit.result;
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
  remembered.delete(dir);
  remembered.set(dir, { answers, result });
  if (remembered.size > MAX_PACKS) remembered.delete(remembered.keys().next().value!);
  return result;
}
