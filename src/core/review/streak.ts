// Study days and the streak. Days are local calendar dates ("YYYY-MM-DD") that the caller
// works out in the learner's time zone; the arithmetic here is on dates only, so it never
// depends on the time zone of whatever runs it.
import { MAX_ACTIVE_DAYS } from './cards';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day of a moment on this computer's clock and time zone. */
export function localDate(at: Date): string {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The day `n` days after `day` (before, for a negative n). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The days with `day` added: sorted, each once, the most recent MAX_ACTIVE_DAYS kept. Returns
 * the same array when the day is already there, so callers can skip a write.
 */
export function withActiveDay(days: string[], day: string): string[] {
  if (days.includes(day)) return days;
  const next = [...days, day].sort();
  return next.length > MAX_ACTIVE_DAYS ? next.slice(next.length - MAX_ACTIVE_DAYS) : next;
}

/**
 * Consecutive study days ending today, or ending yesterday when the learner has not studied
 * yet today (the streak is still alive until the day is over). Days after `today` — recorded
 * before the computer's clock was set back — neither count nor break the streak.
 */
export function streak(days: readonly string[], today: string): number {
  const set = new Set(days);
  let day = set.has(today) ? today : addDays(today, -1);
  let count = 0;
  while (set.has(day)) {
    count++;
    day = addDays(day, -1);
  }
  return count;
}
