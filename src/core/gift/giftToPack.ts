// GIFT question → pack question, in one language. Where GIFT says more than our format can hold
// (partial credit on a single answer, several accepted numbers), the import keeps the nearest
// meaning and says what changed. Where GIFT says less (no feedback), it writes neutral texts.
import type { z } from 'zod';
import type { questionSchema } from '../content/schemas';
import type { GiftChoice, GiftNumber, GiftQuestion } from './giftModel';
import type { NeutralTexts } from './neutralText';
import { englishReason, type ReasonParams, type ReasonWithText } from '../reasons';

/** A question as written in a quiz file (defaults left out). */
export type QuestionInput = z.input<typeof questionSchema>;

export interface GiftMapping {
  question?: QuestionInput;
  /** Set when the GIFT question has no counterpart in our format: why it was left out. */
  skipped?: string;
  /** Set when the GIFT question cannot make a valid question: what is wrong. */
  problem?: ReasonWithText;
  /** What the import changed in meaning or dropped. */
  warnings: string[];
}

/** Option ids in pack style: a, b, … z, aa, ab, … */
export function letterId(index: number): string {
  let n = index;
  let id = '';
  do {
    id = String.fromCharCode(97 + (n % 26)) + id;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return id;
}

/** The blank of a question made from a GIFT short-answer or missing-word question. */
export const GIFT_BLANK_ID = 'blank';

/** The part of a cloze prompt that a missing-word question carries before its sentence (see giftFromPack). */
const PROMPT_END = /[.?!:…]$/;

/** Moodle's full credit: `=` without weight, or a 100% weight. */
const weightOf = (c: { correct?: boolean; weight?: number }): number => c.weight ?? (c.correct ? 100 : 0);
const quoted = (choices: readonly GiftChoice[]) => choices.map((c) => `"${c.text}" (${weightOf(c)}%)`).join(', ');

/** Numbers without floating-point noise: (3.141 + 3.142) / 2 is 3.1415, not 3.1414999999999997. */
const clean = (n: number): number => Number(n.toPrecision(12));

export function giftToQuestion(q: GiftQuestion, id: string, lang: string, texts: NeutralTexts): GiftMapping {
  const warnings: string[] = [];
  const loc = <T,>(value: T): Record<string, T> => ({ [lang]: value });
  /** Per-answer feedback, then the general feedback; a neutral text when GIFT has neither. */
  const explain = (feedback: string | undefined, neutral: string) => [feedback, q.generalFeedback].filter(Boolean).join('\n') || neutral;
  const blankText = q.textAfter !== undefined ? `${q.text}_____${q.textAfter}` : q.text;
  const prompt = blankText.trim();
  const result = (question: QuestionInput): GiftMapping => ({ question, warnings });
  const fail = (reason: string, params?: ReasonParams): GiftMapping => ({ problem: englishReason(reason, params), warnings });

  if (q.format === 'html') warnings.push('HTML formatting converted to plain text');
  if (q.format === 'markdown') warnings.push('Markdown kept as written: our question texts are plain text');

  const body = q.body;
  if (body.type === 'essay') return { skipped: 'essay (free-text answer graded by hand): our quizzes have no hand-graded questions', warnings };
  if (body.type === 'description') return { skipped: 'description (text without an answer block): not a question', warnings };
  const needsPrompt = body.type !== 'short-answer' && !(body.type === 'multiple-choice' && q.textAfter !== undefined);
  if (needsPrompt && prompt === '') return fail('errors.gift.noText');

  switch (body.type) {
    case 'true-false': {
      const right = explain(body.rightFeedback, texts.correct);
      const wrong = explain(body.wrongFeedback, texts.incorrect);
      return result({
        id,
        type: 'true-false',
        prompt: loc(prompt),
        answer: body.answer,
        explanation: body.answer ? { true: loc(right), false: loc(wrong) } : { true: loc(wrong), false: loc(right) },
      });
    }

    case 'matching': {
      const pairs = body.pairs.filter((p) => p.left !== '');
      const extra = body.pairs.filter((p) => p.left === '');
      if (pairs.length < 2) return fail('errors.gift.tooFewPairs', { count: pairs.length });
      return result({
        id,
        type: 'matching',
        prompt: loc(prompt),
        pairs: pairs.map((p, i) => ({
          id: letterId(i),
          left: loc(p.left),
          right: loc(p.right),
          explanation: loc(q.generalFeedback || texts.pair(p.left, p.right)),
        })),
        ...(extra.length > 0 && { distractors: extra.map((p, i) => ({ id: letterId(pairs.length + i), text: loc(p.right) })) }),
      });
    }

    case 'numeric': {
      const full = body.answers.filter((n) => weightOf({ correct: true, weight: n.weight }) >= 100);
      const positive = [...body.answers].filter((n) => (n.weight ?? 100) > 0).sort((a, b) => (b.weight ?? 100) - (a.weight ?? 100));
      const chosen = full[0] ?? positive[0];
      if (!chosen) return fail('errors.gift.noNumberCredit');
      if (!full[0]) warnings.push(`no answer has full credit: the best one (${chosen.weight}%) became the answer`);
      const others = body.answers.filter((n) => n !== chosen);
      if (others.length > 0) warnings.push(`only one accepted number is kept; dropped: ${others.map(describeNumber).join(', ')}`);
      if (body.wrongFeedback) warnings.push('the feedback for other numbers (~#...) is dropped');
      const { value, tolerance } = chosen.kind === 'range' ? { value: clean((chosen.min + chosen.max) / 2), tolerance: clean((chosen.max - chosen.min) / 2) } : chosen;
      return result({
        id,
        type: 'numeric',
        prompt: loc(prompt),
        answer: value,
        ...(tolerance > 0 && { tolerance }),
        explanation: loc(explain(chosen.feedback, texts.numeric(value, tolerance))),
      });
    }

    case 'short-answer':
    case 'multiple-choice': {
      const choices = body.type === 'short-answer' ? body.answers.map((a) => ({ ...a, correct: true })) : body.choices;
      // A dropdown blank (missing word with ~) or a typed blank (= only) becomes a cloze question.
      if (body.type === 'short-answer' || q.textAfter !== undefined) return toCloze(choices, body.type === 'multiple-choice');
      return toChoice(choices);
    }
  }

  function toCloze(choices: GiftChoice[], dropdown: boolean): GiftMapping {
    const full = choices.filter((c) => weightOf(c) >= 100);
    const partial = choices.filter((c) => weightOf(c) > 0 && weightOf(c) < 100);
    const accepted = full.length > 0 ? full : partial;
    if (accepted.length === 0) return fail('errors.gift.noCorrectAnswer');
    if (full.length === 0) warnings.push(`no answer has full credit: partly right answers accepted as right: ${quoted(partial)}`);
    else if (partial.length > 0) warnings.push(`partial credit dropped (these now count as wrong): ${quoted(partial)}`);
    const wrongTyped = dropdown ? [] : choices.filter((c) => weightOf(c) <= 0);
    if (wrongTyped.length > 0) warnings.push(`answers without credit dropped: ${quoted(wrongTyped)}`);
    const kept = accepted[0]!.feedback;
    const lost = choices.filter((c) => c.feedback && c.feedback !== kept);
    if (lost.length > 0) warnings.push(`only one explanation per blank: feedback on ${lost.map((c) => `"${c.text}"`).join(', ')} dropped`);

    let clozePrompt: string;
    let text: string;
    if (q.textAfter === undefined) {
      clozePrompt = prompt;
      text = `{{${GIFT_BLANK_ID}}}`;
    } else {
      // "Prompt.\nSentence with {…} blank." — the first line is the prompt (how giftFromPack writes it).
      const nl = q.text.lastIndexOf('\n');
      const head = nl >= 0 ? q.text.slice(0, nl).trim() : '';
      const hasPrompt = head !== '' && PROMPT_END.test(head);
      clozePrompt = hasPrompt ? head : texts.completeSentence;
      text = `${hasPrompt ? q.text.slice(nl + 1) : q.text}{{${GIFT_BLANK_ID}}}${q.textAfter}`.trim();
    }
    if (clozePrompt === '') return fail('errors.gift.noText');
    const unique = (list: string[]) => [...new Set(list)];
    return result({
      id,
      type: 'cloze',
      prompt: loc(clozePrompt),
      text: loc(text),
      blanks: [
        {
          id: GIFT_BLANK_ID,
          accept: loc(unique(accepted.map((c) => c.text))),
          ...(dropdown && { choices: loc(unique(choices.map((c) => c.text))) }),
          explanation: loc(explain(kept, texts.blank(accepted[0]!.text))),
        },
      ],
    });
  }

  function toChoice(choices: GiftChoice[]): GiftMapping {
    if (choices.length < 2) return fail('errors.gift.tooFewChoices');
    const full = choices.filter((c) => weightOf(c) >= 100);
    const positive = choices.filter((c) => weightOf(c) > 0);
    const partial = positive.filter((c) => weightOf(c) < 100);
    const options = (isRight: (c: GiftChoice) => boolean) =>
      choices.map((c, i) => ({ id: letterId(i), text: loc(c.text), explanation: loc(explain(c.feedback, isRight(c) ? texts.correct : texts.incorrect)) }));
    const idsOf = (subset: GiftChoice[]) => subset.map((c) => letterId(choices.indexOf(c)));

    if (choices.some((c) => c.correct)) {
      // Moodle: an `=` makes it a one-answer question (radio buttons).
      if (full.length <= 1) {
        const key = full[0] ?? [...partial].sort((a, b) => weightOf(b) - weightOf(a))[0];
        if (!key) return fail('errors.gift.noCorrectAnswer');
        const dropped = partial.filter((c) => c !== key);
        if (!full[0]) warnings.push(`no answer has full credit: the best one, "${key.text}" (${weightOf(key)}%), became the answer`);
        if (dropped.length > 0) warnings.push(`partial credit dropped (these now count as wrong): ${quoted(dropped)}`);
        return result({ id, type: 'single', prompt: loc(prompt), answer: letterId(choices.indexOf(key)), options: options((c) => c === key) });
      }
      if (partial.length > 0) warnings.push(`partial credit dropped (these now count as wrong): ${quoted(partial)}`);
      warnings.push('several full-credit answers: Moodle gives full credit for any one of them; here the learner must pick all of them');
      return result({ id, type: 'multiple', prompt: loc(prompt), answers: idsOf(full), options: options((c) => full.includes(c)) });
    }
    // No `=`: Moodle's multiple-answer question (checkboxes), scored by the %weights.
    if (positive.length === 0) return fail('errors.gift.noCorrectAnswer');
    const weights = positive.map(weightOf);
    const total = weights.reduce((s, w) => s + w, 0);
    if (weights.some((w) => Math.abs(w - 100 / positive.length) > 0.01) || Math.abs(total - 100) > 0.01) {
      warnings.push(`weights ${weights.map((w) => `${w}%`).join(', ')} become equal shares of the right answers`);
    }
    if (choices.some((c) => weightOf(c) === 0)) {
      warnings.push('wrong answers without a negative weight cost nothing in Moodle; here each wrong pick cancels a right one');
    }
    return result({ id, type: 'multiple', scoring: 'partial', prompt: loc(prompt), answers: idsOf(positive), options: options((c) => positive.includes(c)) });
  }
}

function describeNumber(n: GiftNumber): string {
  const value = n.kind === 'range' ? `${n.min}..${n.max}` : n.tolerance > 0 ? `${n.value}±${n.tolerance}` : `${n.value}`;
  return n.weight !== undefined ? `${value} (${n.weight}%)` : value;
}
