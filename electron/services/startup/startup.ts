// getStartup: the first screen's data in one call, read from the services the single-purpose
// channels use, so the two cannot disagree. Reads only: a first lesson never waits on a write.
import type { StartupArgs } from '../../../src/core/api/schemas';
import type { Startup } from '../../../src/core/api/startup';
import type { LessonView } from '../../../src/core/content/views';
import type { Services } from '../services';
import { NotFoundError } from '../errors';

export function startup(services: Services, args: StartupArgs): Startup {
  const settings = services.settings.get();
  const profiles = services.profiles.list();
  const learner = profiles.activeId === null ? null : { catalog: services.content.catalog(settings.language), progress: services.progress.summary() };
  return { settings, profiles, notices: services.notices.list(), learner, lesson: lessonIfAny(services, args, settings.language) };
}

function lessonIfAny(services: Services, args: StartupArgs, lang: string): LessonView | null {
  if (!args.lesson) return null;
  try {
    return services.content.lesson(args.lesson.packId, args.lesson.lessonId, lang);
  } catch (e) {
    // A lesson that is not there (an old bookmark) is the lesson screen's to explain.
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}
