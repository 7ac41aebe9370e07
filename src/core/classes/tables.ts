// The class at a glance, derived from the trainees' merged records and the pack: nothing here is
// stored. One row per trainee (the roster and the trainees × modules table read the same rows),
// completion per module and the distribution of best scores per quiz for the charts. Completion
// and quiz figures reuse the learner's own (../progress/summary), so a trainee's row says what
// their "My progress" says.
import type { Pack } from '../content/model';
import { catalogView, textIn, type PackSummary } from '../content/views';
import { finalQuizIds } from '../certificates/finalExam';
import { portableContents } from '../portable/merge';
import { moduleProgress } from '../progress/summary';
import { summarize, type ProgressSummary } from '../progress/summaryModel';
import type { AttemptRecord } from '../progress/model';
import type { ClassTrainee } from './model';

export interface ModuleCell {
  moduleId: string;
  /** Items done out of items (lessons, checks passed, the quiz passed), as on "My progress". */
  done: number;
  total: number;
  quizId?: string;
  /** Best and last score at the module's quiz, 0 to 1; unset before any attempt. */
  best?: number;
  last?: number;
  passed: boolean;
}

export interface TraineeRow {
  key: string;
  name?: string;
  group?: string;
  done: number;
  total: number;
  modules: ModuleCell[];
  /** The best attempt at a final exam, if any. */
  finalExam?: { quizId: string; score: number; passed: boolean };
  attempts: number;
  lessonsFinished: number;
  studyTimeMs: number;
  lastActivity?: string;
}

export interface ModuleCompletion {
  moduleId: string;
  title: string;
  /** Trainees with every item of the module done. */
  complete: number;
  /** Mean share of items done over the trainees, 0 to 1. */
  meanShare: number;
}

/** Best scores in ten bands: [0 %, 10 %), [10 %, 20 %) … [90 %, 100 %]. */
export const SCORE_BANDS = 10;

export interface ScoreDistribution {
  quizId: string;
  title: string;
  moduleId: string;
  /** Trainees with at least one attempt. */
  takers: number;
  bands: number[];
}

export interface ClassTables {
  packId: string;
  lang: string;
  modules: { id: string; title: string; quizId?: string }[];
  rows: TraineeRow[];
  completion: ModuleCompletion[];
  distributions: ScoreDistribution[];
}

export const bandOf = (score: number) => Math.min(SCORE_BANDS - 1, Math.floor(score * SCORE_BANDS + 1e-9));

function lastAttempts(attempts: readonly AttemptRecord[], packId: string): Map<string, AttemptRecord> {
  const last = new Map<string, AttemptRecord>();
  for (const a of attempts) {
    if (a.packId !== packId) continue;
    const prev = last.get(a.quizId);
    if (!prev || a.finishedAt >= prev.finishedAt) last.set(a.quizId, a);
  }
  return last;
}

function finalExamOf(attempts: readonly AttemptRecord[], packId: string, finalIds: ReadonlySet<string>): TraineeRow['finalExam'] {
  let best: AttemptRecord | undefined;
  for (const a of attempts) {
    if (a.packId !== packId || !finalIds.has(a.quizId)) continue;
    if (!best || a.score > best.score || (a.score === best.score && a.finishedAt < best.finishedAt)) best = a;
  }
  return best && { quizId: best.quizId, score: best.score, passed: best.passed };
}

export function traineeRow(t: ClassTrainee, pack: PackSummary, finalIds: ReadonlySet<string>): TraineeRow {
  const figures: ProgressSummary = summarize(t.progress);
  const last = lastAttempts(t.progress.attempts, pack.id);
  let done = 0;
  let total = 0;
  const modules = pack.modules.map((m): ModuleCell => {
    const p = moduleProgress(figures, pack.id, m);
    done += p.done;
    total += p.total;
    const stats = m.quizId ? figures.quizzes[`${pack.id}/${m.quizId}`] : undefined;
    const lastAttempt = m.quizId ? last.get(m.quizId) : undefined;
    return {
      moduleId: m.id,
      done: p.done,
      total: p.total,
      ...(m.quizId ? { quizId: m.quizId } : {}),
      ...(stats ? { best: stats.bestScore } : {}),
      ...(lastAttempt ? { last: lastAttempt.score } : {}),
      passed: p.quizPassed,
    };
  });
  const contents = portableContents({ progress: t.progress, studyTime: t.studyTime });
  const finalExam = finalExamOf(t.progress.attempts, pack.id, finalIds);
  return {
    key: t.key,
    ...(t.name ? { name: t.name } : {}),
    ...(t.group ? { group: t.group } : {}),
    done,
    total,
    modules,
    ...(finalExam ? { finalExam } : {}),
    attempts: t.progress.attempts.filter((a) => a.packId === pack.id).length,
    lessonsFinished: contents.lessonsFinished,
    studyTimeMs: contents.studyTimeMs,
    ...(contents.lastActivity ? { lastActivity: contents.lastActivity } : {}),
  };
}

/** Every table of the class for one pack, with titles in `lang` (or the pack's fallback). */
export function classTables(pack: Pack, trainees: readonly ClassTrainee[], lang: string): ClassTables {
  const summary = catalogView([pack], lang, []).packs[0]!;
  const finalIds = new Set(finalQuizIds(pack));
  const rows = trainees.map((t) => traineeRow(t, summary, finalIds));
  const completion = summary.modules.map((m, i): ModuleCompletion => {
    const cells = rows.map((r) => r.modules[i]!);
    const share = (c: ModuleCell) => (c.total === 0 ? 0 : c.done / c.total);
    return {
      moduleId: m.id,
      title: m.title,
      complete: cells.filter((c) => c.total > 0 && c.done === c.total).length,
      meanShare: cells.length === 0 ? 0 : cells.reduce((s, c) => s + share(c), 0) / cells.length,
    };
  });
  // Each trainee's best score per quiz, in one pass over their attempts.
  const bestByQuiz = new Map<string, number[]>();
  for (const t of trainees) {
    const best = new Map<string, number>();
    for (const a of t.progress.attempts) if (a.packId === summary.id && a.score > (best.get(a.quizId) ?? -1)) best.set(a.quizId, a.score);
    for (const [quizId, score] of best) {
      let list = bestByQuiz.get(quizId);
      if (!list) bestByQuiz.set(quizId, (list = []));
      list.push(score);
    }
  }
  const distributions: ScoreDistribution[] = [];
  for (const quiz of pack.quizzes.values()) {
    const scores = bestByQuiz.get(quiz.id);
    if (!scores) continue;
    const bands = new Array<number>(SCORE_BANDS).fill(0);
    for (const score of scores) bands[bandOf(score)]!++;
    distributions.push({ quizId: quiz.id, title: textIn(quiz.title, summary.lang), moduleId: quiz.moduleId, takers: scores.length, bands });
  }
  return {
    packId: summary.id,
    lang: summary.lang,
    modules: summary.modules.map((m) => ({ id: m.id, title: m.title, ...(m.quizId ? { quizId: m.quizId } : {}) })),
    rows,
    completion,
    distributions,
  };
}
