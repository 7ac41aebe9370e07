// Lessons change only when a pack is installed, updated or removed (forgetPackLessons).
// Otherwise each (pack, lesson, language) is fetched once.
// Start-up asks for the lesson in the address before React renders, and a lesson on screen
// fetches the next one in the background: moving on is then instant.
import type { LessonArgs } from '../core/api/schemas';
import type { LessonView } from '../core/content/views';
import { api } from './api';

const cache = new Map<string, Promise<LessonView>>();
/** The lessons that have arrived, so a screen can show one in its first render, without a "loading" pass. */
const arrived = new Map<string, LessonView>();
const keyOf = (args: LessonArgs) => `${args.packId}/${args.lessonId}/${args.lang}`;

/** Keeps a lesson that arrived another way (with the start-up data), so the screen need not ask. */
export function primeLesson(args: LessonArgs, lesson: LessonView): void {
  cache.set(keyOf(args), Promise.resolve(lesson));
  arrived.set(keyOf(args), lesson);
}

/** The lesson if it has already arrived, else undefined (then loadLesson fetches it). */
export function arrivedLesson(args: LessonArgs): LessonView | undefined {
  return arrived.get(keyOf(args));
}

export function loadLesson(args: LessonArgs): Promise<LessonView> {
  const key = keyOf(args);
  const known = cache.get(key);
  if (known) return known;
  const pending = api.getLesson(args);
  // A failed load is not kept, so a retry asks again; a load the pack's update made stale
  // (forgetPackLessons while it was on its way) is not kept either.
  pending.then(
    (lesson) => cache.get(key) === pending && arrived.set(key, lesson),
    () => cache.get(key) === pending && cache.delete(key),
  );
  cache.set(key, pending);
  return pending;
}

/** Forgets a pack's lessons: it was updated or removed (Settings → Content packs). */
export function forgetPackLessons(packId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${packId}/`)) cache.delete(key);
  for (const key of arrived.keys()) if (key.startsWith(`${packId}/`)) arrived.delete(key);
}
