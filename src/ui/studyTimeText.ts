import type { TFunction } from 'i18next';

/** A study time as the learner reads it: "none", "under a minute", "12 min", "2 h 05 min". */
export function formatStudyTime(t: TFunction, ms: number): string {
  if (ms <= 0) return t('studyTime.none');
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t('studyTime.underAMinute');
  if (minutes < 60) return t('studyTime.minutes', { count: minutes });
  return t('studyTime.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}
