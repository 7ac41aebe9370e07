// The few words of a result's text shown under its title, with the words that matched marked.
// Returned as parts, not HTML: the renderer wraps marked parts in <mark>, nothing is parsed.
import { WORD } from './terms';

export interface ExtractPart {
  text: string;
  mark: boolean;
}

/** About one line of text on a narrow screen, two on a wide one. */
const EXTRACT_CHARS = 160;
/** Context kept before the first match. */
const LEAD_CHARS = 40;

export function extractAround(text: string, isMatch: (word: string) => boolean): ExtractPart[] {
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    if (isMatch(m[0])) found.push({ start: m.index, end: m.index + m[0].length });
  }
  // Start a little before the first match, at a word boundary.
  let from = found.length > 0 ? Math.max(0, found[0]!.start - LEAD_CHARS) : 0;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < found[0]!.start ? space + 1 : found[0]!.start;
  }
  let to = Math.min(text.length, from + EXTRACT_CHARS);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  const parts: ExtractPart[] = [];
  const push = (s: string, mark: boolean) => {
    if (s) parts.push({ text: s, mark });
  };
  if (from > 0) push('… ', false);
  let at = from;
  for (const f of found) {
    if (f.start < from) continue;
    if (f.end > to) break;
    push(text.slice(at, f.start), false);
    push(text.slice(f.start, f.end), true);
    at = f.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push(' …', false);
  return parts;
}
