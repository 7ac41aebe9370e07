// Questions as the renderer receives them: text resolved in one language, keys included so the
// renderer can give feedback at once (the service re-scores every attempt from the pack).
import type { Localized, LocalizedList, Question } from './schemas';
import type { ScorableQuestion } from '../quiz/scoring';

export interface OptionView {
  id: string;
  text: string;
  explanation: string;
}

type Scoring = 'all-or-nothing' | 'partial';
interface Base {
  /** The question id, or `<quiz>/<question>` when an assessment drew it from another quiz. */
  id: string;
  prompt: string;
  tags: string[];
}

export type QuestionView = Base &
  (
    | { type: 'single'; answer?: string; options: OptionView[] }
    | { type: 'multiple'; answers: string[]; scoring: Scoring; options: OptionView[] }
    | { type: 'true-false'; answer: boolean; explanation: { true: string; false: string } }
    | {
        type: 'matching';
        scoring: Scoring;
        /** `id` names both sides of a pair: the right item with the same id is the match. */
        pairs: { id: string; left: string; right: string; explanation: string }[];
        distractors: { id: string; text: string }[];
      }
    | { type: 'ordering'; scoring: Scoring; items: { id: string; text: string }[]; explanation: string }
    | {
        type: 'cloze';
        scoring: Scoring;
        /** The text split at the blanks: strings and blank ids, in reading order. */
        parts: ({ text: string } | { blank: string })[];
        blanks: { id: string; accept: string[]; match: 'loose' | 'exact'; choices?: string[]; explanation: string }[];
      }
    | { type: 'numeric'; answer: number; tolerance: number; unit?: string; explanation: string }
    | {
        type: 'scenario';
        start: string;
        steps: { id: string; text: string; choices: { id: string; text: string; correct: boolean; feedback: string; next?: string }[] }[];
        debrief: string;
      }
    | {
        type: 'inspection';
        document: {
          kind: string;
          title: string;
          fields: { id: string; label: string; value: string; flag: boolean; explanation: string }[];
        };
      }
  );

// Every question view must stay scorable by the same function as the pack's questions.
const _viewsAreScorable = (q: QuestionView): ScorableQuestion => q;
void _viewsAreScorable;

export function textIn(text: Localized, lang: string): string {
  return text[lang] ?? Object.values(text)[0] ?? '';
}

function listIn(list: LocalizedList, lang: string): string[] {
  return list[lang] ?? Object.values(list)[0] ?? [];
}

/** Splits "a {{x}} b" into [{text:'a '}, {blank:'x'}, {text:' b'}]. */
export function clozeParts(text: string): ({ text: string } | { blank: string })[] {
  const parts: ({ text: string } | { blank: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{\{([a-z][a-z0-9-]*)\}\}/g)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ blank: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

export function questionView(q: Question, lang: string, id: string = q.id): QuestionView {
  const t = (text: Localized) => textIn(text, lang);
  const base: Base = { id, prompt: t(q.prompt), tags: q.tags ?? [] };
  switch (q.type) {
    case 'true-false':
      return { ...base, type: q.type, answer: q.answer, explanation: { true: t(q.explanation.true), false: t(q.explanation.false) } };
    case 'single':
    case 'multiple': {
      const options = q.options.map((o) => ({ id: o.id, text: t(o.text), explanation: t(o.explanation) }));
      if (q.type === 'single') return { ...base, type: q.type, answer: q.answer, options };
      return { ...base, type: q.type, answers: q.answers, scoring: q.scoring, options };
    }
    case 'matching':
      return {
        ...base,
        type: q.type,
        scoring: q.scoring,
        pairs: q.pairs.map((p) => ({ id: p.id, left: t(p.left), right: t(p.right), explanation: t(p.explanation) })),
        distractors: q.distractors.map((d) => ({ id: d.id, text: t(d.text) })),
      };
    case 'ordering':
      return { ...base, type: q.type, scoring: q.scoring, items: q.items.map((i) => ({ id: i.id, text: t(i.text) })), explanation: t(q.explanation) };
    case 'cloze':
      return {
        ...base,
        type: q.type,
        scoring: q.scoring,
        parts: clozeParts(t(q.text)),
        blanks: q.blanks.map((b) => ({
          id: b.id,
          accept: listIn(b.accept, lang),
          match: b.match,
          choices: b.choices && listIn(b.choices, lang),
          explanation: t(b.explanation),
        })),
      };
    case 'numeric':
      return { ...base, type: q.type, answer: q.answer, tolerance: q.tolerance, unit: q.unit && t(q.unit), explanation: t(q.explanation) };
    case 'scenario':
      return {
        ...base,
        type: q.type,
        start: q.start,
        steps: q.steps.map((s) => ({
          id: s.id,
          text: t(s.text),
          choices: s.choices.map((c) => ({ id: c.id, text: t(c.text), correct: c.correct, feedback: t(c.feedback), next: c.next })),
        })),
        debrief: t(q.debrief),
      };
    case 'inspection':
      return {
        ...base,
        type: q.type,
        document: {
          kind: q.document.kind,
          title: t(q.document.title),
          fields: q.document.fields.map((f) => ({ id: f.id, label: t(f.label), value: t(f.value), flag: f.flag, explanation: t(f.explanation) })),
        },
      };
  }
}
