// The speaker notes of a lesson as the trainer's panel shows them: each `::: notes` block
// rendered like lesson text, with the section (heading anchor) its slide starts at. Only the
// trainer channel calls this; the lesson learners receive never holds the notes.
import type { Pack } from '../content/model';
import { packLessonHtml, type LessonLinks } from '../content/lessonHtml';
import { chooseLang } from '../content/views';
import { speakerNotesOf } from '../markdown/speakerNotes';

export interface LessonNote {
  /** The slug of the `##`/`###` heading the note follows; null before the first heading (the title slide). */
  headingSlug: string | null;
  html: string;
}

/** Undefined when the pack has no such lesson. */
export function lessonNotes(pack: Pack, lessonId: string, requested: string, links: LessonLinks): LessonNote[] | undefined {
  const lesson = pack.lessons.get(lessonId);
  if (!lesson) return undefined;
  const { lang } = chooseLang(pack, requested);
  const text = lesson.byLang[lang];
  if (!text) return [];
  return speakerNotesOf(text.body).map((n) => ({ headingSlug: n.headingSlug, html: packLessonHtml(pack, n.markdown, lang, requested, links) }));
}
