// The validator for the question types beyond choices, and draws: a valid quiz of every type
// loads, and each defect is reported at its line with a message naming it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quizView } from '../../../src/core/content/views';
import { loadFixtureWith, REPO_ROOT, VALID_PACK } from './fixturePacks';

const QUIZ = 'modules/basics/quizzes/basics-quiz.yaml';
const EVERY_TYPE = fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/packs/every-type/modules/practice/quizzes/basics-quiz.yaml'), 'utf8');

const loadWith = (files: Record<string, string>) => loadFixtureWith(VALID_PACK, files);
const messages = (files: Record<string, string>) => loadWith(files).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('question types beyond choices', () => {
  it('a quiz with one question of each type loads, and its view is in the learner language', () => {
    const { pack, problems } = loadWith({ [QUIZ]: EVERY_TYPE });
    expect(problems).toEqual([]);
    const view = quizView(pack!, pack!.quizzes.get('basics-quiz')!, 'fr');
    expect(view.questions.map((q) => q.type)).toEqual(['matching', 'ordering', 'cloze', 'numeric', 'scenario', 'inspection']);
    const cloze = view.questions[2]!;
    expect(cloze.type === 'cloze' && cloze.parts).toEqual([
      { text: 'Les marchandises à faible risque obtiennent la ' },
      { blank: 'release' },
      { text: ' si les données arrivent ' },
      { blank: 'when' },
      { text: '.' },
    ]);
    expect(cloze.type === 'cloze' && cloze.blanks[1]!.choices).toEqual(["avant l'arrivée", "après l'arrivée"]);
  });

  const defects: { name: string; edit: (y: string) => string; needle: string; message: string }[] = [
    {
      name: 'a blank named in the text but not defined',
      edit: (y) => y.replace('arrivent {{when}}.', 'arrivent {{when}} {{extra}}.'),
      needle: 'arrivent {{when}} {{extra}}',
      message: 'question "cloze": the fr text names blank "extra", which is not defined in "blanks"',
    },
    {
      name: 'a dropdown whose accepted answer is not a choice',
      edit: (y) => y.replace("accept: { en: [before arrival], fr: [avant l'arrivée] }", "accept: { en: [beforehand], fr: [avant l'arrivée] }"),
      needle: 'accept: { en: [beforehand]',
      message: 'question "cloze": blank "when": accepted en answer "beforehand" is not one of its choices',
    },
    {
      name: 'a scenario that loops',
      edit: (y) => y.replace("            text: { en: Treat as a sale, fr: Traiter comme une vente }\n            correct: true", "            text: { en: Treat as a sale, fr: Traiter comme une vente }\n            correct: true\n            next: s1"),
      needle: '- id: s1',
      message: 'question "case": a path loops back to step "s1"',
    },
    {
      name: 'an inspection with no red flag',
      edit: (y) => y.replace('          flag: true\n', ''),
      needle: '- id: contents',
      message: 'question "cn23": no field is flagged: mark at least one red flag with "flag: true"',
    },
    {
      name: 'a duplicate matching pair id',
      edit: (y) => y.replace('      - id: b\n        left', '      - id: a\n        left'),
      needle: 'left: { en: Standard 8',
      message: 'question "match": duplicate pair id "a"',
    },
  ];
  for (const d of defects) {
    it(`reports ${d.name}, at its line, and nothing else`, () => {
      const yaml = d.edit(EVERY_TYPE);
      expect(yaml).not.toBe(EVERY_TYPE);
      const line = d.name.includes('duplicate matching') ? lineOf(yaml, d.needle) - 1 : lineOf(yaml, d.needle);
      expect(messages({ [QUIZ]: yaml })).toEqual([`${QUIZ}:${line}: ${d.message}`]);
    });
  }

  it('reports a choice leading to no step, and the step it no longer reaches', () => {
    const yaml = EVERY_TYPE.replace('next: s2', 'next: s9');
    expect(messages({ [QUIZ]: yaml })).toEqual([
      `${QUIZ}:${lineOf(yaml, 'next: s9')}: question "case": choice "a" leads to step "s9", which does not exist`,
      `${QUIZ}:${lineOf(yaml, '- id: s2')}: question "case": step "s2" cannot be reached from the start`,
    ]);
  });

  it('reports a step that cannot be reached', () => {
    const yaml = EVERY_TYPE.replace('            next: s2\n', '');
    expect(messages({ [QUIZ]: yaml })).toEqual([`${QUIZ}:${lineOf(yaml, '- id: s2')}: question "case": step "s2" cannot be reached from the start`]);
  });
});

describe('assessments that draw from a bank', () => {
  const draw = (rule: string) => `id: basics-quiz\ntitle: { en: Final, fr: Final }\nmode: exam\nfinal: true\ndraw:\n${rule}\n`;
  it('a draw from a quiz that exists loads, and the seed decides the questions', () => {
    const { pack, problems } = loadWith({ [QUIZ]: draw('  count: 2\n  quizzes: [intro-check]') });
    expect(problems).toEqual([]);
    const quiz = pack!.quizzes.get('basics-quiz')!;
    const pool = pack!.quizzes.get('intro-check')!.questions.length;
    const views = Array.from({ length: 30 }, (_, seed) => quizView(pack!, quiz, 'en', seed + 1));
    expect(views.every((v) => v.questions.length === 2 && v.drawn && v.mode === 'exam' && v.final)).toBe(true);
    expect(views[0]!.questions.every((q) => q.id.startsWith('intro-check/'))).toBe(true);
    expect(quizView(pack!, quiz, 'en', 7)).toEqual(quizView(pack!, quiz, 'en', 7));
    if (pool > 2) expect(new Set(views.map((v) => v.questions.map((q) => q.id).join())).size).toBeGreaterThan(1);
  });

  it('reports a draw larger than its bank, and a quiz that does not exist', () => {
    const yaml = draw('  count: 99\n  quizzes: [intro-check, nowhere]');
    expect(messages({ [QUIZ]: yaml })).toEqual([
      `${QUIZ}:${lineOf(yaml, 'quizzes:')}: draws from quiz "nowhere", which does not exist`,
      expect.stringMatching(new RegExp(`^${QUIZ}:${lineOf(yaml, 'count: 99')}: draws 99 questions, but the bank it names has only \\d+$`)),
    ]);
  });

  it('reports a quiz with neither questions nor a draw', () => {
    const yaml = 'id: basics-quiz\ntitle: { en: Empty, fr: Vide }\n';
    expect(messages({ [QUIZ]: yaml })).toEqual([`${QUIZ}:1: needs at least one question, or a "draw" rule`]);
  });
});
