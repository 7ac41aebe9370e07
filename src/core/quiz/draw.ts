// Which questions an attempt asks. A quiz lists its own questions and may draw more from a
// bank (other quizzes of the pack). The draw and the order come from the attempt's seed, so the
// service can rebuild exactly what the learner saw to score and review it.
import type { Pack, Quiz } from '../content/model';
import type { DrawRule, Question } from '../content/schemas';
import { seededRandom, shuffled } from './shuffle';

export interface AskedQuestion {
  /** The question id, or `<quiz>/<question>` for a drawn question. */
  ref: string;
  moduleId: string;
  question: Question;
}

/** The questions a draw rule may pick from: listed questions of the quizzes it names, never other draws. */
export function drawPool(pack: Pack, self: Quiz, rule: DrawRule): AskedQuestion[] {
  const sources = [...pack.quizzes.values()].filter((q) => {
    if (q.id === self.id || q.draw) return false;
    if (rule.quizzes) return rule.quizzes.includes(q.id);
    if (rule.modules) return rule.modules.includes(q.moduleId);
    return true;
  });
  const wanted = rule.tags && new Set(rule.tags);
  return sources.flatMap((quiz) =>
    quiz.questions
      .filter((question) => !wanted || (question.tags ?? []).some((t) => wanted.has(t)))
      .map((question) => ({ ref: `${quiz.id}/${question.id}`, moduleId: quiz.moduleId, question })),
  );
}

/** `count` questions from the pool; with spread "modules", taken in turn from each module. */
function drawFrom(pool: AskedQuestion[], rule: DrawRule, random: () => number): AskedQuestion[] {
  const mixed = shuffled(pool, random);
  if (rule.spread !== 'modules') return mixed.slice(0, rule.count);
  const byModule = new Map<string, AskedQuestion[]>();
  for (const q of mixed) byModule.set(q.moduleId, [...(byModule.get(q.moduleId) ?? []), q]);
  const queues = shuffled([...byModule.values()], random);
  const out: AskedQuestion[] = [];
  while (out.length < rule.count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && out.length < rule.count) out.push(next);
    }
  }
  return out;
}

export function askedQuestions(pack: Pack, quiz: Quiz, seed: number): AskedQuestion[] {
  const random = seededRandom(seed ^ 0x5bd1e995);
  const own = quiz.questions.map((question) => ({ ref: question.id, moduleId: quiz.moduleId, question }));
  const drawn = quiz.draw ? drawFrom(drawPool(pack, quiz, quiz.draw), quiz.draw, random) : [];
  const all = [...own, ...drawn];
  return quiz.shuffle && seed !== 0 ? shuffled(all, random) : all;
}
