// Bench: portable progress files for a learner with 5,000 quiz attempts (and study time on every
// lesson). Times, through the real services on a temporary folder:
//   export   exportFile(): read the record, canonical JSON, SHA-256, file text
//   inspect  inspectProgressFile: size, parse, pollution and depth walk, hash, strict schemas, diff
//   restore  restoreProgress into an empty learner: all of inspect, a backup, two atomic writes
// and the progress report (the progress screen's figures, re-scoring every attempt).
// Prints numbers; passes or fails nothing. Run alone with `npx tsx tests/bench/portable.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices, type Services } from '../../electron/services/services';
import { quizView, type QuestionView } from '../../src/core/content/views';
import { MAX_PORTABLE_BYTES } from '../../src/core/portable/format';
import type { AttemptRecord } from '../../src/core/progress/model';
import type { Answer } from '../../src/core/quiz/answers';
import { scoreQuiz } from '../../src/core/quiz/scoring';
import { emptyStudyTime } from '../../src/core/studyTime/record';

const repo = path.resolve(import.meta.dirname, '../..');
const PACK = 'wco-ecommerce';
const ATTEMPTS = 5000;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function answerFor(q: QuestionView, n: number): Answer | undefined {
  switch (q.type) {
    case 'single':
      return { type: 'single', option: q.options[n % q.options.length]!.id };
    case 'multiple':
      return { type: 'multiple', options: q.options.filter((_, i) => (i + n) % 2 === 0).map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: n % 2 === 0 };
    case 'ordering':
      return { type: 'ordering', order: q.items.map((i) => i.id).reverse() };
    default:
      return undefined;
  }
}

/** 5,000 attempts spread over every quiz of the pack, scored like the service scores them. */
function syntheticAttempts(s: Services): AttemptRecord[] {
  const pack = s.content.pack(PACK);
  const quizzes = [...pack.quizzes.values()];
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: ATTEMPTS }, (_, n) => {
    const quiz = quizzes[n % quizzes.length]!;
    const seed = n % 50;
    const questions = quizView(pack, quiz, 'en', seed).questions;
    const answers: Record<string, Answer> = {};
    questions.forEach((q, i) => {
      const a = answerFor(q, n + i);
      if (a) answers[q.id] = a;
    });
    const result = scoreQuiz(questions, answers, quiz.passMark);
    const at = new Date(start + n * 3_600_000).toISOString();
    return {
      id: `bench-${n}`,
      packId: PACK,
      quizId: quiz.id,
      lang: 'en',
      seed,
      startedAt: at,
      finishedAt: at,
      durationMs: 120_000,
      answers,
      points: result.points,
      maxPoints: result.maxPoints,
      score: result.score,
      passMark: quiz.passMark,
      passed: result.passed,
    };
  });
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export async function printPortableBench(): Promise<void> {
  const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'academy-bench-portable-')), fs.mkdtempSync(path.join(os.tmpdir(), 'academy-bench-portable-'))];
  const open = (dataDir: string) => createServices({ dataDir, contentRoots: [path.join(repo, 'content')], openExternal: async () => {} });
  const source = open(dirs[0]!);
  try {
    const pack = source.content.pack(PACK);
    const attempts = syntheticAttempts(source);
    source.progress.replace({ ...source.progress.snapshot(), attempts });
    let studyTime = emptyStudyTime();
    for (const id of pack.lessons.keys()) studyTime = { ...studyTime, lessons: { ...studyTime.lessons, [`${PACK}/${id}`]: 600_000 } };
    for (const id of pack.quizzes.keys()) studyTime = { ...studyTime, quizzes: { ...studyTime.quizzes, [`${PACK}/${id}`]: 300_000 } };
    source.studyTime.replace(studyTime);

    const exports = Array.from({ length: RUNS }, () => time(() => source.portable.exportFile()));
    const file = exports[0]!.value;
    const inspects = Array.from({ length: RUNS }, () => time(() => source.portable.inspect(file.text)));
    if (!inspects[0]!.value.ok) throw new Error(`the exported file did not import: ${JSON.stringify(inspects[0]!.value)}`);
    const reports = Array.from({ length: RUNS }, () => time(() => source.progressReport.view('en')));

    // A restore into a learner with an empty record: everything is new, everything is written.
    const target = open(dirs[1]!);
    const restore = time(() => target.portable.restore(file.text));
    if (!restore.value.ok || target.progress.snapshot().attempts.length !== ATTEMPTS) throw new Error('the restore did not bring the 5,000 attempts in');

    const mb = (file.bytes / (1024 * 1024)).toFixed(2);
    console.log(
      `bench portable: ${ATTEMPTS} attempts, file ${mb} MB (import limit ${MAX_PORTABLE_BYTES / (1024 * 1024)} MB); ` +
        `export ${median(exports.map((r) => r.ms)).toFixed(0)} ms, import check (inspect) ${median(inspects.map((r) => r.ms)).toFixed(0)} ms (medians of ${RUNS}), ` +
        `restore into an empty record ${restore.ms.toFixed(0)} ms; progress report ${median(reports.map((r) => r.ms)).toFixed(0)} ms`,
    );
    await target.close();
  } finally {
    await source.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await printPortableBench();
