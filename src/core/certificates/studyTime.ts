// Hours of study, as a certificate states them. One function, so the source can change in one
// place: today it is the time spent in quiz attempts; lesson time joins it when the record
// keeps time on task. Only what happened up to `until` (the passing of the final exam) counts,
// so a certificate downloaded again later states the same hours, and keeps its code.
import type { ProgressData } from '../progress/model';

export function studyTimeMs(progress: ProgressData, packId: string, until: string): number {
  const end = Date.parse(until);
  let total = 0;
  for (const a of progress.attempts) {
    if (a.packId === packId && Date.parse(a.finishedAt) <= end) total += a.durationMs;
  }
  return total;
}

/** Milliseconds as hours to one decimal. */
export function hoursOf(ms: number): number {
  return Math.round(ms / 360_000) / 10;
}
