import type MarkdownIt from 'markdown-it';
import type { StateBlock } from 'markdown-it';
import { colonBlockOpening, findClosingLine } from './callouts';

/** The block name a trainer writes: `::: notes` … `:::`. */
export const SPEAKER_NOTES_NAME = 'notes';
/** One token per notes block; its `content` is the notes' Markdown as written. */
export const SPEAKER_NOTES_TOKEN = 'speaker_notes';

/**
 * Block rule for speaker notes: what the trainer says while a section is on the projector.
 *
 * The block becomes one opaque token whose inside is never parsed as part of the lesson, so
 * nothing in it can reach a learner: no HTML, no heading anchor, no text for search. The trainer
 * side reads the notes with speakerNotesOf() and renders each one on its own. Closing works as
 * for callouts (the first line of at least as many colons), and like them a notes block may
 * interrupt a paragraph.
 */
function speakerNotesBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const opening = colonBlockOpening(state, startLine);
  if (opening?.name !== SPEAKER_NOTES_NAME) return false;
  if (silent) return true;

  const { nextLine, closed } = findClosingLine(state, startLine, endLine, opening.markerLength);
  const token = state.push(SPEAKER_NOTES_TOKEN, '', 0);
  token.block = true;
  token.hidden = true;
  token.markup = ':'.repeat(opening.markerLength);
  token.content = state.getLines(startLine + 1, nextLine, state.blkIndent, false);
  token.map = [startLine, nextLine];
  state.line = nextLine + (closed ? 1 : 0);
  return true;
}

/** Speaker notes are parsed (for the trainer side and the validator) and rendered as nothing. */
export function speakerNotesPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'speaker_notes', speakerNotesBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.renderer.rules[SPEAKER_NOTES_TOKEN] = () => '';
}
