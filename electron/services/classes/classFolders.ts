// Classes from folders, for the command line and the benchmark: demo progress files written to a
// folder, and a whole folder of progress files turned into the class's CSV files and PDF without
// any class store (nothing is kept: the folder is the class).
import fs from 'node:fs';
import path from 'node:path';
import { itemsCsv, modulesCsv, rosterCsv } from '../../../src/core/classes/classCsv';
import { demoTrainees } from '../../../src/core/classes/demo';
import { classItemReport } from '../../../src/core/classes/itemResponses';
import { importFiles } from '../../../src/core/classes/merge';
import { buildClassView, type FileImport } from '../../../src/core/classes/results';
import { classTables } from '../../../src/core/classes/tables';
import { translate } from '../../../src/core/i18n/resources';
import { buildPortableFile } from '../../../src/core/portable/format';
import type { ContentLibrary } from '../content/contentLibrary';
import { writeFileAtomicSync } from '../store/atomicFile';
import { fileNamePart, sha256Hex } from '../portable/portableService';
import { classPack } from './classPack';
import { classSummaryPdf } from './classPdf';
import { progressFilesIn, readProgressFile } from './progressFiles';

/** Writes `count` demo progress files into `folder` (created if needed); returns their paths. */
export function writeDemoFiles(content: ContentLibrary, folder: string, opts: { count: number; seed: number; attempts?: number }): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const width = String(opts.count).length;
  return demoTrainees(classPack(content), opts).map((t, i) => {
    const { text } = buildPortableFile(t.body, { exportedAt: t.exportedAt, learnerId: t.learnerId, learnerName: t.name, sha256: sha256Hex });
    const file = path.join(folder, `${String(i + 1).padStart(width, '0')}-${fileNamePart(t.name)}.json`);
    writeFileAtomicSync(file, text);
    return file;
  });
}

export interface FolderReport {
  trainees: number;
  imported: number;
  rejected: { fileName: string; message: string }[];
  written: string[];
}

/** The message of a rejected file in `lang`, sizes in MB as the app writes them. */
export function rejectionMessage(f: Extract<FileImport, { ok: false }>, lang: string): string {
  const mb = (bytes: string | undefined) => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(bytes ?? 0) / (1024 * 1024));
  const params = f.reason === 'too-large' ? { size: mb(f.params.size), limit: mb(f.params.limit) } : f.params;
  return translate(lang, f.reason === 'unreadable' ? 'classes.reason.unreadable' : `portable.reason.${f.reason}`, params);
}

export async function writeClassReport(content: ContentLibrary, folder: string, out: string, lang: string, now = new Date()): Promise<FolderReport> {
  const pack = classPack(content);
  const checked = progressFilesIn(folder).map((f) => readProgressFile(f, () => undefined));
  const result = importFiles([], checked, now.toISOString());
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const tables = classTables(pack, result.trainees, lang);
  const items = classItemReport(pack, result.trainees, lang);
  const name = path.basename(folder);
  const view = buildClassView({ id: 'c-folder', name, groups: [], createdAt: now.toISOString(), trainees: result.trainees.length }, [], tables);
  fs.mkdirSync(out, { recursive: true });
  const base = fileNamePart(name) || 'class';
  const files: [string, string | Uint8Array][] = [
    [`${base}-${t('classes.csv.file.roster')}.csv`, rosterCsv(tables, t, lang)],
    [`${base}-${t('classes.csv.file.modules')}.csv`, modulesCsv(tables, t, lang)],
    [`${base}-${t('classes.csv.file.items')}.csv`, itemsCsv(items, t, lang)],
    [`${base}-${t('classes.pdf.file')}.pdf`, await classSummaryPdf({ lang, view, items, at: now })],
  ];
  const written = files.map(([file, data]) => {
    const target = path.join(out, file);
    if (typeof data === 'string') writeFileAtomicSync(target, data);
    else fs.writeFileSync(target, data);
    return target;
  });
  const rejected = result.files.filter((f): f is Extract<FileImport, { ok: false }> => !f.ok).map((f) => ({ fileName: f.fileName, message: rejectionMessage(f, lang) }));
  return { trainees: result.trainees.length, imported: result.files.length - rejected.length, rejected, written };
}
