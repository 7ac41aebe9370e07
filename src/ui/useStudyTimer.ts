// Counts the learner's active time on the lesson or quiz on screen (see src/core/studyTime/clock)
// and hands it to the service every 30 s, when the page is hidden or closed, and when the screen
// changes. The page's own events drive the clock; performance.now() cannot jump with the system time.
import { useEffect } from 'react';
import { activity, FLUSH_EVERY_MS, MAX_STUDY_MS_PER_CALL, startClock, take, visibility } from '../core/studyTime/clock';
import type { StudyKind } from '../core/studyTime/record';
import { api } from './api';

/** Signs that the learner is at the screen. Listened to in the capture phase, so none is missed. */
const PRESENCE_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'focusin', 'touchstart'] as const;
/** A periodic save smaller than this waits for the next one (saves are real disk writes). */
const MIN_PERIODIC_MS = 1000;

export function useStudyTimer(packId: string, kind: StudyKind, id: string): void {
  useEffect(() => {
    const now = () => performance.now();
    const isVisible = () => document.visibilityState === 'visible';
    let clock = startClock(now(), isVisible());

    const send = (ms: number) => {
      // Losing a few seconds of study time is better than an error on screen.
      void api.recordStudyTime({ packId, kind, id, ms: Math.min(ms, MAX_STUDY_MS_PER_CALL) }).catch(() => undefined);
    };
    const flush = (minimum: number) => {
      const taken = take(clock, now());
      if (taken.ms < Math.max(1, minimum)) return;
      clock = taken.clock;
      send(taken.ms);
    };
    const onPresence = () => {
      clock = activity(clock, now());
    };
    const onVisibility = () => {
      clock = visibility(clock, isVisible(), now());
      if (!isVisible()) flush(1);
    };
    const onPageHide = () => flush(1);

    for (const type of PRESENCE_EVENTS) window.addEventListener(type, onPresence, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const timer = window.setInterval(() => flush(MIN_PERIODIC_MS), FLUSH_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const type of PRESENCE_EVENTS) window.removeEventListener(type, onPresence, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      flush(1);
    };
  }, [packId, kind, id]);
}
