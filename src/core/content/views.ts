// What the renderer receives: a pack seen in one language. Text is resolved here, with a
// visible fallback to the pack's first language when it lacks the learner's language.
import type { Localized } from './schemas';
import type { Pack, Quiz } from './model';
import type { ScorableQuestion } from '../quiz/scoring';

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
  rejected: { dir: string; problems: string[] }[];
}

export interface LessonView extends LangChoice {
  packId: string;
  moduleId: string;
  id: string;
  title: string;
  minutes?: number;
  standard?: number;
  /** Safe HTML rendered from the lesson Markdown (raw HTML disabled). */
  html: string;
  checkId?: string;
  prevId?: string;
  nextId?: string;
}

export interface OptionView {
  id: string;
  text: string;
  explanation: string;
}

export type QuestionView =
  | { id: string; type: 'single'; prompt: string; answer?: string; options: OptionView[] }
  | {
      id: string;
      type: 'multiple';
      prompt: string;
      answers: string[];
      scoring: 'all-or-nothing' | 'partial';
      options: OptionView[];
    }
  | { id: string; type: 'true-false'; prompt: string; answer: boolean; explanation: { true: string; false: string } };

// Every question view must stay scorable by the same function as the pack's questions.
const _viewsAreScorable = (q: QuestionView): ScorableQuestion => q;
void _viewsAreScorable;

export interface QuizView extends LangChoice {
  packId: string;
  moduleId: string;
  lessonId?: string;
  id: string;
  title: string;
  passMark: number;
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

export function textIn(text: Localized, lang: string): string {
  return text[lang] ?? Object.values(text)[0] ?? '';
}

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

export function quizView(pack: Pack, quiz: Quiz, requested: string): QuizView {
  const choice = chooseLang(pack, requested);
  const t = (text: Localized) => textIn(text, choice.lang);
  return {
    ...choice,
    packId: pack.manifest.id,
    moduleId: quiz.moduleId,
    lessonId: quiz.lessonId,
    id: quiz.id,
    title: t(quiz.title),
    passMark: quiz.passMark,
    questions: quiz.questions.map((q): QuestionView => {
      if (q.type === 'true-false') {
        return { id: q.id, type: q.type, prompt: t(q.prompt), answer: q.answer, explanation: { true: t(q.explanation.true), false: t(q.explanation.false) } };
      }
      const options = q.options.map((o) => ({ id: o.id, text: t(o.text), explanation: t(o.explanation) }));
      if (q.type === 'single') return { id: q.id, type: q.type, prompt: t(q.prompt), answer: q.answer, options };
      return { id: q.id, type: q.type, prompt: t(q.prompt), answers: q.answers, scoring: q.scoring, options };
    }),
  };
}

export function glossaryView(pack: Pack, requested: string): GlossaryView {
  const choice = chooseLang(pack, requested);
  const terms = pack.glossary
    .map((g) => ({ id: g.id, term: textIn(g.term, choice.lang), definition: textIn(g.definition, choice.lang) }))
    .sort((a, b) => a.term.localeCompare(b.term, choice.lang, { sensitivity: 'base' }));
  return { ...choice, packId: pack.manifest.id, terms };
}
