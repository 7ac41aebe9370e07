import type MarkdownIt from 'markdown-it';
import type { StateInline } from 'markdown-it';
import { renderContextOf, type LessonEnv } from '../env';

export const GLOSSARY_TERM_TOKEN = 'glossary_term';

export interface GlossaryTermMeta {
  id: string;
  /** The trainer's own words (`[[id|words]]`); undefined means "show the glossary term". */
  words: string | undefined;
}

const BRACKET_OPEN = 0x5b;
const PAREN_OPEN = 0x28;

/**
 * Inline rule for `[[term-id]]` and `[[term-id|words]]`.
 *
 * Runs before markdown-it's link rule, which would otherwise read `[[id]]` as a broken link.
 * `[[1]](url)` and `[[1]][ref]` stay links (a bracketed citation number is a fair link text).
 * The id is taken loosely (anything without brackets, bars or line breaks) so that a typo such
 * as `[[Risk management]]` becomes an unknown id that the validator reports, rather than
 * silent literal text. `\|` is accepted as the separator too: inside a table it is the only
 * way to write one, and trainers copy examples from tables.
 */
function glossaryTerm(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  const src = state.src;
  if (src.charCodeAt(start) !== BRACKET_OPEN || src.charCodeAt(start + 1) !== BRACKET_OPEN) return false;

  const end = src.indexOf(']]', start + 2);
  if (end < 0 || end + 2 > state.posMax) return false;
  const following = src.charCodeAt(end + 2);
  if (following === PAREN_OPEN || following === BRACKET_OPEN) return false;

  const inner = src.slice(start + 2, end);
  if (inner.includes('[')) return false;
  const bar = inner.indexOf('|');
  const rawId = bar < 0 ? inner : inner.slice(0, bar).replace(/\\$/, '');
  const id = rawId.trim();
  if (id === '' || /[\n|\\]/.test(id)) return false;
  const words = bar < 0 ? undefined : inner.slice(bar + 1).replace(/\s+/g, ' ').trim() || undefined;

  if (!silent) {
    const token = state.push(GLOSSARY_TERM_TOKEN, '', 0);
    const meta: GlossaryTermMeta = { id, words };
    token.meta = meta;
    token.content = words ?? id;
  }
  state.pos = end + 2;
  return true;
}

/**
 * Glossary terms as a focusable word with its definition in a tooltip, so keyboard users get
 * the definition on focus as mouse users do on hover. Tooltip ids are numbered per render (in
 * `env`) so that two uses of one term on a page never share an id. A term missing from the
 * glossary still shows its words, marked for the author rather than hidden from the learner.
 */
export function glossaryTermsPlugin(md: MarkdownIt): void {
  const escapeHtml = md.utils.escapeHtml;

  md.inline.ruler.before('link', GLOSSARY_TERM_TOKEN, glossaryTerm);

  md.renderer.rules[GLOSSARY_TERM_TOKEN] = (tokens, idx, _options, env: LessonEnv) => {
    const { id, words } = tokens[idx]!.meta as GlossaryTermMeta;
    const glossary = renderContextOf(env).glossary;
    // Own properties only: `[[constructor]]` must not find Object.prototype.constructor.
    const entry = Object.hasOwn(glossary, id) ? glossary[id] : undefined;
    if (!entry) return `<span class="term-missing">${escapeHtml(words ?? id)}</span>`;

    env.termTipCount += 1;
    const tipId = `term-tip-${env.termTipCount}`;
    return (
      `<span class="term" tabindex="0" data-term="${escapeHtml(id)}" aria-describedby="${tipId}">` +
      `${escapeHtml(words ?? entry.term)}</span>` +
      `<span class="term-tip" role="tooltip" id="${tipId}">${escapeHtml(entry.definition)}</span>`
    );
  };
}
