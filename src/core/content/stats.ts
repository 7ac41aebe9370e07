// What a pack contains, per language: the numbers a curriculum owner checks before release
// (`npm run content:stats`).
import { scanLesson } from '../markdown';
import type { Pack } from './model';
import { QUESTION_TYPES, type QuestionType } from './schemas';
import { drawPool } from '../quiz/draw';
import { absoluteWordStats, type AbsoluteWordStats } from './absoluteWords';

export interface LanguageStats {
  modules: number;
  lessons: number;
  /** Lessons whose front matter names a FoS standard. */
  standardLessons: number;
  questions: number;
  questionsByType: Record<QuestionType, number>;
  glossaryTerms: number;
  /** Distinct SVG figures the lessons show, reproduced documents (`doc-*`) excepted. */
  diagrams: number;
  /** Distinct reproduced documents (media named `doc-*`: CN22, CN23…) the lessons show. */
  documents: number;
  /** Questions tagged `document` (work on a reproduced document) and `data-exercise` (a data table to search). */
  documentExercises: number;
  dataExercises: number;
  /** FoS standard numbers the lessons cover, ascending. */
  standards: number[];
  /** Modules with a facilitator guide in this language. */
  facilitatorGuides: number;
  /** `::: notes` blocks in the lessons, and the lessons that have at least one. */
  speakerNotes: number;
  lessonsWithSpeakerNotes: number;
  /** Modules whose last lesson ends with a sources section. */
  modulesWithSources: number;
  /** Learning objectives each lesson states, by lesson id (0 when it states none). */
  objectivesPerLesson: Record<string, number>;
  /** Lessons that state no learning objectives. */
  lessonsWithoutObjectives: string[];
  /** Lessons without a knowledge check, and module quizzes below 10 questions. */
  lessonsWithoutCheck: string[];
  smallModuleQuizzes: string[];
  /** Glossary terms no lesson links to. */
  unlinkedTerms: string[];
  finalExam?: { id: string; draws: number; bank: number; modulesInBank: number };
  /** Wrong options of choice questions worded with "never", "always", "only", "all"... (none for a language without a word list). */
  absoluteWordDistractors?: AbsoluteWordStats;
}

export interface PackStats {
  id: string;
  version: string;
  languages: Record<string, LanguageStats>;
}

/** The naming convention that tells a reproduced document from a diagram: `media/doc-cn23.en.svg`. */
const DOCUMENT_MEDIA = /(^|\/)doc-[^/]*$/;
export const DOCUMENT_TAG = 'document';
export const DATA_EXERCISE_TAG = 'data-exercise';

const SOURCES_HEADING = /^##\s+(sources\b|sources et lectures)/im;

export function packStats(pack: Pack): PackStats {
  const languages: Record<string, LanguageStats> = {};
  const quizzes = [...pack.quizzes.values()];
  for (const lang of pack.manifest.languages) {
    const byType = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;
    for (const quiz of quizzes) for (const q of quiz.questions) byType[q.type]++;
    const lessons = [...pack.lessons.values()].filter((l) => l.byLang[lang]);
    const standards = new Set<number>();
    const diagrams = new Set<string>();
    const documents = new Set<string>();
    const linked = new Set<string>();
    let speakerNotes = 0;
    let lessonsWithSpeakerNotes = 0;
    for (const lesson of lessons) {
      const text = lesson.byLang[lang]!;
      if (text.frontMatter.standard !== undefined) standards.add(text.frontMatter.standard);
      const scan = scanLesson(text.body);
      for (const img of scan.images) {
        if (DOCUMENT_MEDIA.test(img.src)) documents.add(img.src);
        else if (img.src.endsWith('.svg')) diagrams.add(img.src);
      }
      for (const term of scan.terms) linked.add(term.id);
      speakerNotes += scan.speakerNotes.length;
      if (scan.speakerNotes.length > 0) lessonsWithSpeakerNotes++;
    }
    const tagged = (tag: string) => quizzes.reduce((n, quiz) => n + quiz.questions.filter((q) => q.tags?.includes(tag)).length, 0);
    const final = quizzes.find((q) => q.final && q.draw);
    const bank = final?.draw ? drawPool(pack, final, final.draw) : [];
    languages[lang] = {
      modules: pack.modules.length,
      lessons: lessons.length,
      standardLessons: lessons.filter((l) => l.byLang[lang]!.frontMatter.standard !== undefined).length,
      questions: Object.values(byType).reduce((a, b) => a + b, 0),
      questionsByType: byType,
      glossaryTerms: pack.glossary.filter((t) => t.term[lang] && t.definition[lang]).length,
      diagrams: diagrams.size,
      documents: documents.size,
      documentExercises: tagged(DOCUMENT_TAG),
      dataExercises: tagged(DATA_EXERCISE_TAG),
      standards: [...standards].sort((a, b) => a - b),
      facilitatorGuides: pack.modules.filter((m) => pack.guides?.get(m.id)?.[lang]).length,
      speakerNotes,
      lessonsWithSpeakerNotes,
      modulesWithSources: pack.modules.filter((m) => {
        const last = m.lessonIds.at(-1);
        const body = last ? pack.lessons.get(last)?.byLang[lang]?.body : undefined;
        return body !== undefined && SOURCES_HEADING.test(body);
      }).length,
      objectivesPerLesson: Object.fromEntries(lessons.map((l) => [l.id, l.byLang[lang]!.frontMatter.objectives?.length ?? 0])),
      lessonsWithoutObjectives: lessons.filter((l) => !l.byLang[lang]!.frontMatter.objectives?.length).map((l) => l.id),
      lessonsWithoutCheck: lessons.filter((l) => !l.check).map((l) => l.id),
      smallModuleQuizzes: pack.modules
        .map((m) => (m.quiz ? pack.quizzes.get(m.quiz) : undefined))
        .filter((q) => q !== undefined && !q.final && q.questions.length < 10)
        .map((q) => q!.id),
      unlinkedTerms: pack.glossary.filter((t) => !linked.has(t.id)).map((t) => t.id),
      finalExam: final && { id: final.id, draws: final.draw!.count, bank: bank.length, modulesInBank: new Set(bank.map((b) => b.moduleId)).size },
      absoluteWordDistractors: absoluteWordStats(quizzes, lang),
    };
  }
  return { id: pack.manifest.id, version: pack.manifest.version, languages };
}

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

