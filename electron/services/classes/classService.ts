// Classes for trainers: create one, import trainees' progress files into it (several at once,
// each checked on its own), see the class (tables, item analysis, one trainee), export CSV and a
// PDF summary, record whole-class sessions. Every write goes through the class's safe stores
// (./classStore); a rejected file writes nothing.
import type { Statement } from '../../../src/core/xapi/statement';
import { classPack } from './classPack';
import { z } from 'zod';
import { CLASS_SCHEMA_VERSION, classNameSchema, groupLabelSchema, MAX_GROUPS, type ClassSummary, type ClassTrainee } from '../../../src/core/classes/model';
import { importFiles } from '../../../src/core/classes/merge';
import { classItemReport } from '../../../src/core/classes/itemResponses';
import { classTables } from '../../../src/core/classes/tables';
import type { ClassSession } from '../../../src/core/classes/session';
import { itemsCsv, modulesCsv, rosterCsv, type ClassCsvKind } from '../../../src/core/classes/classCsv';
import { buildClassView, type ClassExport, type ClassImportResult, type ClassItemsView, type ClassTraineeView, type ClassView } from '../../../src/core/classes/results';
import { packReport } from '../../../src/core/progress/report';
import { translate } from '../../../src/core/i18n/resources';
import type { Pack } from '../../../src/core/content/model';
import type { ContentLibrary } from '../content/contentLibrary';
import { NotFoundError, RequestError } from '../errors';
import { fileNamePart } from '../portable/portableService';
import type { BackingStoreFactory } from '../store/storeOptions';
import { openClassStore, type ClassStore, type OpenClass } from './classStore';
import { classSummaryPdf } from './classPdf';
import { parseProgressFile, type FileText, type ParsedFile } from './progressFiles';

export interface CreateClassFields {
  name: string;
  startsOn?: string;
  endsOn?: string;
  groups?: string[];
}

export interface ClassService {
  list(): ClassSummary[];
  create(fields: CreateClassFields): ClassSummary;
  view(classId: string, lang: string, packId?: string): ClassView;
  /** Checks each file's text and merges the good ones; one write for the lot. */
  importTexts(classId: string, files: readonly FileText[]): ClassImportResult;
  /** The same, for files already checked (the CLI reads them from disk). */
  importParsed(classId: string, files: readonly ParsedFile[]): ClassImportResult;
  removeTrainee(classId: string, key: string): ClassSummary;
  setGroup(classId: string, key: string, group: string | null): ClassSummary;
  remove(classId: string): { name: string; movedTo: string };
  items(classId: string, lang: string, packId?: string): ClassItemsView;
  trainee(classId: string, key: string, lang: string, packId?: string): ClassTraineeView;
  exportCsv(classId: string, kind: ClassCsvKind, lang: string, packId?: string): ClassExport;
  exportPdf(classId: string, lang: string, packId?: string): Promise<ClassExport>;
  recordSession(classId: string, session: ClassSession): ClassSummary;
  readonly store: ClassStore;
}

const summaryOf = (c: OpenClass): ClassSummary => {
  const { id, name, startsOn, endsOn, groups, createdAt } = c.info.read();
  return { id, name, ...(startsOn ? { startsOn } : {}), ...(endsOn ? { endsOn } : {}), groups, createdAt, trainees: c.trainees.read().trainees.length };
};

