// The packs the app teaches from: every valid pack under the content roots. Packs that fail
// validation are kept out and listed with their problems, so one bad add-on never stops the app.
import path from 'node:path';
import type { Pack } from '../../../src/core/content/model';
import { formatProblem, problemReason } from '../../../src/core/content/problems';
import {
  catalogView,
  chooseLang,
  glossaryView,
  lessonOrder,
  quizView,
  type Catalog,
  type GlossaryView,
  type LessonView,
  type QuizView,
} from '../../../src/core/content/views';
import { packLessonHtml } from '../../../src/core/content/lessonHtml';
import { routeToHash } from '../../../src/core/routes';
import { findPackDirs } from './packReader';
import { loadPackDir } from './packCache';
import { NotFoundError } from '../errors';
import { orderPacks } from '../../../src/core/packs/packDiff';

export interface MediaMount {
  prefix: string;
  dir: string;
}

export interface ContentLibrary {
  catalog(lang: string): Catalog;
  lesson(packId: string, lessonId: string, lang: string): LessonView;
  quiz(packId: string, quizId: string, lang: string, seed?: number): QuizView;
  glossary(packId: string, lang: string): GlossaryView;
  /** The packs, for services that score or report (never sent to the renderer as is). */
  pack(packId: string): Pack;
  /** The folder a pack was loaded from. */
  packDir(packId: string): string;
  /** Reads the content roots again (after a trainer imported questions). Media folders of new packs are served after a restart. */
  reload(): void;
  /** Packs that failed validation and were not loaded. */
  rejected(): Catalog['rejected'];
  /** URL prefixes under which each pack's media folder is served. */
  mediaMounts(): MediaMount[];
}

export const mediaPrefix = (packId: string) => `/packs/${packId}/media/`;

export interface ContentLibraryOptions {
  /** Pack ids in the order the home screen shows them (the policy's packs.order); the others follow. */
  order?: readonly string[];
}

export function loadContentLibrary(contentRoots: readonly string[], options: ContentLibraryOptions = {}): ContentLibrary {
  let packs = new Map<string, { pack: Pack; dir: string }>();
  let rejected: Catalog['rejected'] = [];
  const rendered = new Map<string, LessonView>();
  const load = () => {
    const found = new Map<string, { pack: Pack; dir: string }>();
    const refused: Catalog['rejected'] = [];
    for (const root of contentRoots) {
      for (const dir of findPackDirs(root)) {
        const { pack, problems } = loadPackDir(dir);
        if (pack && !found.has(pack.manifest.id)) {
          found.set(pack.manifest.id, { pack, dir });
        } else {
          const reasons = pack ? [{ reason: 'errors.pack.duplicatePack', params: { id: pack.manifest.id } }] : problems.map(problemReason);
          // The English details stay in the log for the administrator; the notice names the reason.
          if (!pack) for (const p of problems.slice(0, 20)) console.warn(`pack refused: ${formatProblem(dir, p)}`);
          refused.push({ dir, problems: reasons.slice(0, 20) });
        }
      }
    }
    packs = found;
    rejected = refused;
    rendered.clear();
  };
  load();

  const get = (packId: string): Pack => {
    const entry = packs.get(packId);
    if (!entry) throw new NotFoundError('errors.notFound.pack', { pack: packId });
    return entry.pack;
  };

  return {
    catalog: (lang) => catalogView(orderPacks([...packs.values()].map((e) => ({ id: e.pack.manifest.id, pack: e.pack })), options.order).map((e) => e.pack), lang, rejected),
    pack: get,
    packDir(packId) {
      get(packId);
      return packs.get(packId)!.dir;
    },
    reload: load,
    rejected: () => rejected,
    mediaMounts: () => [...packs.entries()].map(([id, e]) => ({ prefix: mediaPrefix(id), dir: path.join(e.dir, 'media') })),
    lesson(packId, lessonId, requested) {
      const pack = get(packId);
      const lesson = pack.lessons.get(lessonId);
      if (!lesson) throw new NotFoundError('errors.notFound.lesson', { lesson: lessonId, pack: packId });
      const choice = chooseLang(pack, requested);
      // The callout titles follow the UI language even when the text falls back.
      const cacheKey = `${packId}/${lessonId}/${choice.lang}/${requested}`;
      const cached = rendered.get(cacheKey);
      if (cached) return cached;
      const text = lesson.byLang[choice.lang];
      if (!text) throw new NotFoundError('errors.notFound.lessonText', { lesson: lessonId, lang: choice.lang });
      const html = packLessonHtml(pack, text.body, choice.lang, requested, {
        mediaUrl: (p) => `/packs/${packId}/${p}`,
        lessonHref: (id, anchor) => routeToHash({ screen: 'lesson', packId, lessonId: id, anchor }),
      });
      const order = lessonOrder(pack);
      const at = order.indexOf(lessonId);
      const view: LessonView = {
        ...choice,
        packId,
        moduleId: lesson.moduleId,
        id: lessonId,
        title: text.frontMatter.title,
        minutes: text.frontMatter.minutes,
        standard: text.frontMatter.standard,
        objectives: text.frontMatter.objectives,
        html,
        checkId: lesson.check,
        prevId: at > 0 ? order[at - 1] : undefined,
        nextId: at >= 0 && at < order.length - 1 ? order[at + 1] : undefined,
      };
      rendered.set(cacheKey, view);
      return view;
    },
    quiz(packId, quizId, lang, seed) {
      const pack = get(packId);
      const quiz = pack.quizzes.get(quizId);
      if (!quiz) throw new NotFoundError('errors.notFound.quiz', { quiz: quizId, pack: packId });
      return quizView(pack, quiz, lang, seed);
    },
    glossary: (packId, lang) => glossaryView(get(packId), lang),
  };
}
