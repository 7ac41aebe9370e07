import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { renderContextOf } from '../env';
import { classifyLinkTarget, type LinkTarget } from '../targets';

interface LinkMeta {
  target: LinkTarget;
}

/**
 * Core rule: decide once what each link is and give the answer to both its opening and its
 * closing token, since the closing one renders differently for external links.
 */
function classifyLinks(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let open: Token | undefined;
    for (const token of block.children) {
      if (token.type === 'link_open') {
        open = token;
        const meta: LinkMeta = { target: classifyLinkTarget(token.attrGet('href') ?? '') };
        token.meta = meta;
      } else if (token.type === 'link_close' && open) {
        token.meta = open.meta;
        open = undefined;
      }
    }
  }
}

/**
 * Links the offline app can follow safely:
 * - `lesson:id#anchor` goes through the app's router (ctx.lessonHref) and is marked so the UI
 *   can intercept it;
 * - `#anchor` stays within the page;
 * - http(s) is marked external (the app asks before opening the system browser), never passes
 *   a referrer, and says so to screen-reader users, who cannot see an icon;
 * - `mailto:` is harmless.
 * Anything else (javascript:, file:, data:, relative paths…) keeps its text and loses its link.
 */
export function linksPlugin(md: MarkdownIt): void {
  const escapeHtml = md.utils.escapeHtml;

  md.core.ruler.push('classify_links', classifyLinks);

  md.renderer.rules['link_open'] = (tokens, idx, _options, env) => {
    const token = tokens[idx]!;
    const { target } = token.meta as LinkMeta;
    const title = token.attrGet('title');
    const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
    switch (target.kind) {
      case 'lesson': {
        const href = renderContextOf(env).lessonHref(target.lessonId, target.anchor);
        return `<a href="${escapeHtml(href)}" data-lesson-link="${escapeHtml(target.lessonId)}"${titleAttr}>`;
      }
      case 'anchor':
      case 'mailto':
        return `<a href="${escapeHtml(target.href)}"${titleAttr}>`;
      case 'external':
        return `<a href="${escapeHtml(target.href)}" data-external="true" rel="noopener noreferrer"${titleAttr}>`;
      case 'blocked':
        return '';
    }
  };

  md.renderer.rules['link_close'] = (tokens, idx, _options, env) => {
    const { target } = tokens[idx]!.meta as LinkMeta;
    if (target.kind === 'blocked') return '';
    if (target.kind === 'external') {
      const label = escapeHtml(renderContextOf(env).labels.externalLink);
      return `<span class="visually-hidden"> (${label})</span></a>`;
    }
    return '</a>';
  };
}
