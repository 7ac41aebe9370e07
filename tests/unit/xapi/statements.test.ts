// Statement builders (src/core/xapi): every learning event as an xAPI 1.0.3 statement whose
// shape the schema checks, stable activity ids under the administration's IRI, the learner as
// an account, and each of the nine question types as an interaction with its response and
// correct-response pattern in xAPI's format. The LRS tests (lrs.test.ts) send the same
// statements to Learning Locker's validator.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/core/content/loadPack';
import { quizView } from '../../../src/core/content/views';
import type { QuestionView } from '../../../src/core/content/questionViews';
import type { Answer } from '../../../src/core/quiz/answers';
import { scoreQuiz } from '../../../src/core/quiz/scoring';
import type { AttemptRecord } from '../../../src/core/progress/model';
import { emptySummary, withAttempt } from '../../../src/core/progress/summaryModel';
import { activityIds, DEFAULT_ACTIVITY_IRI_BASE } from '../../../src/core/xapi/activityIds';
import { isoDuration } from '../../../src/core/xapi/builders';
import { accountHomePage, attemptXapi, lessonEventXapi, statementContext } from '../../../src/core/xapi/learningEvents';
import { applyOutbox, emptyOutbox, outboxEvents, sendable } from '../../../src/core/xapi/outbox';
import { statementSchema, type Statement } from '../../../src/core/xapi/statement';
import { readPackDir } from '../../../electron/services/content/packReader';
import { REPO_ROOT } from '../content/fixturePacks';

const { pack } = loadPack(readPackDir(path.join(REPO_ROOT, 'tests/fixtures/gift/source-pack')));
const BASE = 'https://customs.example/academy';
let n = 0;
const sequentialIds = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const ctx = statementContext({ endpoint: 'https://lrs.customs.example/xapi/', activityIriBase: BASE }, 'p-0123456789ab', sequentialIds);

/** The right answer to a question view, built from its key. */
function rightAnswer(q: QuestionView): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single', option: q.answer! };
    case 'multiple':
      return { type: 'multiple', options: q.answers };
    case 'true-false':
      return { type: 'true-false', value: q.answer };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) };
    case 'ordering':
      return { type: 'ordering', order: q.items.map((i) => i.id) };
    case 'cloze':
      return { type: 'cloze', blanks: Object.fromEntries(q.blanks.map((b) => [b.id, b.accept[0]!])) };
    case 'numeric':
      return { type: 'numeric', value: String(q.answer).replace('.', ',') };
    case 'scenario': {
      const path: { step: string; choice: string }[] = [];
      for (let at: string | undefined = q.start; at; ) {
        const choice = q.steps.find((s) => s.id === at)!.choices.find((c) => c.correct)!;
        path.push({ step: at, choice: choice.id });
        at = choice.next;
      }
      return { type: 'scenario', path };
    }
    case 'inspection':
      return { type: 'inspection', flagged: q.document.fields.filter((f) => f.flag).map((f) => f.id) };
  }
}

function attemptOf(answers: Record<string, Answer>, lang: 'en' | 'fr' = 'fr') {
  const quiz = pack!.quizzes.get('all-types')!;
  const asked = quizView(pack!, quiz, lang, 0).questions;
  const result = scoreQuiz(asked, answers, quiz.passMark);
  const attempt: AttemptRecord = {
    id: 'a-1',
    packId: 'gift-source',
    quizId: 'all-types',
    lang,
    seed: 0,
    startedAt: '2026-03-01T09:00:00.000Z',
    finishedAt: '2026-03-01T09:04:05.500Z',
    durationMs: 245_500,
    answers,
    points: result.points,
    maxPoints: result.maxPoints,
    score: result.score,
    passMark: quiz.passMark,
    passed: result.passed,
  };
  return { asked, result, attempt };
}

function allRight() {
  const quiz = pack!.quizzes.get('all-types')!;
  const asked = quizView(pack!, quiz, 'fr', 0).questions;
  return attemptOf(Object.fromEntries(asked.map((q) => [q.id, rightAnswer(q)])));
}

const built = () => {
  const { asked, result, attempt } = allRight();
  const before = emptySummary();
  const after = { ...before, quizzes: withAttempt(before.quizzes, attempt) };
  return attemptXapi(ctx, pack!, {}, { attempt, asked, scores: result.questions, before, after });
};

const byVerb = (statements: Statement[], word: string) => statements.filter((s) => s.verb.id === `http://adlnet.gov/expapi/verbs/${word}`);

