// What Trainer tools → Questions sends back to the renderer after a GIFT export or import.

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
  /** Why nothing was written, with line numbers. */
  problems: string[];
  warnings: string[];
  skipped: string[];
}
