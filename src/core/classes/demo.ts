// Demo progress files for trying classes and for the benchmark: N trainees of one pack with
// varied progress (some finish the course, some stop early), abilities that differ, and wrong
// answers concentrated on a few "trap" questions, where most trainees pick the same distractor.
// Every attempt is scored by the real scoring on the real questions (rebuilt from its seed), so
// the files are exactly what the app would have written. Deterministic: a seed gives the same
// files.
import type { Pack, Quiz } from '../content/model';
import { quizView, type QuestionView } from '../content/views';
import type { Answer } from '../quiz/answers';
import { scoreQuiz } from '../quiz/scoring';
import { seededRandom } from '../quiz/shuffle';
import { emptyProgress, type AttemptRecord, type ProgressData } from '../progress/model';
import { emptyStudyTime, type StudyTimeData } from '../studyTime/record';
import type { PortableBody } from '../portable/format';

export interface DemoTrainee {
  learnerId: string;
  name: string;
  body: PortableBody;
  exportedAt: string;
}

const FIRST = ['Aïcha', 'Jean-Baptiste', 'Ngozi', 'Lukas', 'Mariam', 'José', 'Fatou', 'Chloé', 'Kwame', 'Élodie', 'Samuel', 'Amina', 'Thierry', 'Grace', 'Yusuf', 'Hélène', 'Oumar', 'Sofia', 'Pierre', 'Zanele'];
const LAST = ['N’Diaye', 'Okafor', 'Müller', 'Traoré', 'Álvarez', 'Dubois', 'Mensah', 'Kouassi', 'Haddad', 'Ouédraogo', 'Smith', 'Benali', 'Ferreira', 'Diallo', 'Nkosi', 'Lefèvre', 'Banda', 'Rahman', 'Moreau', 'Tshabalala'];

const DAY_MS = 24 * 3600 * 1000;
const START = Date.UTC(2026, 2, 2, 8, 0, 0);

/** The chance a trainee of ability θ answers a question of difficulty b right (a logistic curve). */
const pRight = (theta: number, b: number) => 1 / (1 + Math.exp(-(theta - b)));

function hexOf(random: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(random() * 16).toString(16);
  return s;
}

const uuidOf = (r: () => number) => `${hexOf(r, 8)}-${hexOf(r, 4)}-4${hexOf(r, 3)}-a${hexOf(r, 3)}-${hexOf(r, 12)}`;

/** An answer to `q`: right, or wrong (for a trap, the trap's distractor). */
function answerFor(q: QuestionView, right: boolean, random: () => number, trap: boolean): Answer | undefined {
  switch (q.type) {
    case 'single': {
      if (right && q.answer) return { type: 'single', option: q.answer };
      const wrong = q.options.filter((o) => o.id !== q.answer);
      const pick = trap ? wrong[0] : wrong[Math.floor(random() * wrong.length)];
      return pick ? { type: 'single', option: pick.id } : undefined;
    }
    case 'multiple': {
      if (right) return { type: 'multiple', options: q.answers };
      const extra = q.options.find((o) => !q.answers.includes(o.id));
      return { type: 'multiple', options: [...q.answers.slice(1), ...(extra ? [extra.id] : [])] };
    }
    case 'true-false':
      return { type: 'true-false', value: right ? q.answer : !q.answer };
    case 'matching': {
      const pairs = Object.fromEntries(q.pairs.map((p) => [p.id, p.id]));
      if (!right && q.pairs.length > 1) [pairs[q.pairs[0]!.id], pairs[q.pairs[1]!.id]] = [q.pairs[1]!.id, q.pairs[0]!.id];
      return { type: 'matching', pairs };
    }
    case 'ordering': {
      const order = q.items.map((i) => i.id);
      if (!right && order.length > 1) [order[0], order[1]] = [order[1]!, order[0]!];
      return { type: 'ordering', order };
    }
    case 'cloze':
      return { type: 'cloze', blanks: Object.fromEntries(q.blanks.map((b) => [b.id, right ? (b.accept[0] ?? '') : '?'])) };
    case 'numeric':
      return { type: 'numeric', value: String(right ? q.answer : q.answer + q.tolerance + 1 + Math.abs(q.answer)) };
    case 'scenario': {
      if (!right) return { type: 'scenario', path: [] };
      const steps = new Map(q.steps.map((s) => [s.id, s]));
      const path: { step: string; choice: string }[] = [];
      let at: string | undefined = q.start;
      while (at && path.length < 50) {
        const choice: { id: string; next?: string } | undefined = steps.get(at)?.choices.find((c) => c.correct) ?? steps.get(at)?.choices[0];
        if (!choice) break;
        path.push({ step: at, choice: choice.id });
        at = choice.next;
      }
      return { type: 'scenario', path };
    }
    case 'inspection':
      return { type: 'inspection', flagged: right ? q.document.fields.filter((f) => f.flag).map((f) => f.id) : [] };
  }
}

interface Ctx {
  pack: Pack;
  random: () => number;
  theta: number;
  lang: string;
  difficulty: Map<string, number>;
  traps: Set<string>;
}