describe('statements of a quiz attempt', () => {
  it('are attempted, one answered per question, then passed: each a valid statement with its own UUID', () => {
    const { statements, registrations } = built();
    for (const s of statements) expect(statementSchema.safeParse(s).success, JSON.stringify(s)).toBe(true);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(byVerb(statements, 'attempted')).toHaveLength(1);
    expect(byVerb(statements, 'answered')).toHaveLength(pack!.quizzes.get('all-types')!.questions.length);
    expect(byVerb(statements, 'passed')).toHaveLength(1);
    expect(byVerb(statements, 'failed')).toHaveLength(0);
    // The registration of this enrolment is created with the first statements and recorded with them.
    expect(Object.keys(registrations!)).toEqual(['gift-source']);
    expect(new Set(statements.map((s) => s.context?.registration))).toEqual(new Set([registrations!['gift-source']]));
  });

  it('names the learner as an account (no e-mail) and the context: registration, language, parent and grouping', () => {
    const { statements } = built();
    const passed = byVerb(statements, 'passed')[0]!;
    expect(passed.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://lrs.customs.example', name: 'p-0123456789ab' } });
    expect(passed.context?.language).toBe('fr');
    expect(passed.context?.contextActivities?.parent?.map((a) => a.id)).toEqual([`${BASE}/packs/gift-source/lessons/intro`]);
    expect(passed.context?.contextActivities?.grouping?.map((a) => a.id)).toEqual([`${BASE}/packs/gift-source`, `${BASE}/packs/gift-source/modules/basics`]);
    expect(passed.result).toEqual({ score: { scaled: 1, raw: 15, min: 0, max: 15 }, success: true, completion: true, duration: 'PT4M5.5S' });
    expect(passed.object.definition?.name).toEqual({ fr: 'Tous les types de questions' });
    const answered = byVerb(statements, 'answered')[0]!;
    expect(answered.context?.contextActivities?.parent?.map((a) => a.id)).toEqual([`${BASE}/packs/gift-source/quizzes/all-types`]);
  });

  it('gives each question type its interaction type, correct pattern and response in xAPI format', () => {
    const { statements } = built();
    const answered = Object.fromEntries(byVerb(statements, 'answered').map((s) => [s.object.id.split('/').pop()!, s]));
    const of = (id: string) => ({
      type: answered[id]!.object.definition?.interactionType,
      pattern: answered[id]!.object.definition?.correctResponsesPattern,
      response: answered[id]!.result?.response,
      success: answered[id]!.result?.success,
    });
    expect(of('single')).toEqual({ type: 'choice', pattern: ['b'], response: 'b', success: true });
    expect(of('multiple-partial').type).toBe('choice');
    expect(of('multiple-partial').pattern).toEqual([of('multiple-partial').response]);
    expect(of('true-false')).toEqual({ type: 'true-false', pattern: ['false'], response: 'false', success: true });
    expect(of('matching-general')).toEqual({ type: 'matching', pattern: ['a[.]a[,]b[.]b'], response: 'a[.]a[,]b[.]b', success: true });
    expect(of('ordering')).toEqual({ type: 'sequencing', pattern: ['a[,]b[,]c'], response: 'a[,]b[,]c', success: true });
    expect(of('two-blanks')).toEqual({ type: 'fill-in', pattern: ['{case_matters=false}de destination[,]douane'], response: 'de destination[,]douane', success: true });
    expect(of('exact-blank')).toEqual({ type: 'fill-in', pattern: ['CN22'], response: 'CN22', success: true });
    // The tolerance as a range; the number typed the French way ("23,4") as a number.
    expect(of('numeric')).toEqual({ type: 'numeric', pattern: [`${23.4 - 0.05}[:]${23.4 + 0.05}`], response: '23.4', success: true });
    expect(of('numeric-unit')).toEqual({ type: 'numeric', pattern: ['5'], response: '5', success: true });
    expect(of('scenario')).toEqual({ type: 'other', pattern: ['s1[.]a'], response: 's1[.]a', success: true });
    expect(of('inspection')).toEqual({ type: 'choice', pattern: ['contents'], response: 'contents', success: true });
    // All nine types are there.
    const types = new Set(pack!.quizzes.get('all-types')!.questions.map((q) => q.type));
    expect(types.size).toBe(9);
  });

  it('records a wrong answer as given, unsuccessful, with the right pattern beside it; a failed attempt says failed', () => {
    const { asked, result, attempt } = attemptOf({ single: { type: 'single', option: 'a' }, ordering: { type: 'ordering', order: ['c', 'b', 'a'] } });
    const before = emptySummary();
    const after = { ...before, quizzes: withAttempt(before.quizzes, attempt) };
    const { statements } = attemptXapi(ctx, pack!, { 'gift-source': '11111111-1111-4111-8111-111111111111' }, { attempt, asked, scores: result.questions, before, after });
    const single = statements.find((s) => s.object.id.endsWith('/questions/single'))!;
    expect(single.result).toMatchObject({ response: 'a', success: false, score: { scaled: 0 } });
    const ordering = statements.find((s) => s.object.id.endsWith('/questions/ordering'))!;
    expect(ordering.result?.response).toBe('c[,]b[,]a');
    // Unanswered: no response at all.
    expect(statements.find((s) => s.object.id.endsWith('/questions/scenario'))!.result?.response).toBeUndefined();
    expect(byVerb(statements, 'failed')).toHaveLength(1);
    expect(byVerb(statements, 'failed')[0]!.result?.success).toBe(false);
    expect(new Set(statements.map((s) => s.context?.registration))).toEqual(new Set(['11111111-1111-4111-8111-111111111111']));
  });
});

describe('lesson, module and course statements', () => {
  it('opening is experienced, finishing is completed, and finishing the last step completes the module', () => {
    const at = '2026-03-01T10:00:00.000Z';
    const opened = lessonEventXapi(ctx, pack!, 'en', {}, { lessonId: 'intro', event: 'opened', at, before: emptySummary(), after: emptySummary() });
    expect(opened.statements.map((s) => s.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/experienced']);
    expect(opened.statements[0]!.object.id).toBe(`${BASE}/packs/gift-source/lessons/intro`);
    // The module is complete when its lessons are finished and its quiz (none here) passed.
    const after = { ...emptySummary(), lessons: { 'gift-source/intro': { openedAt: at, finishedAt: at } } };
    const finished = lessonEventXapi(ctx, pack!, 'en', {}, { lessonId: 'intro', event: 'finished', at, before: emptySummary(), after });
    expect(finished.statements.map((s) => [s.verb.display.en, s.object.id])).toEqual([
      ['completed', `${BASE}/packs/gift-source/lessons/intro`],
      ['completed', `${BASE}/packs/gift-source/modules/basics`],
      // A pack without a final assessment is completed with its modules.
      ['completed', `${BASE}/packs/gift-source`],
    ]);
    for (const s of finished.statements) expect(statementSchema.safeParse(s).success).toBe(true);
  });
});

describe('activity ids and names', () => {
  it('are built from ids under the policy IRI, with a documented default', () => {
    const ids = activityIds(`${BASE}/`);
    expect(ids.question('p', 'final', 'other-quiz/q1')).toBe(`${BASE}/packs/p/quizzes/other-quiz/questions/q1`);
    expect(ids.question('p', 'final', 'q1')).toBe(`${BASE}/packs/p/quizzes/final/questions/q1`);
    expect(activityIds().course('p')).toBe(`${DEFAULT_ACTIVITY_IRI_BASE}/packs/p`);
    expect(accountHomePage({ homePage: 'https://hr.customs.example' })).toBe('https://hr.customs.example');
    expect(accountHomePage({ endpoint: 'https://LRS.example:8443/data/xAPI' })).toBe('https://lrs.example:8443');
  });

  it('durations are ISO 8601 as xAPI writes them', () => {
    expect([0, 1234, 61_000, 3_723_450].map(isoDuration)).toEqual(['PT0S', 'PT1.23S', 'PT1M1S', 'PT1H2M3.45S']);
  });
});

describe('the outbox fold', () => {
  it('queues, marks refused, removes only on confirmation, and survives a new log generation', () => {
    const { statements, registrations } = built();
    const o = emptyOutbox();
    applyOutbox(o, { type: 'attempt', xapi: { statements, registrations } });
    expect(sendable(o).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    applyOutbox(o, { type: 'xapi-refused', ids: [statements[1]!.id], status: 400, at: '2026-03-01T10:00:00.000Z' });
    applyOutbox(o, { type: 'xapi-sent', ids: [statements[0]!.id], at: '2026-03-01T10:00:01.000Z' });
    expect(sendable(o).map((s) => s.id)).toEqual(statements.slice(2).map((s) => s.id));
    expect(o.queued.size).toBe(statements.length - 1);
    // A new generation of the log carries the same outbox.
    const copy = emptyOutbox();
    for (const e of outboxEvents(o)) applyOutbox(copy, e);
    expect([...copy.queued.keys()]).toEqual([...o.queued.keys()]);
    expect([...copy.refused]).toEqual([...o.refused]);
    expect(copy.registrations).toEqual(registrations);
    expect(copy.lastSentAt).toBe('2026-03-01T10:00:01.000Z');
  });
});
