// Words the lesson renderer writes into lesson HTML (callout titles, the external-link hint).
// They live in the UI locale files like every other UI string.
import type { RenderContext } from '../markdown';

export const LESSON_LABEL_KEYS = {
  note: 'lesson.callout.note',
  tip: 'lesson.callout.tip',
  warning: 'lesson.callout.warning',
  practice: 'lesson.callout.practice',
  externalLink: 'lesson.externalLinkHint',
} as const satisfies Record<keyof RenderContext['labels'], string>;

export function lessonLabels(translate: (key: string) => string): RenderContext['labels'] {
  return {
    note: translate(LESSON_LABEL_KEYS.note),
    tip: translate(LESSON_LABEL_KEYS.tip),
    warning: translate(LESSON_LABEL_KEYS.warning),
    practice: translate(LESSON_LABEL_KEYS.practice),
    externalLink: translate(LESSON_LABEL_KEYS.externalLink),
  };
}