function attemptAt(ctx: Ctx, quiz: Quiz, at: number, practice: number): AttemptRecord {
  const seed = Math.floor(ctx.random() * 2 ** 31);
  const questions = quizView(ctx.pack, quiz, ctx.lang, seed).questions;
  const answers: Record<string, Answer> = {};
  for (const q of questions) {
    const key = `${quiz.id}|${q.id}`;
    if (!ctx.difficulty.has(key)) ctx.difficulty.set(key, ctx.random() * 2.4 - 1.6);
    const trap = ctx.traps.has(key);
    const b = trap ? 2.2 : ctx.difficulty.get(key)!;
    const a = answerFor(q, ctx.random() < pRight(ctx.theta + practice, b), ctx.random, trap);
    if (a) answers[q.id] = a;
  }
  const scored = scoreQuiz(questions, answers, quiz.passMark);
  const durationMs = Math.round((40 + ctx.random() * 80) * 1000 * Math.max(1, questions.length));
  return {
    id: uuidOf(ctx.random),
    packId: ctx.pack.manifest.id,
    quizId: quiz.id,
    lang: ctx.lang,
    seed,
    startedAt: new Date(at).toISOString(),
    finishedAt: new Date(at + durationMs).toISOString(),
    durationMs,
    answers,
    points: scored.points,
    maxPoints: scored.maxPoints,
    score: scored.score,
    passMark: quiz.passMark,
    passed: scored.passed,
  };
}

/** The questions most trainees will get wrong the same way: a few single-choice ones of each module quiz. */
function chooseTraps(pack: Pack, random: () => number): Set<string> {
  const traps = new Set<string>();
  for (const m of pack.modules) {
    const quiz = m.quiz ? pack.quizzes.get(m.quiz) : undefined;
    if (!quiz || quiz.draw) continue;
    const singles = quiz.questions.filter((q) => q.type === 'single');
    if (singles.length > 0 && random() < 0.5) traps.add(`${quiz.id}|${singles[Math.floor(random() * singles.length)]!.id}`);
  }
  return traps;
}

/** `count` trainees; with `attempts`, each file holds exactly that many attempts (the benchmark's shape). */
export function demoTrainees(pack: Pack, opts: { count: number; seed: number; attempts?: number }): DemoTrainee[] {
  const shared = seededRandom(opts.seed);
  const difficulty = new Map<string, number>();
  const traps = chooseTraps(pack, shared);
  const out: DemoTrainee[] = [];
  const langs = pack.manifest.languages;
  for (let n = 0; n < opts.count; n++) {
    const random = seededRandom((opts.seed * 7919 + n * 104729 + 1) >>> 0);
    const ctx: Ctx = { pack, random, theta: random() * 3 - 1, lang: langs[Math.floor(random() * langs.length)] ?? 'en', difficulty, traps };
    const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7 + Math.floor(n / LAST.length)) % LAST.length]}`;
    const progress: ProgressData = emptyProgress();
    const studyTime: StudyTimeData = emptyStudyTime();
    const packId = pack.manifest.id;
    // How far this trainee got: from a third of the modules to all of them.
    const reach = opts.attempts ? pack.modules.length : Math.max(1, Math.round(pack.modules.length * (0.3 + random() * 0.7)));
    let clock = START + Math.floor(random() * 3) * DAY_MS + Math.floor(random() * 90) * 60_000;
    const days = new Set<string>();
    const attempts: AttemptRecord[] = [];
    const take = (quiz: Quiz, practice = 0) => {
      const a = attemptAt(ctx, quiz, clock, practice);
      attempts.push(a);
      clock = Date.parse(a.finishedAt) + 60_000 * (2 + Math.floor(random() * 10));
      studyTime.quizzes[`${packId}/${quiz.id}`] = (studyTime.quizzes[`${packId}/${quiz.id}`] ?? 0) + a.durationMs;
      days.add(a.finishedAt.slice(0, 10));
      return a;
    };
    for (const m of pack.modules.slice(0, reach)) {
      for (const lessonId of m.lessonIds) {
        const lesson = pack.lessons.get(lessonId);
        const minutes = lesson?.byLang[ctx.lang]?.frontMatter.minutes ?? 10;
        const openedAt = new Date(clock).toISOString();
        const spent = Math.round(minutes * 60_000 * (0.6 + random() * 0.9));
        clock += spent;
        progress.lessons[`${packId}/${lessonId}`] = { openedAt, finishedAt: new Date(clock).toISOString() };
        studyTime.lessons[`${packId}/${lessonId}`] = spent;
        progress.position = { screen: 'lesson', packId, lessonId, at: new Date(clock).toISOString() };
        days.add(openedAt.slice(0, 10));
        const check = lesson?.check ? pack.quizzes.get(lesson.check) : undefined;
        if (check) take(check);
      }
      const quiz = m.quiz ? pack.quizzes.get(m.quiz) : undefined;
      if (quiz && !quiz.final) {
        // A failed quiz is often taken again, a little better prepared.
        if (!take(quiz).passed && random() < 0.6) take(quiz, 0.5);
      }
      // A training day is about four modules.
      if (random() < 0.25) clock = Math.max(clock, START + Math.ceil((clock - START) / DAY_MS) * DAY_MS) + Math.floor(random() * 60) * 60_000;
    }
    const finalQuiz = [...pack.quizzes.values()].find((q) => q.final);
    if (finalQuiz && reach === pack.modules.length) take(finalQuiz);
    if (opts.attempts !== undefined) {
      // The benchmark's shape: exactly `attempts` attempts, retaking module quizzes if there are too few.
      const modQuizzes = pack.modules.map((m) => (m.quiz ? pack.quizzes.get(m.quiz) : undefined)).filter((q): q is Quiz => q !== undefined && !q.final);
      while (attempts.length < opts.attempts && modQuizzes.length > 0) take(modQuizzes[attempts.length % modQuizzes.length]!, 0.5);
      attempts.length = Math.min(attempts.length, opts.attempts);
    }
    progress.attempts = attempts;
    progress.review = { cards: {}, activeDays: [...days].sort() };
    out.push({ learnerId: `p-${hexOf(random, 12)}`, name, body: { progress, studyTime }, exportedAt: new Date(clock + 5 * 60_000).toISOString() });
  }
  return out;
}
