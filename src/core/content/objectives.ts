// Learning objectives are optional in the pack format, so a trainer's older pack still loads.
// A pack that states them for one lesson states them for every lesson: a learner (and a trainer
// planning a session) can then rely on finding them at the top of each lesson, in each language.
import type { LessonVersion } from './lessonParity';
import { problem, type Problem } from './problems';

export function checkObjectivesEverywhere(versions: readonly LessonVersion[], problems: Problem[]): void {
  const example = versions.find((v) => v.frontMatter.objectives !== undefined);
  if (!example) return;
  for (const v of versions) {
    if (v.frontMatter.objectives === undefined) {
      problems.push(problem(v.file, 1, 'errors.pack.objectivesMissing', { example: example.file }));
    }
  }
}
