// From a class's attempts to the item analysis of each quiz (./itemAnalysis.ts). Each trainee's
// FIRST attempt at a quiz counts: later attempts come after the learner has seen the feedback,
// so they measure memory of the answers rather than the question. The questions an attempt asked
// are rebuilt from its seed and language and re-scored, as the progress report does (attempts
// keep their answers, not per-question points).
import type { Pack, Quiz } from '../content/model';
import { chooseLang, textIn, type QuestionView } from '../content/views';
import { askedQuestions } from '../quiz/draw';
import { questionView } from '../content/questionViews';
import type { Answer } from '../quiz/answers';
import { scoreQuestion } from '../quiz/scoring';
import type { AttemptRecord } from '../progress/model';
import { analyseItems, type ItemInfo, type ItemStats, type TakerResponses } from './itemAnalysis';
import type { ClassTrainee } from './model';

export interface ItemReport extends ItemStats {
  /** The question's ref in the quiz: its id, or `<quiz>/<question>` for a drawn one. */
  ref: string;
  type: QuestionView['type'];
  prompt: string;
  /** Where the question is written: the quiz that holds it, and its module. */
  sourceQuizId: string;
  sourceModuleId: string;
  questionId: string;
  /** Option texts by id, for choice questions. */
  optionText?: Record<string, string>;
}

export interface QuizItemReport {
  quizId: string;
  moduleId: string;
  title: string;
  /** Trainees with at least one attempt at the quiz. */
  takers: number;
  items: ItemReport[];
}

const CHOICE_TYPES = new Set(['single', 'multiple', 'true-false']);

function itemInfo(q: QuestionView): ItemInfo {
  switch (q.type) {
    case 'single':
      return { id: q.id, partial: false, options: q.options.map((o) => o.id), keys: q.answer ? [q.answer] : [] };
    case 'multiple':
      return { id: q.id, partial: q.scoring === 'partial', options: q.options.map((o) => o.id), keys: q.answers };
    case 'true-false':
      return { id: q.id, partial: false, options: ['true', 'false'], keys: [String(q.answer)] };
    case 'matching':
    case 'ordering':
    case 'cloze':
      return { id: q.id, partial: q.scoring === 'partial' };
    case 'numeric':
      return { id: q.id, partial: false };
    case 'scenario':
    case 'inspection':
      return { id: q.id, partial: true };
  }
}

/** The options an answer picked, for choice questions. */
function choicesOf(answer: Answer | undefined): string[] | undefined {
  if (!answer) return undefined;
  if (answer.type === 'single') return [answer.option];
  if (answer.type === 'multiple') return answer.options;
  if (answer.type === 'true-false') return [String(answer.value)];
  return undefined;
}

/** The question a ref names in a quiz, with the quiz that holds it. */
function questionAt(pack: Pack, quiz: Quiz, ref: string) {
  const slash = ref.indexOf('/');
  const source = slash < 0 ? quiz : pack.quizzes.get(ref.slice(0, slash));
  const questionId = slash < 0 ? ref : ref.slice(slash + 1);
  const question = source?.questions.find((q) => q.id === questionId);
  return source && question ? { source, question, questionId } : undefined;
}

/** Each trainee's first attempt at each quiz of the pack: quiz id → (trainee key, attempt). One pass over all attempts. */
export function firstAttemptsByQuiz(trainees: readonly ClassTrainee[], packId: string): Map<string, { taker: string; attempt: AttemptRecord }[]> {
  const byQuiz = new Map<string, { taker: string; attempt: AttemptRecord }[]>();
  for (const t of trainees) {
    const first = new Map<string, AttemptRecord>();
    for (const a of t.progress.attempts) {
      if (a.packId !== packId) continue;
      const prev = first.get(a.quizId);
      if (!prev || a.finishedAt < prev.finishedAt) first.set(a.quizId, a);
    }
    for (const [quizId, attempt] of first) {
      let list = byQuiz.get(quizId);
      if (!list) byQuiz.set(quizId, (list = []));
      list.push({ taker: t.key, attempt });
    }
  }
  return byQuiz;
}

/** The item analysis of one quiz, from each trainee's first attempt at it (see firstAttemptsByQuiz). */
export function quizItemReport(pack: Pack, quiz: Quiz, attempts: readonly { taker: string; attempt: AttemptRecord }[], lang: string): QuizItemReport {
  const infos = new Map<string, ItemInfo>();
  const types = new Map<string, QuestionView['type']>();
  const takers: TakerResponses[] = [];
  // Views by language and ref, built once: a drawn quiz asks another set per seed, from one pool.
  const views = new Map<string, QuestionView>();
  const asked = new Map<string, QuestionView[]>();
  for (const { taker, attempt } of attempts) {
    const key = quiz.draw ? `${attempt.lang}|${attempt.seed}` : attempt.lang;
    let questions = asked.get(key);
    if (!questions) {
      const lang = chooseLang(pack, attempt.lang).lang;
      questions = askedQuestions(pack, quiz, attempt.seed).map((a) => {
        const viewKey = `${lang}|${a.ref}`;
        let view = views.get(viewKey);
        if (!view) views.set(viewKey, (view = questionView(a.question, lang, a.ref)));
        return view;
      });
      asked.set(key, questions);
    }
    const items: Record<string, { points: number; choices?: string[] }> = {};
    for (const q of questions) {
      if (!infos.has(q.id)) {
        infos.set(q.id, itemInfo(q));
        types.set(q.id, q.type);
      }
      const answer = Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined;
      items[q.id] = { points: scoreQuestion(q, answer).points, ...(CHOICE_TYPES.has(q.type) ? { choices: choicesOf(answer) ?? [] } : {}) };
    }
    takers.push({ taker, items });
  }
  const stats = analyseItems([...infos.values()], takers);
  const items: ItemReport[] = [];
  for (const s of stats) {
    const place = questionAt(pack, quiz, s.id);
    if (!place) continue;
    const view = questionView(place.question, lang, s.id);
    const optionText = view.type === 'single' || view.type === 'multiple' ? Object.fromEntries(view.options.map((o) => [o.id, o.text])) : undefined;
    items.push({
      ...s,
      ref: s.id,
      type: types.get(s.id)!,
      prompt: view.prompt,
      sourceQuizId: place.source.id,
      sourceModuleId: place.source.moduleId,
      questionId: place.questionId,
      ...(optionText ? { optionText } : {}),
    });
  }
  return { quizId: quiz.id, moduleId: quiz.moduleId, title: textIn(quiz.title, lang), takers: attempts.length, items };
}

/** The item analysis of every quiz of the pack that some trainee took. */
export function classItemReport(pack: Pack, trainees: readonly ClassTrainee[], lang: string): QuizItemReport[] {
  const byQuiz = firstAttemptsByQuiz(trainees, pack.manifest.id);
  const out: QuizItemReport[] = [];
  for (const quiz of pack.quizzes.values()) {
    const attempts = byQuiz.get(quiz.id);
    if (attempts) out.push(quizItemReport(pack, quiz, attempts, lang));
  }
  return out;
}
