// The files of a new pack (`npm run pack -- new <dir> --langs en,fr`): one module with one
// lesson, its knowledge check and an end-of-module quiz, in each language asked for. It passes
// content:check as written, so a trainer starts from something that builds and edits from there.

/** Sample text per language; a language without its own sample gets the English one to translate. */
const SAMPLE: Record<string, { packTitle: string; moduleTitle: string; lessonTitle: string; objectives: [string, string]; body: string; quizTitle: string; checkTitle: string; prompt: string; right: string; wrong: string; why: string; whyNot: string }> = {
  en: {
    packTitle: 'National module',
    moduleTitle: 'Our procedures for e-commerce parcels',
    lessonTitle: 'Who declares a parcel',
    objectives: ['Name who lodges the declaration for a low-value parcel', 'Find the national rule that applies'],
    body: '## The rule\n\nReplace this text with your national rule.\n\n## In practice\n\nDescribe how officers apply it at the border.\n',
    quizTitle: 'End-of-module quiz',
    checkTitle: 'Knowledge check',
    prompt: 'Who lodges the declaration for a low-value parcel here?',
    right: 'The party the national rule names',
    wrong: 'Nobody',
    why: 'Right: the national rule names the declarant.',
    whyNot: 'Wrong: every parcel is declared by someone.',
  },
  fr: {
    packTitle: 'Module national',
    moduleTitle: 'Nos procédures pour les colis du commerce électronique',
    lessonTitle: 'Qui déclare un colis',
    objectives: ['Nommer qui dépose la déclaration d’un colis de faible valeur', 'Trouver la règle nationale applicable'],
    body: '## La règle\n\nRemplacez ce texte par votre règle nationale.\n\n## En pratique\n\nDécrivez comment les agents l’appliquent à la frontière.\n',
    quizTitle: 'Évaluation de fin de module',
    checkTitle: 'Vérification des acquis',
    prompt: 'Qui dépose ici la déclaration d’un colis de faible valeur ?',
    right: 'La partie que désigne la règle nationale',
    wrong: 'Personne',
    why: 'Exact : la règle nationale désigne le déclarant.',
    whyNot: 'Faux : chaque colis est déclaré par quelqu’un.',
  },
};

const q = (s: string) => JSON.stringify(s);

/** The files of a new pack, by path. */
export function scaffoldPack(id: string, langs: readonly string[]): Record<string, string> {
  const sample = (lang: string) => SAMPLE[lang] ?? SAMPLE.en!;
  const localized = (indent: string, pick: (s: (typeof SAMPLE)['en']) => string) => langs.map((l) => `${indent}${l}: ${q(pick(sample(l)))}`).join('\n');
  const files: Record<string, string> = {};
  files['pack.yaml'] = `formatVersion: 1\nid: ${id}\nversion: 1.0.0\nlanguages: [${langs.join(', ')}]\ntitle:\n${localized('  ', (s) => s.packTitle)}\nmodules:\n  - national\n`;
  files['modules/national/module.yaml'] =
    `id: national\ntitle:\n${localized('  ', (s) => s.moduleTitle)}\nlessons:\n  - id: who-declares\n    check: who-declares-check\nquiz: national-quiz\n`;
  for (const lang of langs) {
    const s = sample(lang);
    files[`modules/national/lessons/who-declares.${lang}.md`] =
      `---\nid: who-declares\ntitle: ${q(s.lessonTitle)}\nminutes: 5\nobjectives:\n${s.objectives.map((o) => `  - ${q(o)}`).join('\n')}\n---\n\n${s.body}`;
  }
  const question = (qid: string) =>
    `  - id: ${qid}\n    type: single\n    prompt:\n${localized('      ', (s) => s.prompt)}\n    answer: a\n    options:\n` +
    `      - id: a\n        text:\n${localized('          ', (s) => s.right)}\n        explanation:\n${localized('          ', (s) => s.why)}\n` +
    `      - id: b\n        text:\n${localized('          ', (s) => s.wrong)}\n        explanation:\n${localized('          ', (s) => s.whyNot)}\n`;
  files['modules/national/quizzes/who-declares-check.yaml'] = `id: who-declares-check\ntitle:\n${localized('  ', (s) => s.checkTitle)}\nquestions:\n${question('q1')}`;
  files['modules/national/quizzes/national-quiz.yaml'] = `id: national-quiz\ntitle:\n${localized('  ', (s) => s.quizTitle)}\nquestions:\n${question('q1')}`;
  return files;
}
