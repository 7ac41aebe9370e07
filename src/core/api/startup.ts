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

// The page can carry getStartup's answer itself, so the first screen needs no call at all: the
// page's server (the app:// handler, the preview harness) writes it into index.html as an inert
// JSON block. The server never sees the hash, so an address names its screen in the query too
// (`?open=/lesson/…#/lesson/…`; the router keeps the two in step), and the block records the
// arguments it answers: the boot uses it only when they are the address's own.

/** The query parameter that names the screen for the page's server. */
export const OPEN_PARAM = 'open';
/** The id of the JSON block that carries the start-up data in the page. */
export const STARTUP_ELEMENT_ID = 'academy-startup';

/** The query for an address whose hash is `hash`: the same screen, where the server sees it. */
export function openQueryFor(hash: string): string {
  return `?${OPEN_PARAM}=${hash.replace(/^#/, '')}`;
}

/**
 * The hash an address's query names (`?open=/lesson/a/b` → `#/lesson/a/b`), or null. The query
 * may have been re-encoded on the way (`%2Flesson%2Fa%2Fb`): it is decoded first.
 */
export function openedHash(search: string): string | null {
  const raw = new RegExp(`[?&]${OPEN_PARAM}=([^&#]*)`).exec(search)?.[1];
  if (raw === undefined) return null;
  try {
    return `#${decodeURIComponent(raw)}`;
  } catch {
    return null; // not valid percent-encoding: no screen named
  }
}

/** What a JSON block records of the arguments it answers, compared as text by the boot. */
export function startupArgsKey(args: StartupArgs): string {
  return JSON.stringify(args.lesson ? { lesson: { packId: args.lesson.packId, lessonId: args.lesson.lessonId } } : {});
}

/** The query and hash of the address that opens the screen `hash` names (see OPEN_PARAM). */
export function addressFor(hash: string): string {
  return `${openQueryFor(hash)}${hash}`;
}
