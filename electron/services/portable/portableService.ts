// Portable progress files: export the learner's record for a trainer to collect; inspect a file
// (every check, nothing changed); restore from one, merging it in, only when the learner confirms
// and only after a copy of the current record is on disk. Rejections are values with a reason
// code, never exceptions, so the UI can name the problem in the learner's language.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildPortableFile,
  parsePortableFile,
  statementsForFile,
  type PortableBody,
  type PortableFile,
  type PortableRejection,
} from '../../../src/core/portable/format';
import { summarize } from '../../../src/core/progress/summaryModel';
import { RequestError } from '../errors';
import { hasChanges, mergePortable, portableContents } from '../../../src/core/portable/merge';
import type { ExportedProgress, InspectResult, PortableRefusal, RestoreResult } from '../../../src/core/portable/results';
import type { ProgressService } from '../progress/progressService';
import type { StudyTimeService } from '../studyTime/studyTimeService';
import { sendable } from '../../../src/core/xapi/outbox';
import type { Statement } from '../../../src/core/xapi/statement';

/** Copies of the record taken before each restore, as portable files (so they can be restored too). */
export const RESTORE_BACKUPS_DIR = 'restore-backups';

export interface PortableService {
  exportFile(): ExportedProgress;
  inspect(text: string): InspectResult;
  restore(text: string): RestoreResult;
}

/** The rejection without its English details, which go to the log instead of the screen. */
function refused({ details, ...refusal }: PortableRejection): PortableRefusal {
  console.warn(`progress file refused (${refusal.reason}): ${details}`);
  return refusal;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const fileStamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/** A learner's name as a safe file-name part ("Aïcha N'Diaye" → "aicha-n-diaye"), or '' if nothing is left. */
export function fileNamePart(name: string | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export function openPortableService(opts: {
  /** The learner's folder (where their progress file is). */
  dir: string;
  progress: ProgressService;
  studyTime: StudyTimeService;
  /** The learner's display name, if profiles give one. */
  learnerName?: () => string | undefined;
  /** False when the administration's policy forbids restoring a progress file (learnersMayImportProgress). */
  mayRestore?: boolean;
  /** The learner's id (their profile's), written into exported files so a class can match them. */
  learnerId?: string;
  now?: () => Date;
  /** Hands the statements a restored file carries to this PC's forwarding outbox (store and forward). */
  forward?: (statements: readonly Statement[]) => number;
}): PortableService {
  const now = opts.now ?? (() => new Date());
  // The learner's own file: saved by this profile, or by a profile of the same name (the learner
  // on another computer, where their profile has another id), or saved before ids were written.
  const sameName = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a.normalize('NFC').trim().toLocaleLowerCase() === b.normalize('NFC').trim().toLocaleLowerCase();
  const isOwn = (file: PortableFile) =>
    file.learner.id === undefined || opts.learnerId === undefined || file.learner.id === opts.learnerId || sameName(file.learner.name, opts.learnerName?.());
  const current = (): PortableBody => {
    // The statements the LRS has not confirmed travel with the record, to be forwarded elsewhere.
    const statements = statementsForFile(sendable(opts.progress.outbox()));
    return { progress: opts.progress.snapshot(), studyTime: opts.studyTime.snapshot(), ...(statements.length > 0 && { xapi: { statements } }) };
  };
  const build = (at: Date) => buildPortableFile(current(), { exportedAt: at.toISOString(), learnerId: opts.learnerId, learnerName: opts.learnerName?.(), sha256: sha256Hex });

  /** Writes the current record as a portable file before a restore; never overwrites a file. */
  const backup = (at: Date): string => {
    const dir = path.join(opts.dir, RESTORE_BACKUPS_DIR);
    fs.mkdirSync(dir, { recursive: true });
    const rel = path.join(RESTORE_BACKUPS_DIR, `before-restore-${fileStamp(at)}.json`);
    const fd = fs.openSync(path.join(opts.dir, rel), 'wx', 0o600);
    try {
      fs.writeFileSync(fd, build(at).text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return rel;
  };

  return {
    exportFile() {
      const at = now();
      const { text } = build(at);
      // The learner's name in the file name, so a trainer collecting many files can tell them apart.
      const who = fileNamePart(opts.learnerName?.());
      const fileName = `academy-progress-${who ? `${who}-` : ''}${at.toISOString().slice(0, 10)}.json`;
      return { fileName, text, bytes: Buffer.byteLength(text, 'utf8') };
    },
    inspect(text) {
      const parsed = parsePortableFile(text, sha256Hex);
      if (!parsed.ok) return refused(parsed);
      const { diff } = mergePortable(current(), parsed.file.body);
      return {
        ok: true,
        exportedAt: parsed.file.exportedAt,
        learnerName: parsed.file.learner.name,
        contents: portableContents(parsed.file.body),
        changes: diff,
        hasChanges: hasChanges(diff),
        quizzes: summarize(parsed.file.body.progress).quizzes,
        ownFile: isOwn(parsed.file),
      };
    },
    restore(text) {
      if (opts.mayRestore === false) throw new RequestError('admin.error.importNotAllowed');
      const parsed = parsePortableFile(text, sha256Hex);
      if (!parsed.ok) return refused(parsed);
      // Another learner's file is a trainer's to read in a class, never to merge into this record.
      if (!isOwn(parsed.file)) throw new RequestError('classes.error.otherLearnersFile', { name: parsed.file.learner.name ?? '-' });
      const { merged, diff } = mergePortable(current(), parsed.file.body);
      // Forwarded even when the record itself has nothing new: once per statement id, ever.
      if (parsed.file.body.xapi) opts.forward?.(parsed.file.body.xapi.statements);
      if (!hasChanges(diff)) return { ok: true, changes: diff };
      const backupFile = backup(now());
      // Progress first, then study time: each replacement is atomic; if the second failed, the first
      // is still a valid record and the backup holds everything as it was.
      opts.progress.replace(merged.progress);
      opts.studyTime.replace(merged.studyTime);
      return { ok: true, changes: diff, backupFile };
    },
  };
}
