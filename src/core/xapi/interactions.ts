// Each of the app's nine question types as an xAPI interaction: its interactionType, the
// correct response pattern and the learner's response, in the formats of the xAPI 1.0.3
// specification (section 2.4.4.1.1): "[,]" separates items, "[.]" the two sides of a matching
// pair, "[:]" a numeric range; "{case_matters=false}" prefixes a loose fill-in pattern.
//   single       choice       pattern "<option>"                response "<option>"
//   multiple     choice       pattern "<a>[,]<b>"               response the options picked
//   true-false   true-false   pattern "true" | "false"
//   matching     matching     pattern "<left>[.]<right>[,]…"    (a pair's id names both sides)
//   ordering     sequencing   pattern the item ids in order
//   cloze        fill-in      pattern the first accepted answer of each blank, in order
//   numeric      numeric      pattern "<answer-tol>[:]<answer+tol>", response the number typed
//   scenario     other        pattern the path of the right choices "<step>[.]<choice>[,]…"
//   inspection   choice       pattern the red-flag field ids; response the fields marked
import type { Answer } from '../quiz/answers';
import { parseTypedNumber } from '../quiz/normalize';
import type { ScorableQuestion } from '../quiz/scoring';
import type { InteractionType } from './statement';

export interface Interaction {
  interactionType: InteractionType;
  correctResponsesPattern: string[];
  choices?: { id: string }[];
  source?: { id: string }[];
  target?: { id: string }[];
  steps?: { id: string }[];
}

const list = (ids: readonly string[]) => ids.join('[,]');
const ids = (items: readonly { id: string }[]) => items.map((i) => ({ id: i.id }));
/** xAPI's delimiters may not appear inside a typed answer: they would split it. */
const typedText = (s: string) => s.replace(/\[[,.:]\]/g, ' ');

/** The path a learner takes through a case choosing right at each step (the first right choice). */
function rightPath(q: Extract<ScorableQuestion, { type: 'scenario' }>): string[] {
  const steps = new Map(q.steps.map((s) => [s.id, s]));
  const path: string[] = [];
  const seen = new Set<string>();
  for (let at: string | undefined = q.start; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const choice: { id: string; next?: string } | undefined = steps.get(at)?.choices.find((c) => c.correct);
    if (!choice) break;
    path.push(`${at}[.]${choice.id}`);
    at = choice.next;
  }
  return path;
}

export function interactionOf(q: ScorableQuestion): Interaction {
  switch (q.type) {
    case 'single':
      return { interactionType: 'choice', correctResponsesPattern: q.answer ? [q.answer] : [], choices: ids(q.options) };
    case 'multiple':
      return { interactionType: 'choice', correctResponsesPattern: [list(q.answers)], choices: ids(q.options) };
    case 'true-false':
      return { interactionType: 'true-false', correctResponsesPattern: [String(q.answer)] };
    case 'matching':
      return {
        interactionType: 'matching',
        correctResponsesPattern: [list(q.pairs.map((p) => `${p.id}[.]${p.id}`))],
        source: ids(q.pairs),
        target: ids(q.pairs),
      };
    case 'ordering':
      return { interactionType: 'sequencing', correctResponsesPattern: [list(q.items.map((i) => i.id))], choices: ids(q.items) };
    case 'cloze': {
      const loose = q.blanks.some((b) => b.match === 'loose');
      return {
        interactionType: 'fill-in',
        correctResponsesPattern: [`${loose ? '{case_matters=false}' : ''}${list(q.blanks.map((b) => typedText(b.accept[0] ?? '')))}`],
      };
    }
    case 'numeric':
      return {
        interactionType: 'numeric',
        correctResponsesPattern: [q.tolerance > 0 ? `${q.answer - q.tolerance}[:]${q.answer + q.tolerance}` : String(q.answer)],
      };
    case 'scenario':
      return {
        interactionType: 'other',
        correctResponsesPattern: [list(rightPath(q))],
        steps: q.steps.flatMap((s) => s.choices.map((c) => ({ id: `${s.id}[.]${c.id}` }))),
      };
    case 'inspection':
      return {
        interactionType: 'choice',
        correctResponsesPattern: [list(q.document.fields.filter((f) => f.flag).map((f) => f.id))],
        choices: ids(q.document.fields),
      };
  }
}

/** The learner's response in the interaction's format; undefined when the question went unanswered. */
export function responseOf(q: ScorableQuestion, a: Answer | undefined): string | undefined {
  if (!a || a.type !== q.type) return undefined;
  switch (a.type) {
    case 'single':
      return a.option;
    case 'multiple':
      return list(a.options);
    case 'true-false':
      return String(a.value);
    case 'matching':
      return list(Object.entries(a.pairs).map(([left, right]) => `${left}[.]${right}`));
    case 'ordering':
      return list(a.order);
    case 'cloze':
      return q.type === 'cloze' ? list(q.blanks.map((b) => typedText(Object.hasOwn(a.blanks, b.id) ? a.blanks[b.id]! : ''))) : undefined;
    case 'numeric': {
      const value = parseTypedNumber(a.value);
      return value === undefined ? typedText(a.value) : String(value);
    }
    case 'scenario':
      return list(a.path.map((p) => `${p.step}[.]${p.choice}`));
    case 'inspection':
      return list(a.flagged);
  }
}
