// Derived figures for the home and module screens: computed from the summary (summaryModel.ts),
// never stored on their own.
import type { ModuleSummary } from '../content/views';
import { lessonKey } from './keys';
import { quizKey, type ProgressSummary, type QuizStats } from './summaryModel';

/** The part of the summary these figures read. */
export type ProgressFigures = Pick<ProgressSummary, 'lessons' | 'quizzes'>;

export interface ModuleProgress {
  /** Items done out of items in the module: each lesson, each check passed, the quiz passed. */
  done: number;
  total: number;
  quizPassed: boolean;
}

export function quizStats(data: ProgressFigures, packId: string, quizId: string): QuizStats | undefined {
  const key = quizKey(packId, quizId);
  return Object.hasOwn(data.quizzes, key) ? data.quizzes[key] : undefined;
}

/** The best score at a quiz (0 to 1), or undefined before any attempt. */
export function bestScore(data: ProgressFigures, packId: string, quizId: string): number | undefined {
  return quizStats(data, packId, quizId)?.bestScore;
}

export function quizPassed(data: ProgressFigures, packId: string, quizId: string): boolean {
  return (quizStats(data, packId, quizId)?.passes ?? 0) > 0;
}

/** Attempts passed at any quiz of the pack (a certificate is worth asking about only after one). */
export function passesInPack(data: ProgressFigures, packId: string): number {
  let n = 0;
  for (const [key, stats] of Object.entries(data.quizzes)) if (key.startsWith(`${packId}/`)) n += stats.passes;
  return n;
}

export function moduleProgress(data: ProgressFigures, packId: string, mod: ModuleSummary): ModuleProgress {
  let done = 0;
  let total = 0;
  for (const lesson of mod.lessons) {
    total++;
    if (data.lessons[lessonKey(packId, lesson.id)]?.finishedAt) done++;
    if (lesson.checkId) {
      total++;
      if (quizPassed(data, packId, lesson.checkId)) done++;
    }
  }
  const passed = mod.quizId ? quizPassed(data, packId, mod.quizId) : false;
  if (mod.quizId) {
    total++;
    if (passed) done++;
  }
  return { done, total, quizPassed: passed };
}

export function overallProgress(data: ProgressFigures, packId: string, modules: readonly ModuleSummary[]): { done: number; total: number } {
  return modules.reduce(
    (acc, m) => {
      const p = moduleProgress(data, packId, m);
      return { done: acc.done + p.done, total: acc.total + p.total };
    },
    { done: 0, total: 0 },
  );
}
