// Answer keys must be consistent: ids unique, every question answerable, and every key
// pointing at something that exists. One checker per question type.
import type { Question, QuizFile } from './schemas';
import type { Problem } from './problems';
import { lineOf, type YamlFile } from './yamlFile';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;
type Of<T extends Question['type']> = Extract<Question, { type: T }>;

/** The blank ids a cloze text names, in order: `{{blank-id}}`. */
export const CLOZE_BLANK = /\{\{([a-z][a-z0-9-]*)\}\}/g;
export const blanksIn = (text: string): string[] => [...text.matchAll(CLOZE_BLANK)].map((m) => m[1]!);

export function checkQuizKeys(quiz: QuizFile, yaml: YamlFile, problems: Problem[]): void {
  const seenQuestions = new Set<string>();
  quiz.questions.forEach((q, qi) => {
    const report: Report = (path, message) =>
      problems.push({ file: yaml.file, line: lineOf(yaml, ['questions', qi, ...path]), message: `question "${q.id}": ${message}` });
    if (seenQuestions.has(q.id)) report(['id'], 'duplicate question id');
    seenQuestions.add(q.id);
    CHECKERS[q.type](q as never, report);
  });
}

function uniqueIds(items: readonly { id: string }[], field: string, what: string, report: Report): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) report([field, i, 'id'], `duplicate ${what} id "${item.id}"`);
    ids.add(item.id);
  });
  return ids;
}

function checkChoice(q: Of<'single'> | Of<'multiple'>, report: Report): void {
  const optionIds = uniqueIds(q.options, 'options', 'option', report);
  const keys = q.type === 'single' ? (q.answer === undefined ? [] : [q.answer]) : q.answers;
  const keyField = q.type === 'single' ? 'answer' : 'answers';
  if (keys.length === 0) {
    report([keyField], `no correct answer: set "${keyField}" to the id of ${q.type === 'single' ? 'the correct option' : 'each correct option'}`);
  }
  keys.forEach((key, ki) => {
    if (!optionIds.has(key)) {
      report(q.type === 'single' ? ['answer'] : ['answers', ki], `answer key "${key}" points at no option (options: ${[...optionIds].join(', ')})`);
    }
  });
  if (q.type === 'multiple' && new Set(keys).size !== keys.length) report(['answers'], 'an option is listed twice in "answers"');
}

function checkMatching(q: Of<'matching'>, report: Report): void {
  const ids = uniqueIds(q.pairs, 'pairs', 'pair', report);
  q.distractors.forEach((d, i) => {
    if (ids.has(d.id)) report(['distractors', i, 'id'], `distractor id "${d.id}" is also a pair id`);
    ids.add(d.id);
  });
}

function checkCloze(q: Of<'cloze'>, report: Report): void {
  const ids = uniqueIds(q.blanks, 'blanks', 'blank', report);
  for (const [lang, text] of Object.entries(q.text)) {
    const named = blanksIn(text);
    for (const id of new Set(named)) if (!ids.has(id)) report(['text', lang], `the ${lang} text names blank "${id}", which is not defined in "blanks"`);
    for (const id of ids) if (!named.includes(id)) report(['text', lang], `blank "${id}" does not appear in the ${lang} text`);
    if (new Set(named).size !== named.length) report(['text', lang], `the ${lang} text names a blank twice`);
  }
  q.blanks.forEach((b, bi) => {
    if (!b.choices) return;
    for (const [lang, accepted] of Object.entries(b.accept)) {
      const choices = b.choices[lang] ?? [];
      const missing = accepted.filter((a) => !choices.includes(a));
      if (missing.length) report(['blanks', bi, 'accept', lang], `blank "${b.id}": accepted ${lang} answer "${missing[0]}" is not one of its choices`);
    }
  });
}

function checkScenario(q: Of<'scenario'>, report: Report): void {
  const stepIds = uniqueIds(q.steps, 'steps', 'step', report);
  if (!stepIds.has(q.start)) report(['start'], `start step "${q.start}" does not exist`);
  q.steps.forEach((step, si) => {
    uniqueIds(step.choices, 'choices', 'choice', (path, m) => report(['steps', si, ...path], `step "${step.id}": ${m}`));
    if (!step.choices.some((c) => c.correct)) report(['steps', si, 'choices'], `step "${step.id}" has no correct choice`);
    step.choices.forEach((c, ci) => {
      if (c.next !== undefined && !stepIds.has(c.next)) report(['steps', si, 'choices', ci, 'next'], `choice "${c.id}" leads to step "${c.next}", which does not exist`);
    });
  });
  // Every step reachable from the start, and no path that loops back on itself.
  const byId = new Map(q.steps.map((s) => [s.id, s]));
  const state = new Map<string, 'visiting' | 'done'>();
  let loop: string | undefined;
  const visit = (id: string) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      loop ??= id;
      return;
    }
    state.set(id, 'visiting');
    for (const c of byId.get(id)?.choices ?? []) if (c.next && byId.has(c.next)) visit(c.next);
    state.set(id, 'done');
  };
  if (byId.has(q.start)) visit(q.start);
  if (loop) report(['steps'], `a path loops back to step "${loop}"`);
  q.steps.forEach((s, si) => {
    if (byId.has(q.start) && !state.has(s.id)) report(['steps', si, 'id'], `step "${s.id}" cannot be reached from the start`);
  });
}

function checkInspection(q: Of<'inspection'>, report: Report): void {
  uniqueIds(q.document.fields, 'fields', 'field', (path, m) => report(['document', ...path], m));
  if (!q.document.fields.some((f) => f.flag)) report(['document', 'fields'], 'no field is flagged: mark at least one red flag with "flag: true"');
}

const CHECKERS: { [T in Question['type']]: (q: Of<T>, report: Report) => void } = {
  single: checkChoice,
  multiple: checkChoice,
  'true-false': () => {},
  matching: checkMatching,
  ordering: (q, report) => void uniqueIds(q.items, 'items', 'item', report),
  cloze: checkCloze,
  numeric: () => {},
  scenario: checkScenario,
  inspection: checkInspection,
};
