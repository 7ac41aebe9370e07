// GIFT (Moodle's "General Import Format Template") as a syntax tree: what a GIFT file says,
// before it means anything in our pack format. The parser builds it, the serializer writes it,
// and the mapping modules translate it to and from pack questions.
//
// Texts in the tree are plain text: escapes resolved (`\{` is "{", `\n` is a line break) and a
// leading format marker ([html], [markdown]...) taken off and recorded in `format`.
import type { ReasonParams } from '../reasons';

export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';
export const GIFT_FORMATS: readonly GiftFormat[] = ['moodle', 'html', 'plain', 'markdown'];

/** One answer of a multiple-choice or short-answer block: `=text`, `~text`, `~%50%text#feedback`. */
export interface GiftChoice {
  text: string;
  /** True for `=` (full credit in Moodle), false for `~`. */
  correct: boolean;
  /** The `%n%` weight in percent, when written. */
  weight?: number;
  feedback?: string;
}

/** One accepted number: `1822`, `3.1415:0.0005` or `3.141..3.142`, with its weight and feedback. */
export type GiftNumber = (
  | { kind: 'exact'; value: number; tolerance: number }
  | { kind: 'range'; min: number; max: number }
) & { weight?: number; feedback?: string };

export type GiftBody =
  /** Contains at least one `~`: Moodle's multichoice (radio buttons with one `=`, else checkboxes). */
  | { type: 'multiple-choice'; choices: GiftChoice[] }
  /** Only `=` answers: Moodle's short answer; every answer is accepted (with its weight). */
  | { type: 'short-answer'; answers: GiftChoice[] }
  /** `{T}`, `{FALSE#feedback when wrong#feedback when right}`. */
  | { type: 'true-false'; answer: boolean; wrongFeedback?: string; rightFeedback?: string }
  /** `=left -> right`; an empty left side is an extra wrong answer (a distractor). */
  | { type: 'matching'; pairs: { left: string; right: string }[] }
  /** `{#...}`; `~#feedback` is the feedback for any other number. */
  | { type: 'numeric'; answers: GiftNumber[]; wrongFeedback?: string }
  /** `{}`: a free-text answer graded by hand. */
  | { type: 'essay' }
  /** No answer block at all: text shown between questions. */
  | { type: 'description' };

export interface GiftQuestion {
  kind: 'question';
  /** 1-based line where the question starts in the GIFT file. */
  line: number;
  title?: string;
  /** The question text's format marker, when it had one. */
  format?: GiftFormat;
  /** The question text before the answer block (all of it when the block ends the question). */
  text: string;
  /**
   * The text after the answer block. Set only when the block sits inside the text (Moodle's
   * "missing word" form, shown as a blank); unset when the block ends the question.
   */
  textAfter?: string;
  body: GiftBody;
  /** `####...`: shown to every learner after answering. */
  generalFeedback?: string;
  /** Comment lines written before the question (serializer only; the parser drops comments). */
  comments?: string[];
}

export interface GiftCategory {
  kind: 'category';
  line: number;
  /** `$CATEGORY: a/b/c` → "a/b/c". */
  path: string;
  comments?: string[];
}

export type GiftItem = GiftQuestion | GiftCategory;

/** Something wrong in a GIFT file, at a line: a reason key (an i18n key) and its values. */
export interface GiftProblem {
  line: number;
  reason: string;
  params: ReasonParams;
}

export function giftProblem(line: number, reason: string, params: ReasonParams = {}): GiftProblem {
  return { line, reason, params };
}

