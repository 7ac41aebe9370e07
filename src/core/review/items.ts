// What the review screen receives: each due card resolved against the installed packs, in
// one language. A card whose pack, quiz, question or term is gone resolves to nothing.
import type { ProgressSummary } from '../progress/summaryModel';
import type { Lesson, Pack } from '../content/model';
import { chooseLang, textIn, type GlossaryTermView, type LangChoice } from '../content/views';
import { questionView, type QuestionView } from '../content/questionViews';
import { scanLesson } from '../markdown';
import type { QuestionScore } from '../quiz/scoring';
import type { CardRef, ReviewRating } from './cards';

export type ReviewItemView = LangChoice & { cardId: string; packId: string } & (
    | { kind: 'question'; quizId: string; quizTitle: string; question: QuestionView }
    | { kind: 'term'; term: GlossaryTermView }
  );

export interface ReviewView {
  /** Due cards the installed packs can show. */
  dueCount: number;
  /** Consecutive study days, ending today or yesterday. */
  streak: number;
  /** Every card in the queue, due or not. */
  totalCards: number;
  /** When the next card comes due, if none is due now. */
  nextDueAt?: string;
  /** The session: up to the requested number of due cards, most overdue first. */
  items: ReviewItemView[];
}

export interface ReviewAnswerResult {
  cardId: string;
  rating: ReviewRating;
  /** For a question: the score of the answer, from the pack's keys. */
  score?: QuestionScore;
  /** When the card comes back. */
  due: string;
  /** The learner's summary after this answer. */
  progress: ProgressSummary;
}

export function findQuestion(pack: Pack, quizId: string, questionId: string) {
  return pack.quizzes.get(quizId)?.questions.find((q) => q.id === questionId);
}

export function reviewItemView(pack: Pack, ref: CardRef, cardId: string, lang: string): ReviewItemView | undefined {
  const choice = chooseLang(pack, lang);
  const base = { ...choice, cardId, packId: pack.manifest.id };
  if (ref.kind === 'question') {
    const quiz = pack.quizzes.get(ref.quizId);
    const question = quiz?.questions.find((q) => q.id === ref.questionId);
    if (!quiz || !question) return undefined;
    return { ...base, kind: 'question', quizId: quiz.id, quizTitle: textIn(quiz.title, choice.lang), question: questionView(question, choice.lang) };
  }
  const term = pack.glossary.find((g) => g.id === ref.termId);
  if (!term) return undefined;
  return { ...base, kind: 'term', term: { id: term.id, term: textIn(term.term, choice.lang), definition: textIn(term.definition, choice.lang) } };
}

/** Whether the packs can still show a card (cheaper than building its view). */
export function cardResolves(pack: Pack | undefined, ref: CardRef | undefined): boolean {
  if (!pack || !ref) return false;
  if (ref.kind === 'question') return findQuestion(pack, ref.quizId, ref.questionId) !== undefined;
  return pack.glossary.some((g) => g.id === ref.termId);
}

/**
 * The glossary terms a lesson links (`[[term-id]]`), in every language it is written in, that
 * the pack's glossary has: these enter the review queue when the lesson is finished.
 */
export function lessonTermIds(lesson: Lesson, glossaryIds: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const text of Object.values(lesson.byLang)) {
    for (const t of scanLesson(text.body).terms) if (glossaryIds.has(t.id)) ids.add(t.id);
  }
  return [...ids];
}
