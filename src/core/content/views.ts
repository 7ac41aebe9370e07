// What the renderer receives: a pack seen in one language. Text is resolved here, with a
// visible fallback to the pack's first language when it lacks the learner's language.
import type { Localized } from './schemas';
import type { Pack, Quiz } from './model';
import { askedQuestions } from '../quiz/draw';
import { questionView, textIn, type QuestionView } from './questionViews';
import type { Reason } from '../reasons';

export interface LangChoice {
  /** The language the text is in. */
  lang: string;
  /** True when the pack lacks the requested language and fell back to its first one. */
  fallback: boolean;
}

export interface LessonSummary {
  id: string;
  title: string;
  minutes?: number;
  checkId?: string;
}

export interface ModuleSummary {
  id: string;
  title: string;
  summary?: string;
  lessons: LessonSummary[];
  quizId?: string;
}

export interface PackSummary extends LangChoice {
  id: string;
  version: string;
  title: string;
  description?: string;
  languages: string[];
  modules: ModuleSummary[];
}

export interface Catalog {
  packs: PackSummary[];
  /** Packs that failed validation and were not loaded, with their first problems. */
  rejected: { dir: string; problems: Reason[] }[];
}

export interface LessonView extends LangChoice {
  packId: string;
  moduleId: string;
  id: string;
  title: string;
  minutes?: number;
  standard?: number;
  /** What the learner will be able to do after the lesson (2 to 4), when the pack states them. */
  objectives?: string[];
  /** Safe HTML rendered from the lesson Markdown (raw HTML disabled). */
  html: string;
  checkId?: string;
  prevId?: string;
  nextId?: string;
}

export type { OptionView, QuestionView } from './questionViews';

export interface QuizView extends LangChoice {
  packId: string;
  moduleId: string;
  lessonId?: string;
  id: string;
  title: string;
  passMark: number;
  mode: 'practice' | 'exam';
  timeLimitMinutes?: number;
  maxAttempts?: number;
  /** Passing it completes the course. */
  final: boolean;
  /** True when questions are drawn per attempt, so the view depends on the seed. */
  drawn: boolean;
  /** The seed the questions were drawn and ordered with. */
  seed: number;
  questions: QuestionView[];
}

export interface GlossaryTermView {
  id: string;
  term: string;
  definition: string;
}

export interface GlossaryView extends LangChoice {
  packId: string;
  terms: GlossaryTermView[];
}

export function chooseLang(pack: Pack, requested: string): LangChoice {
  const { languages } = pack.manifest;
  if (languages.includes(requested)) return { lang: requested, fallback: false };
  return { lang: languages[0] ?? requested, fallback: true };
}

export { textIn };

export function catalogView(packs: readonly Pack[], requested: string, rejected: Catalog['rejected']): Catalog {
  return {
    rejected,
    packs: packs.map((pack) => {
      const choice = chooseLang(pack, requested);
      const t = (text: Localized) => textIn(text, choice.lang);
      return {
        ...choice,
        id: pack.manifest.id,
        version: pack.manifest.version,
        title: t(pack.manifest.title),
        description: pack.manifest.description && t(pack.manifest.description),
        languages: pack.manifest.languages,
        modules: pack.modules.map((m) => ({
          id: m.id,
          title: t(m.title),
          summary: m.summary && t(m.summary),
          quizId: m.quiz,
          lessons: m.lessonIds.map((id) => {
            const lesson = pack.lessons.get(id);
            const fm = lesson?.byLang[choice.lang]?.frontMatter;
            return { id, title: fm?.title ?? id, minutes: fm?.minutes, checkId: lesson?.check };
          }),
        })),
      };
    }),
  };
}

/** The lessons of a pack in teaching order, across modules. */
export function lessonOrder(pack: Pack): string[] {
  return pack.modules.flatMap((m) => m.lessonIds);
}

/** A quiz as asked with a given seed: drawn questions and their order depend on it. */
export function quizView(pack: Pack, quiz: Quiz, requested: string, seed = 0): QuizView {
  const choice = chooseLang(pack, requested);
  return {
    ...choice,
    packId: pack.manifest.id,
    moduleId: quiz.moduleId,
    lessonId: quiz.lessonId,
    id: quiz.id,
    title: textIn(quiz.title, choice.lang),
    passMark: quiz.passMark,
    mode: quiz.mode,
    timeLimitMinutes: quiz.timeLimitMinutes,
    maxAttempts: quiz.maxAttempts,
    final: quiz.final,
    drawn: quiz.draw !== undefined,
    seed,
    questions: askedQuestions(pack, quiz, seed).map((a) => questionView(a.question, choice.lang, a.ref)),
  };
}

export function glossaryView(pack: Pack, requested: string): GlossaryView {
  const choice = chooseLang(pack, requested);
  const terms = pack.glossary
    .map((g) => ({ id: g.id, term: textIn(g.term, choice.lang), definition: textIn(g.definition, choice.lang) }))
    .sort((a, b) => a.term.localeCompare(b.term, choice.lang, { sensitivity: 'base' }));
  return { ...choice, packId: pack.manifest.id, terms };
}
