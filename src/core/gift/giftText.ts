// GIFT's text rules in one place: backslash escapes (read and write), format markers, and the
// conversion of HTML-formatted text to the plain text our packs hold.
import { GIFT_FORMATS, type GiftFormat } from './giftModel';

/**
 * The escapes GIFT knows: `\~ \= \# \{ \} \:` for its special characters, `\\` for a backslash
 * and `\n` for a line break. Any other backslash is an ordinary character, as in Moodle.
 */
const ESCAPED = ['\\', '~', '=', '#', '{', '}', ':', 'n'] as const;

/**
 * While a question is taken apart, each escape stands as one private-use character, so the
 * parser can search for `{`, `~`, `#`... without ever meeting an escaped one.
 */
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDERS = new RegExp(`[\\u${PLACEHOLDER_BASE.toString(16)}-\\u${(PLACEHOLDER_BASE + ESCAPED.length - 1).toString(16)}]`, 'g');

/** True when a line holds one of the private-use characters the parser reserves. */
export const hasReservedCharacter = (line: string): boolean => new RegExp(PLACEHOLDERS.source).test(line);

/** Replaces every escape by its placeholder. */
export function protectEscapes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    const index = c === '\\' && next !== undefined ? ESCAPED.indexOf(next as (typeof ESCAPED)[number]) : -1;
    if (index >= 0) {
      out += String.fromCharCode(PLACEHOLDER_BASE + index);
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** Turns placeholders back into the characters they stand for (`\n` becomes a line break). */
export function restoreEscapes(text: string): string {
  return text.replace(PLACEHOLDERS, (p) => {
    const c = ESCAPED[p.charCodeAt(0) - PLACEHOLDER_BASE]!;
    return c === 'n' ? '\n' : c;
  });
}

const FORMAT_MARKER = new RegExp(`^\\[(${GIFT_FORMATS.join('|')})\\]`);

/** Takes a leading `[html]`, `[markdown]`... off a text (Moodle reads it only at the very start). */
export function splitFormat(text: string): { format?: GiftFormat; text: string } {
  const m = FORMAT_MARKER.exec(text);
  return m ? { format: m[1] as GiftFormat, text: text.slice(m[0].length) } : { text };
}

/**
 * Plain text as written in a GIFT file: special characters escaped, line breaks as `\n`. A
 * text that happens to start like a format marker gets an explicit `[plain]` so that Moodle
 * keeps its first characters.
 */
export function escapeGift(text: string): string {
  const escaped = escapeChars(text);
  return FORMAT_MARKER.test(escaped) ? `[plain]${escaped}` : escaped;
}

/** Special characters escaped and line breaks as `\n`, with no format guard (titles, categories). */
export const escapeChars = (text: string): string => text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Plain text as the HTML that `htmlToPlain` reads back to the same text. */
export const plainToHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;').replace(/\n/g, '<br>');

/**
 * Source line breaks inside a text are layout (GIFT texts may be wrapped over several lines);
 * they become spaces. An explicit `\n` is kept, since it was restored after this step.
 */
export function unwrapLines(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML-formatted GIFT text as plain text: line breaks kept, tags dropped, entities decoded. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