export function formatStats(s: PackStats): string {
  const lines = [`${s.id} ${s.version}`];
  // The headline: the share of give-away distractors in the first language (English for the course).
  const [headLang, head] = Object.entries(s.languages).find(([, l]) => l.absoluteWordDistractors) ?? [];
  const abs = head?.absoluteWordDistractors;
  if (abs) lines.push(`  distractors with an absolute word [${headLang}]: ${abs.withAbsoluteWord} of ${abs.distractors} (${percent(abs.share)})`);
  for (const [lang, l] of Object.entries(s.languages)) {
    const types = Object.entries(l.questionsByType)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    lines.push(
      `  [${lang}] modules ${l.modules}, lessons ${l.lessons} (${l.standardLessons} on a standard), questions ${l.questions}`,
      `       by type: ${types}`,
      `       glossary terms ${l.glossaryTerms}, diagrams ${l.diagrams}, modules ending with sources ${l.modulesWithSources} of ${l.modules}`,
      `       documents ${l.documents}, document exercises ${l.documentExercises}, data exercises ${l.dataExercises}`,
      `       FoS standards covered: ${l.standards.join(', ') || 'none'}`,
      `       facilitator guides: ${l.facilitatorGuides} of ${l.modules} modules; speaker notes: ${l.speakerNotes} in ${l.lessonsWithSpeakerNotes} of ${l.lessons} lessons`,
    );
    const a = l.absoluteWordDistractors;
    if (a) lines.push(`       distractors with an absolute word: ${a.withAbsoluteWord} of ${a.distractors} (${percent(a.share)})`);
    if (a?.items.length) lines.push(`       give-away distractors to reword: ${a.items.join(', ')}`);
    if (l.finalExam) lines.push(`       final exam "${l.finalExam.id}": ${l.finalExam.draws} drawn from a bank of ${l.finalExam.bank} across ${l.finalExam.modulesInBank} modules`);
    const withObjectives = l.lessons - l.lessonsWithoutObjectives.length;
    const objectives = Object.values(l.objectivesPerLesson).reduce((a, b) => a + b, 0);
    lines.push(`       learning objectives: ${objectives} in ${withObjectives} of ${l.lessons} lessons`);
    if (l.lessonsWithoutObjectives.length) lines.push(`       lessons without learning objectives: ${l.lessonsWithoutObjectives.join(', ')}`);
    if (l.lessonsWithoutCheck.length) lines.push(`       lessons without a knowledge check: ${l.lessonsWithoutCheck.join(', ')}`);
    if (l.unlinkedTerms.length) lines.push(`       glossary terms no lesson links to: ${l.unlinkedTerms.join(', ')}`);
    if (l.smallModuleQuizzes.length) lines.push(`       module quizzes under 10 questions: ${l.smallModuleQuizzes.join(', ')}`);
  }
  return lines.join('\n');
}
