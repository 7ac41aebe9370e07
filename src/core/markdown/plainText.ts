import type { Token } from 'markdown-it';
import { GLOSSARY_TERM_TOKEN, type GlossaryTermMeta } from './rules/glossaryTerms';

/**
 * The text a reader sees in inline tokens, without markup and without depending on the
 * learner's language: heading anchors and table labels must be the same when the validator
 * scans a lesson (no glossary at hand) and when the app renders it.
 */
export function plainText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        text += token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += ' ';
        break;
      case 'image':
        text += plainText(token.children ?? []);
        break;
      case GLOSSARY_TERM_TOKEN: {
        const meta = token.meta as GlossaryTermMeta;
        text += meta.words ?? meta.id;
        break;
      }
      default:
        break;
    }
  }
  return text;
}
