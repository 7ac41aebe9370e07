// Lessons change only when a pack is installed, updated or removed (forgetPackLessons).
// Otherwise each (pack, lesson, language) is fetched once.
// Start-up asks for the lesson in the address before React renders, and a lesson on screen
// fetches the next one in the background: moving on is then instant.
import type { LessonArgs } from '../core/api/schemas';
import type { LessonView } from '../core/content/views';
import { api } from './api';

const cache = new Map<string, Promise<LessonView>>();
const keyOf = (args: LessonArgs) => `${args.packId}/${args.lessonId}/${args.lang}`;

/** Keeps a lesson that arrived another way (with the start-up data), so the screen need not ask. */
export function primeLesson(args: LessonArgs, lesson: LessonView): void {
  cache.set(keyOf(args), Promise.resolve(lesson));
}

export function loadLesson(args: LessonArgs): Promise<LessonView> {
  const key = keyOf(args);
  let pending = cache.get(key);
  if (!pending) {
    pending = api.getLesson(args);
    // A failed load is not kept, so a retry asks again.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** Forgets a pack's lessons: it was updated or removed (Settings → Content packs). */
export function forgetPackLessons(packId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${packId}/`)) cache.delete(key);
}
