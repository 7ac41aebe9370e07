// What the portable-file channels return. Rejections are values (a reason code, details and
// message parameters), not errors, so the renderer names each problem in the learner's language.
import type { PortableRejection } from './format';
import type { PortableContents, RestoreDiff } from './merge';

export type { PortableRejection, PortableReason } from './format';
export type { PortableContents, RestoreDiff } from './merge';

export interface ExportedProgress {
  /** A suggested file name. */
  fileName: string;
  text: string;
  bytes: number;
}

export interface PortableInspection {
  ok: true;
  exportedAt: string;
  learnerName?: string;
  contents: PortableContents;
  /** What restoring would add to this learner's record. */
  changes: RestoreDiff;
  hasChanges: boolean;
  /** Per quiz taken: attempts, best score and whether one passed (keyed `<pack>/<quiz>`). */
  quizzes: Record<string, { attempts: number; passes: number; bestScore: number }>;
  /**
   * False for another learner's file (another learner id and another name: a trainee's file a
   * trainer opens): it can be looked at, not restored. The same name on another computer, and
   * files saved before ids were written, count as the learner's own.
   */
  ownFile: boolean;
}

export interface PortableRestore {
  ok: true;
  changes: RestoreDiff;
  /** The copy of the record taken first, relative to the learner's folder; unset when nothing changed. */
  backupFile?: string;
}

/** A rejection as it crosses the API: its reason and values; the English details stay in the log. */
export type PortableRefusal = Omit<PortableRejection, 'details'>;

export type InspectResult = PortableInspection | PortableRefusal;
export type RestoreResult = PortableRestore | PortableRefusal;
