import type { RenderContext } from '../../../src/core/markdown';

/** A render context that makes every URL the library asks for visible in the output. */
export function testContext(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    glossary: {
      aed: { term: 'advance electronic data', definition: 'Data sent to customs before the goods arrive.' },
      wco: { term: 'World Customs Organization', definition: 'The intergovernmental body for customs.' },
    },
    mediaUrl: (path) => `app://pack/${path}`,
    lessonHref: (lessonId, anchor) => `#/lessons/${lessonId}${anchor === undefined ? '' : `?at=${anchor}`}`,
    labels: { note: 'Note', tip: 'Tip', warning: 'Warning', practice: 'In practice', externalLink: 'opens in your browser' },
    ...overrides,
  };
}
