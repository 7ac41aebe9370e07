// The review channels through the real handlers and services: getReview lists what a missed
// quiz put in the queue, answerReview scores on the main side, and bad arguments are refused
// at the door with a message naming the field, before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createServices } from '../../../electron/services/services';
import type { Channel, Envelope } from '../../../src/core/api/contract';
import type { ReviewAnswerResult, ReviewView } from '../../../src/core/review/items';
import { CONTENT_DIR, PACK_ID, readQuiz, rightAnswers, submission, wrongAnswers } from '../services/packAnswers';
import { useTempDirs } from '../tempDirs';
import { learnerDir } from '../../learnerDir';

const APP_PAGE = 'app://academy/index.html';
const SLOW = 60_000; // each setup loads the whole built-in pack
const tempDir = useTempDirs('academy-review-handlers-');

function setup() {
  const dataDir = tempDir();
  const services = createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });
  const handlers = createHandlers(services, (url) => url === APP_PAGE);
  const call = (channel: Channel, arg?: unknown) => handlers[channel](APP_PAGE, arg);
  return { call, handlers, progressFile: path.join(learnerDir(dataDir), 'progress.json') };
}

function ok<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(`expected ok, got ${e.error.code}: ${e.error.reason} ${JSON.stringify(e.error.params)}`);
  return e.value as T;
}
function failure(e: Envelope<unknown>) {
  if (e.ok) throw new Error(`expected an error, got ${JSON.stringify(e.value).slice(0, 200)}`);
  return e.error;
}

const QUIZ = 'channels-check';
const firstQuestion = () => readQuiz(QUIZ).questions[0]!.id;
const cardOf = (questionId: string) => `q:${PACK_ID}/${QUIZ}/${questionId}`;

describe('getReview / answerReview', () => {
  it('getReview is empty on a fresh data folder', async () => {
    const { call } = setup();
    expect(ok(await call('getReview', { lang: 'en' }))).toEqual({ dueCount: 0, streak: 0, totalCards: 0, items: [] });
  }, SLOW);

  it('a quiz answered all wrong puts every question in the review, as question views', async () => {
    const { call } = setup();
    ok(await call('submitAttempt', submission(QUIZ, wrongAnswers(QUIZ))));
    const view = ok<ReviewView>(await call('getReview', { lang: 'fr' }));
    const ids = readQuiz(QUIZ).questions.map((q) => cardOf(q.id));
    expect(view.dueCount).toBe(ids.length);
    expect(view.streak).toBe(1);
    expect(view.items.map((i) => i.cardId).sort()).toEqual([...ids].sort());
    expect(view.items[0]).toMatchObject({ kind: 'question', lang: 'fr', packId: PACK_ID, quizId: QUIZ });
    expect(ok<ReviewView>(await call('getReview', { lang: 'en', limit: 1 })).items).toHaveLength(1);
  }, SLOW);

  it('answerReview scores the answer on the main side: right is good, wrong is again', async () => {
    const { call } = setup();
    ok(await call('submitAttempt', submission(QUIZ, wrongAnswers(QUIZ))));
    const [q1, q2] = readQuiz(QUIZ).questions.map((q) => q.id);
    const right = ok<ReviewAnswerResult>(await call('answerReview', { cardId: cardOf(q1!), lang: 'en', answer: rightAnswers(QUIZ)[q1!] }));
    expect(right).toMatchObject({ cardId: cardOf(q1!), rating: 'good', score: { correct: true, points: 1 } });
    const wrong = ok<ReviewAnswerResult>(await call('answerReview', { cardId: cardOf(q2!), lang: 'en', answer: wrongAnswers(QUIZ)[q2!] }));
    expect(wrong).toMatchObject({ rating: 'again', score: { correct: false, points: 0 } });
    const after = ok<ReviewView>(await call('getReview', { lang: 'en' }));
    expect(after.items.map((i) => i.cardId)).not.toContain(cardOf(q1!));
  }, SLOW);

  it('answerReview refuses a rating for a question card (bad-request) and an unqueued card (not-found)', async () => {
    const { call, progressFile } = setup();
    ok(await call('submitAttempt', submission(QUIZ, wrongAnswers(QUIZ))));
    const before = fs.readFileSync(progressFile);
    const rated = failure(await call('answerReview', { cardId: cardOf(firstQuestion()), lang: 'en', rating: 'easy' }));
    expect(rated).toEqual({ code: 'bad-request', reason: 'errors.review.needsAnswer', params: {} });
    const unknown = failure(await call('answerReview', { cardId: `t:${PACK_ID}/no-such-term`, lang: 'en', rating: 'good' }));
    expect(unknown).toEqual({ code: 'not-found', reason: 'errors.notFound.reviewCard', params: { card: `t:${PACK_ID}/no-such-term` } });
    expect(fs.readFileSync(progressFile).equals(before)).toBe(true);
  }, SLOW);
});

describe('review channels: bad arguments are refused with the generic reason, naming the field', () => {
  const card = `q:${PACK_ID}/${QUIZ}/q1`;
  const cases: [string, Channel, unknown, RegExp][] = [
    ['no language', 'getReview', {}, /lang/],
    ['a limit over 50', 'getReview', { lang: 'en', limit: 51 }, /limit/],
    ['a fractional limit', 'getReview', { lang: 'en', limit: 1.5 }, /limit/],
    ['an unknown key', 'getReview', { lang: 'en', all: true }, /all/],
    ['both an answer and a rating', 'answerReview', { cardId: card, lang: 'en', answer: { type: 'true-false', value: true }, rating: 'good' }, /answer/],
    ['neither an answer nor a rating', 'answerReview', { cardId: card, lang: 'en' }, /answer/],
    ['an unknown rating', 'answerReview', { cardId: card, lang: 'en', rating: 'perfect' }, /rating/],
    ['a card id with ../', 'answerReview', { cardId: 't:../etc', lang: 'en', rating: 'good' }, /cardId/],
    ['a __proto__ card id', 'answerReview', { cardId: '__proto__', lang: 'en', rating: 'good' }, /cardId/],
    ['a claimed score', 'answerReview', { cardId: card, lang: 'en', answer: { type: 'true-false', value: true }, score: 1 }, /score/],
    ['an answer of an unknown type', 'answerReview', { cardId: card, lang: 'en', answer: { type: 'essay', text: 'x' } }, /answer/],
  ];

  it.each(cases)('%s', async (_label, channel, arg, field) => {
    const { call, progressFile } = setup();
    const before = fs.readFileSync(progressFile);
    const e = failure(await call(channel, arg));
    expect(e.code).toBe('bad-request');
    expect(e.reason).toBe('errors.badRequest');
    expect(String(e.params.field)).toMatch(field);
    expect(e.params.channel).toBe(channel);
    expect(fs.readFileSync(progressFile).equals(before)).toBe(true);
  }, SLOW);

  it('refuses both channels from an untrusted page before reading the argument', async () => {
    const { handlers } = setup();
    expect(failure(await handlers.getReview('http://evil.example/', { lang: 'en' })).code).toBe('bad-sender');
    expect(failure(await handlers.answerReview(undefined, { cardId: 'nonsense' })).code).toBe('bad-sender');
  }, SLOW);
});
