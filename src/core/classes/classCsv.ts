// The three CSV files of a class: the roster, the trainees × modules table and the item analysis,
// with the header row in the UI language `lang` (`t` translates into it: translate() in the
// services and the CLI).
import { csvText, type CsvCell } from './csv';
import type { QuizItemReport } from './itemResponses';
import type { ClassTables, TraineeRow } from './tables';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export const CLASS_CSV_KINDS = ['roster', 'modules', 'items'] as const;
export type ClassCsvKind = (typeof CLASS_CSV_KINDS)[number];

const pct = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100));
const minutes = (ms: number) => Math.round(ms / 60000);

/** A trainee's name as shown everywhere (the file's name, else a placeholder). */
export const traineeName = (row: Pick<TraineeRow, 'name'>, t: Translate) => row.name ?? t('classes.unnamed');

export function rosterCsv(tables: ClassTables, t: Translate, lang: string): string {
  const header = [
    t('classes.csv.name'),
    t('classes.csv.group'),
    t('classes.csv.completion'),
    ...tables.modules.filter((m) => m.quizId).flatMap((m) => [t('classes.csv.best', { module: m.title }), t('classes.csv.last', { module: m.title })]),
    t('classes.csv.finalScore'),
    t('classes.csv.finalResult'),
    t('classes.csv.minutes'),
    t('classes.csv.lastActivity'),
  ];
  const rows = tables.rows.map((r): CsvCell[] => [
    traineeName(r, t),
    r.group,
    pct(r.total === 0 ? 0 : r.done / r.total),
    ...r.modules.filter((m) => m.quizId).flatMap((m) => [pct(m.best), pct(m.last)]),
    pct(r.finalExam?.score),
    r.finalExam ? t(r.finalExam.passed ? 'classes.passed' : 'classes.failed') : undefined,
    minutes(r.studyTimeMs),
    r.lastActivity?.slice(0, 10),
  ]);
  return csvText(header, rows, lang);
}

export function modulesCsv(tables: ClassTables, t: Translate, lang: string): string {
  const header = [
    t('classes.csv.name'),
    t('classes.csv.group'),
    ...tables.modules.flatMap((m) => [t('classes.csv.moduleDone', { module: m.title }), t('classes.csv.moduleBest', { module: m.title })]),
  ];
  const rows = tables.rows.map((r): CsvCell[] => [
    traineeName(r, t),
    r.group,
    ...r.modules.flatMap((m) => [pct(m.total === 0 ? 0 : m.done / m.total), pct(m.best)]),
  ]);
  return csvText(header, rows, lang);
}

export function itemsCsv(reports: readonly QuizItemReport[], t: Translate, lang: string): string {
  const header = [
    t('classes.csv.quiz'),
    t('classes.csv.question'),
    t('classes.csv.prompt'),
    t('classes.csv.takers'),
    t('classes.csv.difficulty'),
    t('classes.csv.pointBiserial'),
    t('classes.csv.upperLower'),
    t('classes.csv.flags'),
    t('classes.csv.options'),
  ];
  const rows = reports.flatMap((q) =>
    q.items.map((i): CsvCell[] => [
      q.title,
      `${i.sourceQuizId}/${i.questionId}`,
      i.prompt,
      i.takers,
      i.difficulty,
      i.pointBiserial ?? undefined,
      i.upperLower,
      i.flags.map((f) => t(`classes.flag.${f}`)).join(' | '),
      i.options?.map((o) => `${o.id}${o.key ? '*' : ''}: ${o.count}`).join(' | '),
    ]),
  );
  return csvText(header, rows, lang);
}
