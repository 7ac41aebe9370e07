import type { Token } from 'markdown-it';
import type { RenderContext } from './types';

/**
 * Per-parse state, carried in markdown-it's `env`. Module globals would leak between lessons and
 * between concurrent renders; `env` lives exactly as long as one call.
 */
export interface LessonEnv {
  /** Set by renderLesson; absent while scanning, which never renders. */
  ctx?: RenderContext;
  /** Last tooltip number used, so every term tooltip id in one rendered lesson is unique. */
  termTipCount: number;
  /** Set by scanLesson only: offset of each inline token within the text of its block. */
  inlineOffsets?: Map<Token, number>;
  /** markdown-it keeps link reference definitions here. */
  references?: unknown;
}

export function newLessonEnv(ctx?: RenderContext): LessonEnv {
  return ctx ? { ctx, termTipCount: 0 } : { termTipCount: 0 };
}

/** The render context of a render rule's `env`; a missing one is a programming error. */
export function renderContextOf(env: unknown): RenderContext {
  const ctx = (env as Partial<LessonEnv> | undefined)?.ctx;
  if (!ctx) throw new Error('lesson markdown rendered without a RenderContext; use renderLesson()');
  return ctx;
}
