// The pre-test and post-test: a short diagnostic quiz drawn from the course's own questions
// (each module's quizzes and knowledge checks, never the final exam or another draw), a few per
// module, the same for a given seed so the post-test can ask exactly what the pre-test asked.
// Questions a room answers by a show of hands (single, true/false, multiple) are preferred.
import type { Pack } from '../content/model';
import { chooseLang, type LangChoice } from '../content/views';
import { questionView, textIn, type QuestionView } from '../content/questionViews';
import { seededRandom, shuffled } from '../quiz/shuffle';

export const DIAGNOSTIC_PER_MODULE = 2;
const SHOW_OF_HANDS = new Set(['single', 'true-false', 'multiple']);

export interface DiagnosticQuestion {
  moduleId: string;
  question: QuestionView;
}

export interface DiagnosticQuiz extends LangChoice {
  packId: string;
  seed: number;
  /** Module titles, in course order, for the modules asked about. */
  modules: { id: string; title: string }[];
  questions: DiagnosticQuestion[];
}

/** Per-module salt, so modules do not all pick the same positions. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function diagnosticQuiz(pack: Pack, requested: string, seed: number, perModule = DIAGNOSTIC_PER_MODULE): DiagnosticQuiz {
  const choice = chooseLang(pack, requested);
  const quizzes = [...pack.quizzes.values()].filter((q) => !q.final && !q.draw);
  const modules: DiagnosticQuiz['modules'] = [];
  const questions: DiagnosticQuestion[] = [];
  for (const m of pack.modules) {
    const bank = quizzes
      .filter((q) => q.moduleId === m.id)
      .flatMap((quiz) => quiz.questions.map((question) => ({ ref: `${quiz.id}/${question.id}`, question })));
    if (bank.length === 0) continue;
    const preferred = bank.filter((b) => SHOW_OF_HANDS.has(b.question.type));
    const pool = preferred.length >= perModule ? preferred : bank;
    const picked = shuffled(pool, seededRandom((seed ^ hash(m.id)) >>> 0)).slice(0, perModule);
    modules.push({ id: m.id, title: textIn(m.title, choice.lang) });
    for (const p of picked) questions.push({ moduleId: m.id, question: questionView(p.question, choice.lang, p.ref) });
  }
  return { ...choice, packId: pack.manifest.id, seed, modules, questions };
}
