/**
 * Lesson Markdown: the syntax of content/README.md, rendered to safe HTML and scanned for the
 * pack validator. Pure TypeScript (no DOM, no Node, no electron), so the renderer, the main
 * process and the CLI validator all use this same code.
 */
import { newLessonEnv } from './env';
import { lessonMarkdown } from './lessonMarkdown';
import type { RenderContext } from './types';

export type { GlossaryEntryText, LessonScan, RenderContext } from './types';
export { scanLesson } from './scanLesson';
export { slugify } from './slugify';
export { speakerNotesOf, type SpeakerNote } from './speakerNotes';

/** A lesson body (front matter already removed) as an HTML string. */
export function renderLesson(markdown: string, ctx: RenderContext): string {
  return lessonMarkdown().render(markdown, newLessonEnv(ctx));
}
