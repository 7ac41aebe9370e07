import type MarkdownIt from 'markdown-it';

/**
 * Keep every link and image target exactly as the trainer wrote it.
 *
 * markdown-it's defaults silently drop `javascript:`-style links (the source then shows up as
 * literal `[text](…)`) and percent-encode the rest. We want the opposite split of work: the
 * parser accepts every target, the validator sees it as written (so it can report it with a
 * line number and check media paths on disk), and the link and image rules decide at render
 * time, from an allow-list, what becomes an `<a>` or `<img>`. Attribute values are always
 * HTML-escaped by those rules, so no encoding is needed for safety.
 */
export function rawTargetsPlugin(md: MarkdownIt): void {
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
}
