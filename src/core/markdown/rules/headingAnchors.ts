import type MarkdownIt from 'markdown-it';
import type { StateCore } from 'markdown-it';
import { plainText } from '../plainText';
import { slugify } from '../slugify';

const ANCHORED_LEVELS = new Set(['h2', 'h3', 'h4']);

/**
 * Core rule: demote `#` to h2 and give h2–h4 a stable, unique `id`.
 *
 * The lesson title from the front matter is the page's only h1, so a body h1 would break the
 * heading outline screen readers navigate by. Anchors are what `lesson:id#anchor` and
 * `#anchor` links point at; they come from the heading's text only (never the learner's
 * language or glossary), so the validator computes the same ones. A repeated heading gets
 * -2, -3… in document order. Callout contents are in the same token stream, so anchors are
 * unique across the whole lesson.
 */
function headingAnchors(state: StateCore): void {
  const tokens = state.tokens;
  const used = new Set<string>();

  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.type !== 'heading_open') continue;

    if (open.tag === 'h1') {
      open.tag = 'h2';
      const close = tokens[i + 2]; // heading_open, inline, heading_close
      if (close?.type === 'heading_close') close.tag = 'h2';
    }
    if (!ANCHORED_LEVELS.has(open.tag)) continue;

    const inline = tokens[i + 1];
    const base = slugify(plainText(inline?.children ?? [])) || 'section';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    open.attrSet('id', id);
  }
}

export function headingAnchorsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('heading_anchors', headingAnchors);
}
