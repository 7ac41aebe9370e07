import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { isPackMediaPath } from '../targets';
import type { ImageMeta } from './images';

/** The only image of its paragraph, with a caption to show and a picture that will load. */
function figureImage(inline: Token | undefined): Token | undefined {
  if (inline?.type !== 'inline') return undefined;
  const meaningful = (inline.children ?? []).filter((t) => !(t.type === 'text' && t.content.trim() === ''));
  const [image] = meaningful;
  if (meaningful.length !== 1 || image?.type !== 'image') return undefined;
  if (!image.attrGet('title') || !isPackMediaPath(image.attrGet('src') ?? '')) return undefined;
  return image;
}

/**
 * Core rule: `![alt](media/x.svg "Caption")` alone in its paragraph becomes a `<figure>` with
 * a `<figcaption>`, so the caption is tied to the picture for assistive technology. The
 * paragraph tokens are turned into figure tokens in place; the image rule writes the caption.
 */
function figures(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const open = tokens[i]!;
    const close = tokens[i + 2]!;
    if (open.type !== 'paragraph_open' || close.type !== 'paragraph_close') continue;
    const image = figureImage(tokens[i + 1]);
    if (!image) continue;

    open.type = 'figure_open';
    open.tag = 'figure';
    close.type = 'figure_close';
    close.tag = 'figure';
    const meta: ImageMeta = { ...(image.meta as ImageMeta | null), figure: true };
    image.meta = meta;
  }
}

export function figuresPlugin(md: MarkdownIt): void {
  md.core.ruler.push('figures', figures);
  md.renderer.rules['figure_open'] = () => '<figure class="figure">';
  md.renderer.rules['figure_close'] = () => '</figure>\n';
}
