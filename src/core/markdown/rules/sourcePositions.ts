import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { LessonEnv } from '../env';

/**
 * Remember where each inline token starts in the text of its block.
 *
 * The validator reports problems as `file:line`, but markdown-it gives line numbers to block
 * tokens only; a link in the fourth line of a paragraph would be reported on its first line.
 * Every inline rule (ours and markdown-it's) creates tokens through `state.push` while
 * `state.pos` still points at the construct's opening character, so recording `pos` there gives
 * an exact offset. This swaps the inline state class of this markdown-it instance only, and
 * records nothing unless the caller asked for it (scanLesson), so rendering pays nothing.
 */
export function sourcePositionsPlugin(md: MarkdownIt): void {
  const BaseState = md.inline.State;

  class PositionedInlineState extends BaseState {
    override push(type: string, tag: string, nesting: Token['nesting']): Token {
      const token = super.push(type, tag, nesting);
      (this.env as LessonEnv | undefined)?.inlineOffsets?.set(token, this.pos);
      return token;
    }
  }

  md.inline.State = PositionedInlineState;
}
