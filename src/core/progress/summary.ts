// Derived figures for the home screen: nothing here is stored, all is computed from the record.
import type { ModuleSummary } from '../content/views';
import type { AttemptRecord, ProgressData } from './model';
import { lessonKey } from './keys';

export interface ModuleProgress {
  /** Items done out of items in the module: each lesson, each check passed, the quiz passed. */
  done: number;
  total: number;
  quizPassed: boolean;
}

export function bestAttempt(data: ProgressData, packId: string, quizId: string): AttemptRecord | undefined {
  let best: AttemptRecord | undefined;
  for (const a of data.attempts) {
    if (a.packId === packId && a.quizId === quizId && (!best || a.score > best.score)) best = a;
  }
  return best;
}

export function quizPassed(data: ProgressData, packId: string, quizId: string): boolean {
  return data.attempts.some((a) => a.packId === packId && a.quizId === quizId && a.passed);
}

export function moduleProgress(data: ProgressData, packId: string, mod: ModuleSummary): ModuleProgress {
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

export function overallProgress(data: ProgressData, packId: string, modules: readonly ModuleSummary[]): { done: number; total: number } {
  return modules.reduce(
    (acc, m) => {
      const p = moduleProgress(data, packId, m);
      return { done: acc.done + p.done, total: acc.total + p.total };
    },
    { done: 0, total: 0 },
  );
}
