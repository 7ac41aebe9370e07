// What the first screen needs, in one call (getStartup): before it, start-up made eight calls
// one after another before a lesson could show. Nothing in it waits on a write.
import type { Notice, Settings } from './contract';
import type { Catalog, LessonView } from '../content/views';
import type { ProgressSummary } from '../progress/summaryModel';
import type { ProfileList } from '../profiles/rules';
import type { Route } from '../routes';
import type { StartupArgs } from './schemas';

export interface Startup {
  settings: Settings;
  profiles: ProfileList;
  /** The notices to show now (the active learner's and the installation's). */
  notices: Notice[];
  /** With a profile open: the catalog in the UI language and that learner's progress; null while the picker comes first. */
  learner: { catalog: Catalog; progress: ProgressSummary } | null;
  /**
   * The lesson the address asked for, in the UI language; null when it was not asked for or
   * cannot be shown (the lesson screen then asks again, and says why).
   */
  lesson: LessonView | null;
}

/** What getStartup is asked for the address the app opens at: the lesson in it, if any. */
export function startupArgsFor(route: Route): StartupArgs {
  return route.screen === 'lesson' ? { lesson: { packId: route.packId, lessonId: route.lessonId } } : {};
}
