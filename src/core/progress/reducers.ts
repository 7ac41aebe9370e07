// Pure updates of the learner's record. The progress store applies them and saves the result.
import type { AttemptRecord, Position, ProgressData } from './model';
import { lessonKey } from './keys';

export function recordLessonEvent(
  data: ProgressData,
  packId: string,
  lessonId: string,
  event: 'opened' | 'finished',
  now: string,
): ProgressData {
  // Opening a lesson is also where the learner now is: one write records both.
  if (event === 'opened') data = setPosition(data, { screen: 'lesson', packId, lessonId, at: now });
  const key = lessonKey(packId, lessonId);
  const prev = data.lessons[key];
  const next = {
    openedAt: prev?.openedAt ?? now,
    // The first finish counts; reopening a finished lesson does not undo it.
    finishedAt: prev?.finishedAt ?? (event === 'finished' ? now : undefined),
  };
  if (prev && prev.openedAt === next.openedAt && prev.finishedAt === next.finishedAt) return data;
  const entry = next.finishedAt === undefined ? { openedAt: next.openedAt } : next;
  return { ...data, lessons: { ...data.lessons, [key]: entry } };
}

export function addAttempt(data: ProgressData, attempt: AttemptRecord): ProgressData {
  return { ...data, attempts: [...data.attempts, attempt] };
}

export function setPosition(data: ProgressData, position: Position): ProgressData {
  return { ...data, position };
}
