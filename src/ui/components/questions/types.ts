import type { QuestionView } from '../../../core/content/views';
import type { Answer, AnswerOf } from '../../../core/quiz/answers';

export type ViewOf<T extends QuestionView['type']> = Extract<QuestionView, { type: T }>;

/** What every question input receives. `order` is the display order the attempt's seed gives. */
export interface InputProps<T extends QuestionView['type']> {
  question: ViewOf<T>;
  order: string[] | undefined;
  answer: AnswerOf<T> | undefined;
  onChange(answer: Answer): void;
  disabled: boolean;
}

/** The items of `list` in display order (ids missing from the order keep the pack's order). */
export function inOrder<T extends { id: string }>(list: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order) return list.slice();
  const byId = new Map(list.map((x) => [x.id, x]));
  return order.map((id) => byId.get(id)).filter((x): x is T => x !== undefined);
}
