// What a SCORM package of a module carries for its player (written into course.js at export).
import type { QuizView } from '../content/views';

export interface ScormLesson {
  id: string;
  title: string;
  /** Rendered by the app's lesson renderer, media links relative to the package. */
  html: string;
}

export interface ScormModuleData {
  /** The UI language of the package; the content's own language is `contentLang`. */
  lang: string;
  contentLang: string;
  packId: string;
  packVersion: string;
  moduleId: string;
  title: string;
  lessons: ScormLesson[];
  quiz?: QuizView;
  /** The UI text of `lang` (one language only, to keep the package small). */
  text: Record<string, unknown>;
}

/** The global the package's course.js sets and its player reads. */
export const SCORM_DATA_GLOBAL = 'ACADEMY_SCORM';

/** How a lesson links to another lesson of the module inside a package. */
export const LESSON_LINK_PREFIX = '#lesson=';

/** A module's SCORM package as the trainer area receives it. */
export interface ScormZip {
  fileName: string;
  zipBase64: string;
}
