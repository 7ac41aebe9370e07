// Adding a trainee's progress file to a class. The same trainee in several files (day 1, day 2,
// a copy made twice) is one row: files are matched by the learner id they carry (files saved
// before ids were written fall back to the learner's name, then to the file itself). The records
// merge with the same rules as a learner's own restore (../portable/merge): every attempt once
// (by attempt id), lessons unioned, the newest position wins, study time per item the larger
// total. So importing the same file again adds nothing.
import type { PortableFile } from '../portable/format';
import { hasChanges, mergePortable, type RestoreDiff } from '../portable/merge';
import { emptyProgress } from '../progress/model';
import { emptyStudyTime } from '../studyTime/record';
import type { ClassTrainee } from './model';
import type { CheckedFile, FileImport } from './results';

/** How a file names its trainee in a class. */
export function traineeKeyOf(file: Pick<PortableFile, 'learner' | 'hash'>): string {
  if (file.learner.id) return `id:${file.learner.id}`;
  const name = file.learner.name?.normalize('NFC').trim().toLocaleLowerCase('und');
  if (name) return `name:${name}`;
  return `file:${file.hash.slice('sha256-'.length)}`;
}

export type MergeOutcome = 'added' | 'merged' | 'unchanged';

export interface FileMerge {
  trainee: ClassTrainee;
  outcome: MergeOutcome;
  changes: RestoreDiff;
}

/**
 * The trainee's record with the file added (`existing` undefined for a new trainee). Pure: the
 * existing record is not changed. The name shown is the one of the most recently saved file.
 */
export function mergeFileIntoTrainee(existing: ClassTrainee | undefined, file: PortableFile, fileName: string, importedAt: string): FileMerge {
  const entry = { fileName: fileName.slice(0, 255), hash: file.hash, exportedAt: file.exportedAt, importedAt };
  if (!existing) {
    const { merged, diff } = mergePortable({ progress: emptyProgress(), studyTime: emptyStudyTime() }, file.body);
    return {
      trainee: { key: traineeKeyOf(file), ...(file.learner.name ? { name: file.learner.name } : {}), ...merged, files: [entry] },
      outcome: 'added',
      changes: diff,
    };
  }
  const { merged, diff } = mergePortable({ progress: existing.progress, studyTime: existing.studyTime }, file.body);
  const knownFile = existing.files.some((f) => f.hash === file.hash);
  const newest = existing.files.every((f) => f.exportedAt <= file.exportedAt);
  const name = newest && file.learner.name ? file.learner.name : existing.name;
  if (!hasChanges(diff)) {
    // Nothing new in the record; a different file with the same content is still noted once.
    if (knownFile) return { trainee: existing, outcome: 'unchanged', changes: diff };
    return { trainee: { ...existing, name, files: [...existing.files, entry] }, outcome: 'unchanged', changes: diff };
  }
  return {
    trainee: { ...existing, name, ...merged, files: knownFile ? existing.files : [...existing.files, entry] },
    outcome: 'merged',
    changes: diff,
  };
}

/**
 * Several checked files into a class's trainees, in order: rejected files are listed with their
 * reason and change nothing. `trainees` is not changed; `changed` says whether to write.
 */
export function importFiles(
  trainees: readonly ClassTrainee[],
  files: readonly CheckedFile[],
  importedAt: string,
): { trainees: ClassTrainee[]; files: FileImport[]; changed: boolean } {
  const list = [...trainees];
  const index = new Map(list.map((x, i) => [x.key, i]));
  let changed = false;
  const results = files.map((f): FileImport => {
    if (!f.ok) return { fileName: f.name, ok: false, reason: f.reason, params: f.params };
    const at = index.get(traineeKeyOf(f.file));
    const result = mergeFileIntoTrainee(at === undefined ? undefined : list[at], f.file, f.name, importedAt);
    if (at === undefined) {
      index.set(result.trainee.key, list.length);
      list.push(result.trainee);
      changed = true;
    } else if (result.trainee !== list[at]) {
      list[at] = result.trainee;
      changed = true;
    }
    const { name } = result.trainee;
    return { fileName: f.name, ok: true, traineeKey: result.trainee.key, ...(name ? { name } : {}), outcome: result.outcome, attemptsAdded: result.changes.attemptsAdded };
  });
  return { trainees: list, files: results, changed };
}
