import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { plainText } from '../plainText';

/** The first header cell names the table well enough for a region label ("Stakeholder"). */
function tableLabel(tokens: Token[], openIdx: number): string {
  for (let i = openIdx + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'table_close') break;
    if (token.type === 'inline') return plainText(token.children ?? []).trim() || 'table';
  }
  return 'table';
}

/**
 * Tables (markdown-it's own pipe tables) inside a focusable, labelled scroll region: a wide
 * table then scrolls sideways on a small screen or at 400% zoom, and keyboard users can reach
 * and scroll it too (WCAG 2.1.1 and 1.4.10).
 */
export function tablesPlugin(md: MarkdownIt): void {
  const escapeHtml = md.utils.escapeHtml;

  md.renderer.rules['table_open'] = (tokens, idx) =>
    `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(tableLabel(tokens, idx))}"><table>\n`;
  md.renderer.rules['table_close'] = () => '</table></div>\n';
}

/**
 * Column alignment as a class instead of markdown-it's inline `style="text-align:…"`: the app's
 * Content-Security-Policy forbids inline styles, so the attribute would be ignored.
 */
export function tableAlignmentPlugin(md: MarkdownIt): void {
  md.core.ruler.push('table_align_class', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'th_open' && token.type !== 'td_open') continue;
      const style = token.attrGet('style');
      const m = style && /text-align:(left|center|right)/.exec(style);
      if (!m) continue;
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      token.attrJoin('class', `align-${m[1]}`);
    }
  });
}
