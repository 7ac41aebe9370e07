// Lessons do not change while the app runs, so each (pack, lesson, language) is fetched once.
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
  let pending = cache.get(key);
  if (!pending) {
    pending = api.getLesson(args);
    // A failed load is not kept, so a retry asks again.
    pending.then(
      (lesson) => arrived.set(key, lesson),
      () => cache.delete(key),
    );
    cache.set(key, pending);
  }
  return pending;
}
