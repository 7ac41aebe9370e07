// What the first screen needs, in one call (getStartup): before it, start-up made eight calls
// one after another before a lesson could show. Nothing in it waits on a write.
import type { Notice, Settings } from './contract';
import type { Catalog, LessonView } from '../content/views';
import type { ProgressSummary } from '../progress/summaryModel';
import type { ProfileList } from '../profiles/rules';

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
