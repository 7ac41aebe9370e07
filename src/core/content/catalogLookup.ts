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

/** Where the course goes after a quiz: a lesson to read, or a module's quiz to take. */
export type NextStep = { kind: 'lesson'; packId: string; lesson: LessonSummary } | { kind: 'quiz'; packId: string; quizId: string; module: ModuleSummary };

/**
 * The step after a quiz, in course order: after a lesson's check, the module's next lesson (or,
 * after its last lesson, the module's quiz); after a module's quiz, the first lesson of the next
 * module. Never the quiz just taken. Nothing after the last module or a quiz outside the modules.
 */
export function nextAfterQuiz(catalog: Catalog, packId: string, quizId: string): NextStep | undefined {
  const place = findQuiz(catalog, packId, quizId);
  if (!place) return undefined;
  const { pack, module, lesson } = place;
  if (lesson) {
    const next = module.lessons[module.lessons.indexOf(lesson) + 1];
    if (next) return { kind: 'lesson', packId, lesson: next };
    if (module.quizId && module.quizId !== quizId) return { kind: 'quiz', packId, quizId: module.quizId, module };
  }
  const modules = pack.modules;
  for (let i = modules.indexOf(module) + 1; i < modules.length; i++) {
    const first = modules[i]!.lessons[0];
    if (first) return { kind: 'lesson', packId, lesson: first };
  }
  return undefined;
}