export function openClassService(opts: {
  dataDir: string;
  content: ContentLibrary;
  createStore: BackingStoreFactory;
  now?: () => Date;
  /** Store and forward: the unsent xAPI statements a trainee's file carries, to this PC's LRS (once per statement id). */
  forward?: (statements: readonly Statement[]) => number;
}): ClassService {
  const now = opts.now ?? (() => new Date());
  const store = openClassStore({ dataDir: opts.dataDir, createStore: opts.createStore, now });

  const packOf = (packId?: string): Pack => classPack(opts.content, packId);
  const traineeIn = (c: OpenClass, key: string): ClassTrainee => {
    const t = c.trainees.read().trainees.find((x) => x.key === key);
    if (!t) throw new NotFoundError('classes.error.traineeNotFound', { key });
    return t;
  };
  const t = (lang: string) => (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const baseName = (c: OpenClass) => fileNamePart(c.info.read().name) || 'class';

  const importParsed = (classId: string, files: readonly ParsedFile[]): ClassImportResult => {
    const c = store.open(classId);
    const result = importFiles(c.trainees.read().trainees, files, now().toISOString());
    if (result.changed) c.trainees.write({ schemaVersion: CLASS_SCHEMA_VERSION, trainees: result.trainees });
    // Written first, forwarded after: a statement is queued only from a file the class kept.
    for (const f of files) if (f.ok && f.file.body.xapi) opts.forward?.(f.file.body.xapi.statements);
    return { files: result.files, trainees: result.trainees.length };
  };

  const view = (classId: string, lang: string, packId?: string): ClassView => {
    const c = store.open(classId);
    const tables = classTables(packOf(packId), c.trainees.read().trainees, lang);
    return buildClassView(summaryOf(c), c.info.read().sessions, tables);
  };
  const items = (classId: string, lang: string, packId?: string): ClassItemsView =>
    classItemReport(packOf(packId), store.open(classId).trainees.read().trainees, lang);

  const updateTrainees = (classId: string, edit: (list: ClassTrainee[]) => ClassTrainee[]): ClassSummary => {
    const c = store.open(classId);
    c.trainees.write({ schemaVersion: CLASS_SCHEMA_VERSION, trainees: edit(c.trainees.read().trainees) });
    return summaryOf(c);
  };

  return {
    store,
    list: () => store.ids().map((id) => summaryOf(store.open(id))),
    create(fields) {
      const name = classNameSchema.parse(fields.name);
      const groups = z.array(groupLabelSchema).max(MAX_GROUPS).parse(fields.groups ?? []);
      if (new Set(groups.map((g) => g.toLocaleLowerCase())).size !== groups.length) throw new RequestError('classes.error.duplicateGroup');
      if (fields.startsOn && fields.endsOn && fields.endsOn < fields.startsOn) throw new RequestError('classes.error.datesReversed');
      const c = store.create({ name, groups, createdAt: now().toISOString(), ...(fields.startsOn ? { startsOn: fields.startsOn } : {}), ...(fields.endsOn ? { endsOn: fields.endsOn } : {}) });
      return summaryOf(c);
    },
    view,
    importTexts: (classId, files) => importParsed(classId, files.map((f) => parseProgressFile(f))),
    importParsed,
    removeTrainee: (classId, key) =>
      updateTrainees(classId, (list) => {
        if (!list.some((x) => x.key === key)) throw new NotFoundError('classes.error.traineeNotFound', { key });
        return list.filter((x) => x.key !== key);
      }),
    setGroup(classId, key, group) {
      const c = store.open(classId);
      if (group !== null && !c.info.read().groups.includes(group)) throw new RequestError('classes.error.unknownGroup', { group });
      return updateTrainees(classId, (list) => {
        traineeIn(c, key);
        return list.map((x) => {
          if (x.key !== key) return x;
          const { group: _old, ...rest } = x;
          void _old;
          return group === null ? rest : { ...rest, group };
        });
      });
    },
    remove(classId) {
      const { name } = store.open(classId).info.read();
      return { name, movedTo: store.remove(classId) };
    },
    items,
    trainee(classId, key, lang, packId) {
      const c = store.open(classId);
      const x = traineeIn(c, key);
      return {
        key: x.key,
        ...(x.name ? { name: x.name } : {}),
        ...(x.group ? { group: x.group } : {}),
        files: x.files.map(({ fileName, exportedAt, importedAt }) => ({ fileName, exportedAt, importedAt })),
        report: packReport(packOf(packId), x.progress, x.studyTime, lang),
      };
    },
    exportCsv(classId, kind, lang, packId) {
      const c = store.open(classId);
      const pack = packOf(packId);
      const trainees = c.trainees.read().trainees;
      const tr = t(lang);
      const text =
        kind === 'items' ? itemsCsv(classItemReport(pack, trainees, lang), tr, lang) : kind === 'roster' ? rosterCsv(classTables(pack, trainees, lang), tr, lang) : modulesCsv(classTables(pack, trainees, lang), tr, lang);
      return { fileName: `${baseName(c)}-${tr(`classes.csv.file.${kind}`)}.csv`, text };
    },
    async exportPdf(classId, lang, packId) {
      const bytes = await classSummaryPdf({ lang, view: view(classId, lang, packId), items: items(classId, lang, packId), at: now() });
      return { fileName: `${baseName(store.open(classId))}-${t(lang)('classes.pdf.file')}.pdf`, text: Buffer.from(bytes).toString('base64') };
    },
    recordSession(classId, session) {
      const c = store.open(classId);
      const info = c.info.read();
      // The same session sent twice (a retry) is kept once.
      const sessions = [...info.sessions.filter((s) => s.id !== session.id), session].sort((a, b) => a.at.localeCompare(b.at));
      c.info.write({ ...info, sessions });
      return summaryOf(c);
    },
  };
}
