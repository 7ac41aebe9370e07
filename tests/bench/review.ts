// Bench: scoring a quiz attempt and updating the review queue, for a learner whose record already
// holds 5,000 answers (and the review cards their misses made). Times progressService.submitAttempt
// end to end (score from the pack keys, queue the misses, validate and write the whole record
// atomically, back it up) and, separately, the pure part (scoreQuiz + reviewOnAttempt).
// Prints numbers; passes or fails nothing. Run alone with `npx tsx tests/bench/review.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContentLibrary } from '../../electron/services/content/contentLibrary';
import { openProgressService } from '../../electron/services/progress/progressService';
import { confStoreFactory } from '../../electron/services/services';
import type { Pack, Quiz } from '../../src/core/content/model';
import { quizView, type QuestionView } from '../../src/core/content/views';
import { emptyProgress, type AttemptRecord, type ProgressData } from '../../src/core/progress/model';
import type { Answer } from '../../src/core/quiz/answers';
import { scoreQuiz } from '../../src/core/quiz/scoring';
import { reviewOnAttempt } from '../../src/core/review/events';

const repo = path.resolve(import.meta.dirname, '../..');
const PAST_ANSWERS = 5000;
const RUNS = 60;
const WARM_UP = 5;

export interface ReviewBench {
  pastAnswers: number;
  cards: number;
  fileKb: number;
  /** submitAttempt end to end, ms. */
  p50: number;
  p95: number;
  /** scoreQuiz + reviewOnAttempt in memory, ms. */
  coreP95: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};

/** A plausible answer (right or wrong, by `n`) for the question types a learner taps through. */
function answerFor(q: QuestionView, n: number): Answer | undefined {
  switch (q.type) {
    case 'single':
      return { type: 'single', option: q.options[n % q.options.length]!.id };
    case 'multiple':
      return { type: 'multiple', options: q.options.filter((_, i) => (i + n) % 2 === 0).map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: n % 2 === 0 };
    case 'numeric':
      return { type: 'numeric', value: String(n % 7) };
    default:
      return undefined;
  }
}

function answersFor(questions: QuestionView[], n: number): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  questions.forEach((q, i) => {
    const a = answerFor(q, n + i);
    if (a) out[q.id] = a;
  });
  return out;
}

/** A record with PAST_ANSWERS answers over the pack's quizzes, and the review cards they made. */
function pastRecord(pack: Pack, quizzes: Quiz[]): ProgressData {
  let data = emptyProgress();
  const attempts: AttemptRecord[] = [];
  let answers = 0;
  let at = Date.parse('2024-01-01T08:00:00.000Z');
  for (let n = 0; answers < PAST_ANSWERS; n++) {
    const quiz = quizzes[n % quizzes.length]!;
    const questions = quizView(pack, quiz, 'en', 0).questions;
    const given = answersFor(questions, n);
    const count = Object.keys(given).length;
    if (count === 0) continue;
    answers += count;
    const result = scoreQuiz(questions, given, quiz.passMark);
    at += 3_600_000;
    const finishedAt = new Date(at);
    attempts.push({
      id: `bench-${n}`,
      packId: pack.manifest.id,
      quizId: quiz.id,
      lang: 'en',
      seed: 0,
      startedAt: new Date(at - 600_000).toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: 600_000,
      answers: given,
      points: result.points,
      maxPoints: result.maxPoints,
      score: result.score,
      passMark: quiz.passMark,
      passed: result.passed,
    });
    data = { ...data, review: reviewOnAttempt(data.review, { packId: pack.manifest.id, quizId: quiz.id, questions: result.questions }, finishedAt, finishedAt.toISOString().slice(0, 10)) };
  }
  return { ...data, attempts };
}

export async function benchReview(): Promise<ReviewBench> {
  const content = loadContentLibrary([path.join(repo, 'content')]);
  const pack = content.pack('wco-ecommerce');
  const quizzes = [...pack.quizzes.values()].filter((q) => !q.draw && q.maxAttempts === undefined && q.questions.length > 0);
  const quiz = quizzes.find((q) => q.id === 'basics-quiz') ?? quizzes[0]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-bench-review-'));
  try {
    const past = pastRecord(pack, quizzes);
    const progress = openProgressService({ dir, content, createStore: confStoreFactory });
    progress.replace(past);
    const questions = quizView(pack, quiz, 'en', 0).questions;
    const args = (n: number) => ({
      packId: pack.manifest.id,
      quizId: quiz.id,
      lang: 'en',
      answers: answersFor(questions, n),
      seed: 0,
      startedAt: new Date().toISOString(),
      durationMs: 60_000,
    });

    const times: number[] = [];
    for (let n = 0; n < WARM_UP + RUNS; n++) {
      const t0 = performance.now();
      progress.submitAttempt(args(n));
      if (n >= WARM_UP) times.push(performance.now() - t0);
    }

    const core: number[] = [];
    const review = progress.snapshot().review;
    for (let n = 0; n < 200; n++) {
      const t0 = performance.now();
      const result = scoreQuiz(questions, args(n).answers, quiz.passMark);
      reviewOnAttempt(review, { packId: pack.manifest.id, quizId: quiz.id, questions: result.questions }, new Date(), '2025-01-01');
      core.push(performance.now() - t0);
    }
    progress.close();
    // The learner's record on disk: the event log and the snapshot (and the snapshot's backups).
    const recordBytes = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((sum, f) => (f.isFile() ? sum + fs.statSync(path.join(f.parentPath, f.name)).size : sum), 0);
    return {
      pastAnswers: past.attempts.reduce((sum, a) => sum + Object.keys(a.answers).length, 0),
      cards: Object.keys(past.review.cards).length,
      fileKb: recordBytes / 1024,
      p50: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      coreP95: quantile(core, 0.95),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function printReviewBench(): Promise<void> {
  const b = await benchReview();
  console.log(
    `bench (review) score an attempt + update the review queue, ${b.pastAnswers} past answers, ${b.cards} cards, ${b.fileKb.toFixed(0)} KB on disk (log, snapshot, backups): ` +
      `p50 ${b.p50.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms end to end with the atomic write (${RUNS} attempts); in memory p95 ${b.coreP95.toFixed(2)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await printReviewBench();
