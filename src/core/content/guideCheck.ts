// Loads and checks the facilitator guides of a pack (modules/<id>/guide.<lang>.yaml). Guides
// are optional, but a module that has one has it in every language of the pack; each one names
// only lessons and quizzes of its module and gives every lesson of it a step; and every language
// plans the same session: the same steps with the same timings, modes, lessons and quizzes, and
// as many questions, misconceptions and adaptation points. A trainer who switches language
// mid-course must run the same half day.
import { guidePath, guideSchema, type Guide } from './guide';
import type { Module, Quiz } from './model';
import type { Problem } from './problems';
import { lineOf, parseYaml, validateYaml, type YamlFile } from './yamlFile';

/** Facilitator guides by module id, then language. */
export type GuideMap = Map<string, Record<string, Guide>>;

interface GuideVersion {
  lang: string;
  guide: Guide;
  yaml: YamlFile;
}

type Path = (string | number)[];

export function loadGuides(
  read: (file: string) => string | undefined,
  modules: readonly Module[],
  quizzes: ReadonlyMap<string, Quiz>,
  languages: readonly string[],
  problems: Problem[],
): GuideMap {
  const guides: GuideMap = new Map();
  for (const module of modules) {
    const texts = languages.map((lang) => ({ lang, file: guidePath(module.id, lang), text: read(guidePath(module.id, lang)) }));
    const present = texts.filter((t) => t.text !== undefined);
    if (present.length === 0) continue;
    for (const missing of texts.filter((t) => t.text === undefined)) {
      problems.push({ file: present[0]!.file, line: 1, message: `facilitator guide has no "${missing.lang}" version: add ${missing.file}` });
    }
    const sound: GuideVersion[] = [];
    for (const { lang, file, text } of present) {
      const before = problems.length;
      const yaml = parseYaml(file, text!, problems);
      const guide = yaml && validateYaml(yaml, guideSchema, problems);
      if (!yaml || !guide) continue;
      checkReferences(guide, yaml, module, quizzes, problems);
      if (problems.length === before) sound.push({ lang, guide, yaml });
    }
    // Versions are compared once each is sound on its own, so one defect gets one report.
    checkParity(sound, problems);
    if (sound.length === languages.length) guides.set(module.id, Object.fromEntries(sound.map((v) => [v.lang, v.guide])));
  }
  return guides;
}

function checkReferences(guide: Guide, yaml: YamlFile, module: Module, quizzes: ReadonlyMap<string, Quiz>, problems: Problem[]): void {
  const lessonIds = new Set(module.lessonIds);
  guide.plan.forEach((step, i) => {
    step.lessons?.forEach((id, j) => {
      if (!lessonIds.has(id)) problems.push({ file: yaml.file, line: lineOf(yaml, ['plan', i, 'lessons', j]), message: `no lesson "${id}" in module "${module.id}"` });
    });
    if (step.quiz !== undefined && quizzes.get(step.quiz)?.moduleId !== module.id) {
      problems.push({ file: yaml.file, line: lineOf(yaml, ['plan', i, 'quiz']), message: `no quiz "${step.quiz}" in module "${module.id}"` });
    }
  });
  // The plan says what happens to every lesson: presented, read alone, or worked on in an exercise.
  const planned = new Set(guide.plan.flatMap((step) => step.lessons ?? []));
  for (const id of module.lessonIds.filter((l) => !planned.has(l))) {
    problems.push({ file: yaml.file, line: lineOf(yaml, ['plan']), message: `the plan leaves out lesson "${id}": give it a step, for instance as self-study` });
  }
}

/** What must be the same in every language, each with the place to report a difference at. */
function signature(g: Guide): { item: string; value: string; path: Path }[] {
  const count = (item: string, list: readonly unknown[], path: Path) => ({ item: `number of ${item}`, value: String(list.length), path });
  const items = [
    count('learning objectives', g.objectives, ['objectives']),
    count('plan steps', g.plan, ['plan']),
    count('discussion questions', g.discussion, ['discussion']),
    count('misconceptions', g.misconceptions, ['misconceptions']),
    count('national adaptation points', g.nationalAdaptation, ['nationalAdaptation']),
    count('group exercise roles', g.groupExercise.roles, ['groupExercise', 'roles']),
    count('group exercise materials', g.groupExercise.materials, ['groupExercise', 'materials']),
    count('group exercise steps', g.groupExercise.steps, ['groupExercise', 'steps']),
    count('group exercise debriefing points', g.groupExercise.debrief, ['groupExercise', 'debrief']),
  ];
  g.plan.forEach((step, i) => {
    const at = (key: string): Path => ['plan', i, key];
    items.push(
      { item: `plan step ${i + 1} minutes`, value: String(step.minutes), path: at('minutes') },
      { item: `plan step ${i + 1} mode`, value: step.mode, path: at('mode') },
      { item: `plan step ${i + 1} lessons`, value: step.lessons?.join(', ') ?? '(none)', path: at('lessons') },
      { item: `plan step ${i + 1} quiz`, value: step.quiz ?? '(none)', path: at('quiz') },
    );
  });
  return items;
}

function checkParity([first, ...others]: readonly GuideVersion[], problems: Problem[]): void {
  if (!first) return;
  const reference = new Map(signature(first.guide).map((s) => [s.item, s.value]));
  for (const other of others) {
    for (const { item, value, path } of signature(other.guide)) {
      const expected = reference.get(item);
      if (expected === undefined || expected === value) continue;
      problems.push({
        file: other.yaml.file,
        line: lineOf(other.yaml, path),
        message: `differs from the ${first.lang} guide in ${item}: ${first.lang} has ${expected}, ${other.lang} has ${value}`,
      });
    }
  }
}
