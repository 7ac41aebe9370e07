// Active study time, as a pure state machine over timestamps: the renderer feeds it the page's
// events and a clock, tests feed it a fake clock. Time counts while the page is visible and the
// learner has shown a sign of presence (key, pointer, scroll, focus) in the last IDLE_AFTER_MS.
// After that the clock stops by itself, and the next sign of presence starts it again. Reading
// a long page without touching anything counts for up to IDLE_AFTER_MS; walking away from the
// computer adds at most that much once.

/** No key, pointer, scroll or focus event for this long pauses the clock. */
export const IDLE_AFTER_MS = 5 * 60_000;
/** How often the renderer hands the time counted so far to the service. */
export const FLUSH_EVERY_MS = 30_000;
/**
 * The most one recordStudyTime call may add. A flush every 30 s never comes near it; the cap
 * stops a buggy or hostile caller from adding hours in one call.
 */
export const MAX_STUDY_MS_PER_CALL = 10 * 60_000;

export interface StudyClock {
  visible: boolean;
  /** The last sign of presence (or the moment the page became visible). */
  lastActivity: number;
  /** Time before this instant has been looked at: counted or not. */
  countedTo: number;
  /** Counted and not yet taken. */
  pendingMs: number;
}

export function startClock(now: number, visible: boolean): StudyClock {
  return { visible, lastActivity: now, countedTo: now, pendingMs: 0 };
}

/** True when the clock is counting at `now`. */
export function isCounting(c: StudyClock, now: number): boolean {
  return c.visible && now - c.lastActivity < IDLE_AFTER_MS;
}

/** Counts the time from countedTo to now that was active: visible, and within the idle window. */
function settle(c: StudyClock, now: number): StudyClock {
  // A clock that goes backwards (a changed system time) counts nothing and starts from now.
  if (now <= c.countedTo) return now < c.countedTo ? { ...c, countedTo: now, lastActivity: Math.min(c.lastActivity, now) } : c;
  let add = 0;
  if (c.visible) {
    const end = Math.min(now, c.lastActivity + IDLE_AFTER_MS);
    if (end > c.countedTo) add = end - c.countedTo;
  }
  return { ...c, countedTo: now, pendingMs: c.pendingMs + add };
}

/** A key, pointer, scroll or focus event: the learner is here. */
export function activity(c: StudyClock, now: number): StudyClock {
  const s = settle(c, now);
  return { ...s, lastActivity: now };
}

/** The page was hidden or shown again (document.visibilityState). Showing counts as presence. */
export function visibility(c: StudyClock, visible: boolean, now: number): StudyClock {
  const s = settle(c, now);
  return visible && !c.visible ? { ...s, visible, lastActivity: now } : { ...s, visible };
}

/** The whole milliseconds counted so far, and the clock with them taken out. */
export function take(c: StudyClock, now: number): { ms: number; clock: StudyClock } {
  const s = settle(c, now);
  const ms = Math.floor(s.pendingMs);
  return { ms, clock: { ...s, pendingMs: s.pendingMs - ms } };
}
