/** One glossary entry, already in the learner's language. */
export interface GlossaryEntryText {
  term: string;
  definition: string;
}

/** Everything the renderer needs from the app; the library itself knows no URLs and no UI words. */
export interface RenderContext {
  /** Glossary of the pack, keyed by term id, already in the learner's language. */
  glossary: Record<string, GlossaryEntryText>;
  /** Pack-relative path ("media/x.svg") to the URL used in `<img src>`. */
  mediaUrl(path: string): string;
  /** URL for a `lesson:` link. */
  lessonHref(lessonId: string, anchor?: string): string;
  /** Localized UI words. */
  labels: { note: string; tip: string; warning: string; practice: string; externalLink: string };
}

/** What the pack validator needs to know about a lesson. Lines are 1-based within the scanned string. */
export interface LessonScan {
  /** Headings that get an anchor (h2–h4, and h1 demoted to h2), with that anchor. */
  headings: { id: string; line: number }[];
  /** Every `[[term-id]]` use. */
  terms: { id: string; line: number }[];
  /** Every link target, as written. */
  links: { href: string; line: number }[];
  /** Every image source, as written. */
  images: { src: string; line: number }[];
  /** `::: name` lines whose name is not a callout type, left as plain text by the renderer. */
  unknownCallouts: { name: string; line: number }[];
  /**
   * Every `::: notes` block (speaker notes, never shown to learners), at its opening line, with
   * its inside scanned on its own: its terms and links are checked but are not the lesson's.
   */
  speakerNotes: { line: number; scan: LessonScan }[];
}
