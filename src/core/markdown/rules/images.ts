import type MarkdownIt from 'markdown-it';
import { renderContextOf } from '../env';
import { plainText } from '../plainText';
import { isPackMediaPath } from '../targets';

export interface ImageMeta {
  /** Set by the figures rule: the title is shown as a caption instead of a tooltip. */
  figure?: boolean;
}

/**
 * Pictures come from the pack only, through ctx.mediaUrl (the app's own protocol). A remote
 * or `data:` picture would be a network request or an unchecked payload in an offline app, so
 * it shows its text alternative instead; the validator reports it.
 */
export function imagesPlugin(md: MarkdownIt): void {
  const escapeHtml = md.utils.escapeHtml;

  md.renderer.rules.image = (tokens, idx, _options, env) => {
    const token = tokens[idx]!;
    const src = token.attrGet('src') ?? '';
    const alt = plainText(token.children ?? []);
    if (!isPackMediaPath(src)) return escapeHtml(alt);

    const url = renderContextOf(env).mediaUrl(src);
    const title = token.attrGet('title');
    const isFigure = (token.meta as ImageMeta | null)?.figure === true;
    const img = `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"`;
    if (isFigure && title) return `${img}><figcaption>${escapeHtml(title)}</figcaption>`;
    return title ? `${img} title="${escapeHtml(title)}">` : `${img}>`;
  };
}
