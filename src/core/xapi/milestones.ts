// When a module and a course count as completed, for the "completed" statements: a module when
// every lesson is finished and its quiz (if it has one) passed; a course when a final
// assessment is passed (the certificate's rule, certificates/finalExam.ts), or, in a pack
// without one, when every module is completed. Read from the summary the screens use.
import type { Pack } from '../content/model';
import { lessonKey } from '../progress/keys';
import { quizKey, type ProgressSummary } from '../progress/summaryModel';

const passed = (s: ProgressSummary, packId: string, quizId: string) => {
  const key = quizKey(packId, quizId);
  return Object.hasOwn(s.quizzes, key) && s.quizzes[key]!.passes > 0;
};

export function completedModules(pack: Pack, s: ProgressSummary): Set<string> {
  const packId = pack.manifest.id;
  const done = new Set<string>();
  for (const m of pack.modules) {
    const lessonsDone = m.lessonIds.every((l) => {
      const key = lessonKey(packId, l);
      return Object.hasOwn(s.lessons, key) && s.lessons[key]!.finishedAt !== undefined;
    });
    if (lessonsDone && (!m.quiz || passed(s, packId, m.quiz))) done.add(m.id);
  }
  return done;
}

export function courseCompleted(pack: Pack, s: ProgressSummary): boolean {
  const finals = [...pack.quizzes.values()].filter((q) => q.final);
  if (finals.length > 0) return finals.some((q) => passed(s, pack.manifest.id, q.id));
  return completedModules(pack, s).size === pack.modules.length;
}

/** What the event that turned `before` into `after` completed. */
export function newlyCompleted(pack: Pack, before: ProgressSummary, after: ProgressSummary): { modules: string[]; course: boolean } {
  const was = completedModules(pack, before);
  const modules = [...completedModules(pack, after)].filter((m) => !was.has(m));
  return { modules, course: !courseCompleted(pack, before) && courseCompleted(pack, after) };
}
