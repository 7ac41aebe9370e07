// The trainer's side of a lesson: the `::: notes` blocks, each with the section it belongs to.
// Learners never see them (the lesson renderer drops them); presentation mode shows them
// beside the slide of that section, and the handouts print them in the facilitator guide.
import type { Token } from 'markdown-it';
import { newLessonEnv } from './env';
import { lessonMarkdown } from './lessonMarkdown';
import { SPEAKER_NOTES_TOKEN } from './rules/speakerNotes';

export interface SpeakerNote {
  /** Anchor of the nearest `##` or `###` heading before the note (as the lesson's anchors), null before the first. */
  headingSlug: string | null;
  /** The note as written, to render with renderLesson(). */
  markdown: string;
}

/** Headings a slide starts at; an `####` heading stays inside its section. */
const SECTION_LEVELS = new Set(['h2', 'h3']);

/** Speaker notes of a lesson body (front matter already removed), in document order. */
export function speakerNotesOf(body: string): SpeakerNote[] {
  const tokens: Token[] = lessonMarkdown().parse(body, newLessonEnv());
  const notes: SpeakerNote[] = [];
  let headingSlug: string | null = null;
  for (const token of tokens) {
    if (token.type === 'heading_open' && SECTION_LEVELS.has(token.tag)) {
      headingSlug = token.attrGet('id');
    } else if (token.type === SPEAKER_NOTES_TOKEN) {
      notes.push({ headingSlug, markdown: token.content.trimEnd() });
    }
  }
  return notes;
}
