// What the class channels return. Rejected files are values (a reason code and its message's
// values), never prose, so the trainer reads each reason in the UI language.
import type { PortableFile, PortableReason } from '../portable/format';
import type { PackReport } from '../progress/report';
import type { QuizItemReport } from './itemResponses';
import type { ClassSummary } from './model';
import type { MergeOutcome } from './merge';
import { prePostByModule, type ClassSession, type PrePostRow } from './session';
import type { ClassTables } from './tables';

export type { ClassSummary } from './model';

/** Why a file was not imported: a portable-file reason, or a file that could not be read at all. */
export type ClassFileReason = PortableReason | 'unreadable';

/** A file after its checks: the parsed file, or why it was refused. */
export type CheckedFile = { name: string; ok: true; file: PortableFile } | { name: string; ok: false; reason: ClassFileReason; params: Record<string, string> };

export type FileImport =
  | { fileName: string; ok: true; traineeKey: string; name?: string; outcome: MergeOutcome; attemptsAdded: number }
  | { fileName: string; ok: false; reason: ClassFileReason; params: Record<string, string> };

export interface ClassImportResult {
  files: FileImport[];
  /** Trainees in the class after the import. */
  trainees: number;
}

export interface ClassView {
  info: ClassSummary;
  sessions: ClassSession[];
  /** The tables of the class for one pack (the course's, unless another was asked for). */
  tables: ClassTables;
  /** Pre-test vs post-test share correct per module, when both kinds of session exist. */
  prePost: PrePostRow[];
}

/** The class view from its parts (the service reads them from the class's stores; the CLI from a folder). */
export function buildClassView(info: ClassSummary, sessions: ClassSession[], tables: ClassTables): ClassView {
  return { info, sessions, tables, prePost: prePostByModule(sessions, tables.modules.map((m) => m.id)) };
}

export interface ClassTraineeView {
  key: string;
  name?: string;
  group?: string;
  files: { fileName: string; exportedAt: string; importedAt: string }[];
  /** The same report "My progress" gives the learner. */
  report: PackReport;
}

export type ClassItemsView = QuizItemReport[];

export interface ClassExport {
  fileName: string;
  /** CSV text (with its BOM) or, for the PDF, base64. */
  text: string;
}
