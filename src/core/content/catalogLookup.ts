// Finds where a lesson or quiz sits in the catalog, for breadcrumbs and "continue" links.
import type { Catalog, LessonSummary, ModuleSummary, PackSummary } from './views';

export interface LessonPlace {
  pack: PackSummary;
  module: ModuleSummary;
  lesson: LessonSummary;
}

export interface QuizPlace {
  pack: PackSummary;
  module: ModuleSummary;
  /** The lesson whose knowledge check this is; unset for the end-of-module quiz. */
  lesson?: LessonSummary;
}

export function findLesson(catalog: Catalog, packId: string, lessonId: string): LessonPlace | undefined {
  const pack = catalog.packs.find((p) => p.id === packId);
  for (const module of pack?.modules ?? []) {
    const lesson = module.lessons.find((l) => l.id === lessonId);
    if (pack && lesson) return { pack, module, lesson };
  }
  return undefined;
}

export function findQuiz(catalog: Catalog, packId: string, quizId: string): QuizPlace | undefined {
  const pack = catalog.packs.find((p) => p.id === packId);
  for (const module of pack?.modules ?? []) {
    if (pack && module.quizId === quizId) return { pack, module };
    const lesson = module.lessons.find((l) => l.checkId === quizId);
    if (pack && lesson) return { pack, module, lesson };
  }
  return undefined;
}

export function findModule(catalog: Catalog, packId: string, moduleId: string): { pack: PackSummary; module: ModuleSummary } | undefined {
  const pack = catalog.packs.find((p) => p.id === packId);
  const module = pack?.modules.find((m) => m.id === moduleId);
  return pack && module ? { pack, module } : undefined;
}
