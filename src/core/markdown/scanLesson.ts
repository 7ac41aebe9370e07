import type { Token } from 'markdown-it';
import { newLessonEnv } from './env';
import { lessonMarkdown } from './lessonMarkdown';
import { calloutOpening, isCalloutType } from './rules/callouts';
import { GLOSSARY_TERM_TOKEN, type GlossaryTermMeta } from './rules/glossaryTerms';
import { SPEAKER_NOTES_TOKEN } from './rules/speakerNotes';
import type { LessonScan } from './types';

function newlinesBefore(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Collect terms, links and images of one inline block. `fixedLine` is used for tokens parsed
 * from a substring (an image's alt text), whose offsets are not in `text`.
 */
function collectInline(
  tokens: readonly Token[],
  text: string,
  firstLine: number,
  offsets: Map<Token, number>,
  scan: LessonScan,
  fixedLine?: number,
): void {
  for (const token of tokens) {
    const line = fixedLine ?? firstLine + newlinesBefore(text, offsets.get(token) ?? 0);
    if (token.type === GLOSSARY_TERM_TOKEN) {
      scan.terms.push({ id: (token.meta as GlossaryTermMeta).id, line });
    } else if (token.type === 'link_open') {
      scan.links.push({ href: token.attrGet('href') ?? '', line });
    } else if (token.type === 'image') {
      scan.images.push({ src: token.attrGet('src') ?? '', line });
      collectInline(token.children ?? [], text, firstLine, offsets, scan, line);
    }
  }
}

/**
 * `::: name` lines the callout rule refused stay inside paragraphs as text; a paragraph keeps
 * one line of its text per source line, so the line number is exact.
 */
function collectUnknownCallouts(paragraph: Token, firstLine: number, scan: LessonScan): void {
  paragraph.content.split('\n').forEach((text, index) => {
    const name = calloutOpening(text);
    if (name !== undefined && !isCalloutType(name.toLowerCase())) {
      scan.unknownCallouts.push({ name, line: firstLine + index });
    }
  });
}

/** A scan whose lines are moved down by `by`: a notes block's inside, placed in its lesson. */
function shifted(scan: LessonScan, by: number): LessonScan {
  const move = <T extends { line: number }>(items: T[]) => items.map((item) => ({ ...item, line: item.line + by }));
  return {
    headings: move(scan.headings),
    terms: move(scan.terms),
    links: move(scan.links),
    images: move(scan.images),
    unknownCallouts: move(scan.unknownCallouts),
    speakerNotes: scan.speakerNotes.map((n) => ({ line: n.line + by, scan: shifted(n.scan, by) })),
  };
}

/**
 * What the pack validator checks in a lesson, found by the same parser that renders it, so
 * the two can never disagree about what is a link, a term or an anchor.
 */
export function scanLesson(markdown: string): LessonScan {
  const env = newLessonEnv();
  const offsets = new Map<Token, number>();
  env.inlineOffsets = offsets;
  const tokens = lessonMarkdown().parse(markdown, env);

  const scan: LessonScan = { headings: [], terms: [], links: [], images: [], unknownCallouts: [], speakerNotes: [] };
  // Table cells have no line map of their own; they take their row's.
  let blockLine = 1;
  let previous: Token | undefined;
  for (const token of tokens) {
    if (token.map) blockLine = token.map[0] + 1;
    if (token.type === 'heading_open') {
      const id = token.attrGet('id');
      if (id) scan.headings.push({ id, line: blockLine });
    } else if (token.type === 'inline') {
      collectInline(token.children ?? [], token.content, blockLine, offsets, scan);
      if (previous?.type === 'paragraph_open') collectUnknownCallouts(token, blockLine, scan);
    } else if (token.type === SPEAKER_NOTES_TOKEN) {
      // Scanned on their own, so their terms and links are checked but never count as the lesson's.
      scan.speakerNotes.push({ line: blockLine, scan: shifted(scanLesson(token.content), blockLine) });
    }
    previous = token;
  }
  return scan;
}
