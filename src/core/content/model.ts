// A pack after loading and validation: language-independent, keyed by stable ids.
import type { Guide } from './guide';
import type { GlossaryFile, LessonFrontMatter, Localized, PackManifest, QuizFile } from './schemas';

export interface LessonText {
  frontMatter: LessonFrontMatter;
  body: string;
}

export interface Lesson {
  id: string;
  moduleId: string;
  /** Id of the knowledge check that closes the lesson, if any. */
  check?: string;
  byLang: Record<string, LessonText>;
}

export interface Module {
  id: string;
  title: Localized;
  summary?: Localized;
  lessonIds: string[];
  quiz?: string;
}

export interface Quiz extends QuizFile {
  moduleId: string;
  /** Set for a lesson's knowledge check; unset for an end-of-module quiz. */
  lessonId?: string;
}

export interface Pack {
  manifest: PackManifest;
  modules: Module[];
  lessons: Map<string, Lesson>;
  quizzes: Map<string, Quiz>;
  glossary: GlossaryFile['terms'];
  /**
   * Facilitator guides (trainers only) by module id, then language: a module is here only with
   * a guide in every language. Absent from packs built in memory without them.
   */
  guides?: Map<string, Record<string, Guide>>;
}

/** Reads a pack's files. Paths are relative to the pack folder, with forward slashes. */
export interface PackSource {
  /** The text of a file, or undefined if it does not exist or is not readable as text. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
}
