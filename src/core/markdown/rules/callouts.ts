import type MarkdownIt from 'markdown-it';
import type { StateBlock } from 'markdown-it';
import { renderContextOf } from '../env';

/** The boxes a trainer can use; the README documents exactly these. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'practice'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export function isCalloutType(name: string): name is CalloutType {
  return (CALLOUT_TYPES as readonly string[]).includes(name);
}

/**
 * A `::: name` line that could open a callout, with the name found there (possibly unknown).
 * Shared with scanLesson so the renderer and the validator agree on what such a line is.
 */
export function calloutOpening(line: string): string | undefined {
  const match = /^[ \t]*:{3,}[ \t]*(\S(?:.*\S)?)[ \t]*$/.exec(line);
  return match?.[1];
}

const COLON = 0x3a;

/**
 * The opening of a `::: name` block at `startLine`: its name (lowercased) and colon count, or
 * undefined when the line is not one. Shared with the speaker-notes rule.
 */
export function colonBlockOpening(state: StateBlock, startLine: number): { name: string; markerLength: number } | undefined {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return undefined;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  if (state.src.charCodeAt(start) !== COLON) return undefined;
  const afterMarker = state.skipChars(start, COLON);
  const markerLength = afterMarker - start;
  if (markerLength < 3) return undefined;
  return { name: state.src.slice(afterMarker, max).trim().toLowerCase(), markerLength };
}

/**
 * Like markdown-it-container, a `:::` block closes at the first line made only of at least as
 * many colons as its opening. `nextLine` is that line, or the end of the container when the
 * block is left unclosed.
 */
export function findClosingLine(
  state: StateBlock,
  startLine: number,
  endLine: number,
  markerLength: number,
): { nextLine: number; closed: boolean } {
  let nextLine = startLine;
  for (;;) {
    nextLine++;
    if (nextLine >= endLine) return { nextLine, closed: false }; // unclosed: runs to the end of its container

    const lineStart = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    const lineMax = state.eMarks[nextLine]!;
    // A less indented, non-empty line ends the enclosing list item, and this block with it.
    if (lineStart < lineMax && state.sCount[nextLine]! < state.blkIndent) return { nextLine, closed: false };
    if (state.src.charCodeAt(lineStart) !== COLON) continue;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) continue;
    const afterClosing = state.skipChars(lineStart, COLON);
    if (afterClosing - lineStart < markerLength) continue;
    if (state.skipSpaces(afterClosing) < lineMax) continue;
    return { nextLine, closed: true };
  }
}

/**
 * Block rule for `::: note` … `:::` (also tip, warning, practice).
 *
 * Written here rather than taken from markdown-it-container to avoid a dependency for forty
 * lines. Like that plugin, a callout closes at the first line made only of at least as many
 * colons as its opening; to nest callouts, give the outer one more colons (`::::`). An
 * unknown name does not match, so it stays plain text and the validator reports it. A callout
 * may interrupt a paragraph: trainers rarely leave a blank line before it.
 */
function calloutBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const opening = colonBlockOpening(state, startLine);
  if (!opening || !isCalloutType(opening.name)) return false;
  const { name: type, markerLength } = opening;
  if (silent) return true;

  const { nextLine, closed } = findClosingLine(state, startLine, endLine, markerLength);

  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  // markdown-it-container does the same: rules that look at parentType must not mistake the
  // inside of a callout for a list or a blockquote.
  state.parentType = 'callout' as StateBlock['parentType'];
  state.lineMax = nextLine;

  const open = state.push('callout_open', 'aside', 1);
  open.block = true;
  open.info = type;
  open.markup = ':'.repeat(markerLength);
  open.map = [startLine, nextLine];

  state.md.block.tokenize(state, startLine + 1, nextLine);

  const close = state.push('callout_close', 'aside', -1);
  close.block = true;
  close.markup = open.markup;

  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  state.line = nextLine + (closed ? 1 : 0);
  return true;
}

/**
 * Callout boxes as labelled `<aside>` landmarks. The visible title and the accessible name
 * come from the app's localized labels, so the same lesson reads "Note" or "Remarque".
 */
export function calloutsPlugin(md: MarkdownIt): void {
  const escapeHtml = md.utils.escapeHtml;

  md.block.ruler.before('fence', 'callout', calloutBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });

  md.renderer.rules['callout_open'] = (tokens, idx, _options, env) => {
    const type = tokens[idx]!.info as CalloutType;
    const label = escapeHtml(renderContextOf(env).labels[type]);
    return (
      `<aside class="callout callout-${type}" aria-label="${label}">` +
      `<p class="callout-title">${label}</p>\n`
    );
  };
  md.renderer.rules['callout_close'] = () => '</aside>\n';
}
