// What Trainer tools → Questions sends back to the renderer after a GIFT export or import.
import type { Reason } from '../reasons';

export interface GiftExport {
  fileName: string;
  text: string;
  exported: number;
  /** `module/quiz/question (type): reason`, for each question GIFT cannot express. */
  skipped: string[];
  /** Questions written, but that Moodle will score or show differently. */
  approximated: string[];
}

export interface GiftImport {
  /** The pack the questions went to. */
  packId?: string;
  packTitle?: string;
  quizzes: { title: string; questions: number }[];
  /** Why nothing was written, each with its place (a line of the GIFT file, or a file of the pack). */
  problems: Reason[];
  warnings: string[];
  skipped: string[];
}
