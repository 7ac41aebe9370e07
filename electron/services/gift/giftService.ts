// GIFT interchange with Moodle, on files: export a pack's questions, import a GIFT file into a
// pack folder. The CLI (`npm run questions`) uses it, and so will "Trainer tools → Questions"
// (the main process shows the file dialogs and calls these functions). The format work is pure
// and lives in src/core/gift; this file only reads and writes.
import fs from 'node:fs';
import path from 'node:path';
import { loadPack, MANIFEST_FILE } from '../../../src/core/content/loadPack';
import { formatProblem, problemReason } from '../../../src/core/content/problems';
import { englishReason, type ReasonWithText } from '../../../src/core/reasons';
import { MAX_GIFT_CHARS } from '../../../src/core/gift/giftParser';
import { planGiftImport, type ImportedQuiz } from '../../../src/core/gift/giftToPackFiles';
import { packToGift, type PackGift } from '../../../src/core/gift/packToGift';
import { readPackDir } from '../content/packReader';
import { writeAllOrNothing, writeFileAtomically } from './stagedWrite';

export interface GiftExportResult extends PackGift {
  /** Set when nothing could be exported (invalid pack, unknown language). */
  problems: ReasonWithText[];
}

/** A pack's questions in one language as GIFT text, with what could not be written. */
export function exportPack(packDir: string, lang: string): GiftExportResult {
  const empty = { text: '', exported: 0, skipped: [], approximated: [] };
  const { pack, problems } = loadPack(readPackDir(packDir));
  if (!pack) return { ...empty, problems: problems.map((p) => ({ ...problemReason(p), message: formatProblem(packDir, p) })) };
  if (!pack.manifest.languages.includes(lang)) {
    return { ...empty, problems: [englishReason('errors.gift.packLacksLanguage', { lang, langs: pack.manifest.languages.join(', ') })] };
  }
  return { ...packToGift(pack, lang), problems: [] };
}

/** Writes an export to a file, replacing it in one step. */
export function writeGiftFile(file: string, text: string): void {
  writeFileAtomically(path.resolve(file), text);
}

export interface GiftImportOptions {
  /** The GIFT file's name (names the module and quizzes); default "questions.gift". */
  sourceName?: string;
  /** Id of the module to create; default: from the title, else the file name. */
  module?: string;
  /** The quiz's title: all questions become one module quiz of that name (no stub lesson). */
  title?: string;
}

export interface GiftImportResult {
  /** Absolute paths of the files written; empty when there are problems. */
  written: string[];
  quizzes: ImportedQuiz[];
  /** Why nothing was written, with its place; its English text reads `line 12: unclosed answer block`. */
  problems: ReasonWithText[];
  warnings: string[];
  /** GIFT questions left out (essay, description), with their line. */
  skipped: string[];
}

/**
 * Adds the questions of a GIFT text to the pack in `outDir`, or makes a new pack there when the
 * folder is empty or missing. Everything is validated before the first write, and written all
 * or nothing.
 */
export function importGift(text: string, outDir: string, lang = 'en', options: GiftImportOptions = {}): GiftImportResult {
  const root = path.resolve(outDir);
  const result: GiftImportResult = { written: [], quizzes: [], problems: [], warnings: [], skipped: [] };
  const folder = describeFolder(root);
  if (folder.problem) return { ...result, problems: [folder.problem] };

  const plan = planGiftImport(text, folder.isPack ? readPackDir(root) : undefined, {
    lang,
    sourceName: options.sourceName ?? 'questions.gift',
    packName: path.basename(root),
    ...(options.module !== undefined && { module: options.module }),
    ...(options.title !== undefined && { title: options.title }),
  });
  const { quizzes, warnings, skipped } = plan;
  if (plan.problems.length > 0) return { ...result, warnings, skipped, problems: plan.problems };
  try {
    return { written: writeAllOrNothing(root, plan.files), quizzes, warnings, skipped, problems: [] };
  } catch (e) {
    return { ...result, warnings, skipped, problems: [{ reason: 'errors.gift.writeFailed', params: {}, message: `nothing written: ${(e as Error).message}` }] };
  }
}

function describeFolder(root: string): { isPack: boolean; problem?: ReasonWithText } {
  if (!fs.existsSync(root)) return { isPack: false };
  if (!fs.statSync(root).isDirectory()) return { isPack: false, problem: folderProblem('errors.gift.notAFolder', root, `${root} is not a folder`) };
  if (fs.existsSync(path.join(root, MANIFEST_FILE))) return { isPack: true };
  if (fs.readdirSync(root).length > 0) {
    const message = `${root} is neither a pack (no ${MANIFEST_FILE}) nor an empty folder: choose a pack folder or an empty one`;
    return { isPack: false, problem: folderProblem('errors.gift.folderNotEmpty', root, message) };
  }
  return { isPack: false };
}

/** A folder refusal: the screen names the folder only; the command line gets the whole path. */
function folderProblem(reason: string, root: string, message: string): ReasonWithText {
  return { reason, params: { folder: path.basename(root) }, message };
}

/** Reads a GIFT file, refusing one too large to be a question bank. */
export function readGiftFile(file: string): { text?: string; problem?: string } {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { problem: `${file} is not a file` };
    size = stat.size;
  } catch {
    return { problem: `${file} not found` };
  }
  if (size > MAX_GIFT_CHARS * 4) return { problem: `${file} is too large for a GIFT file (${size} bytes)` };
  const text = fs.readFileSync(file, 'utf8');
  // Moodle writes and reads GIFT as UTF-8; anything else would import with broken letters.
  if (text.includes('\uFFFD')) return { problem: `${file} is not UTF-8 text: save it as UTF-8 and import it again` };
  return { text };
}
