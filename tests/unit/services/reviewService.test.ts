// The review service on real files: missed questions and finished lessons fill the queue in the
// learner's progress file, answers are scored from the pack's keys and rescheduled by FSRS, the
// streak follows the study days, and a card whose pack changed drops out of view quietly.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentLibrary } from '../../../electron/services/content/contentLibrary';
import { NotFoundError, RequestError } from '../../../electron/services/errors';
import { openProgressService } from '../../../electron/services/progress/progressService';
import { openReviewService } from '../../../electron/services/review/reviewService';
import { confStoreFactory } from '../../../electron/services/services';
import { LOG_FILE } from '../../../electron/services/progress/learnerStore';
import { recordInLog } from '../../progressOnDisk';
import type { Answer } from '../../../src/core/quiz/answers';
import { PACKS_DIR } from '../content/fixturePacks';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-review-');
const PACK = 'valid-minimal';
const MIN = 60_000;
const DAY = 86_400_000;

/** A copy of the fixture pack (so a test can "update" it), a data folder, and a settable clock. */
function setup() {
  const contentRoot = tempDir();
  fs.cpSync(path.join(PACKS_DIR, PACK), path.join(contentRoot, PACK), { recursive: true });
  const dataDir = tempDir();
  const clock = { t: Date.parse('2025-03-10T09:00:00.000Z') };
  const now = () => new Date(clock.t);
  // The "local" day is given by the caller; here the UTC day of the test clock.
  const today = () => new Date(clock.t).toISOString().slice(0, 10);
  const open = () => {
    const content = loadContentLibrary([contentRoot]);
    const progress = openProgressService({ dir: dataDir, content, createStore: confStoreFactory, now, today });
    return { progress, review: openReviewService({ progress, content, now, today }) };
  };
  const onDisk = () => recordInLog(dataDir);
  const attempt = (quizId: string, answers: Record<string, Answer>) => ({
    packId: PACK,
    quizId,
    lang: 'en',
    answers,
    seed: 0,
    startedAt: new Date(clock.t - MIN).toISOString(),
    durationMs: MIN,
  });
  return { contentRoot, dataDir, clock, open, onDisk, attempt, advance: (ms: number) => (clock.t += ms) };
}

const RIGHT = {
  q1: { type: 'single', option: 'b' },
  q2: { type: 'multiple', options: ['a', 'c'] },
  q3: { type: 'true-false', value: false },
} satisfies Record<string, Answer>;
const Q1 = `q:${PACK}/intro-check/q1`;
const Q2 = `q:${PACK}/intro-check/q2`;
const AED = `t:${PACK}/aed`;

describe('reviewService: filling the queue', () => {
  it('starts empty', () => {
    const { open } = setup();
    expect(open().review.view('en')).toEqual({ dueCount: 0, streak: 0, totalCards: 0, items: [] });
  });

  it('queues the questions an attempt missed (not the right ones), due at once, and keeps them across a restart', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.submitAttempt(s.attempt('intro-check', { ...RIGHT, q1: { type: 'single', option: 'a' }, q2: { type: 'multiple', options: ['a'] } }));
    const view = review.view('en');
    expect(view).toMatchObject({ dueCount: 2, totalCards: 2, streak: 1 });
    expect(view.items.map((i) => i.cardId).sort()).toEqual([Q1, Q2]);
    const q1 = view.items.find((i) => i.cardId === Q1)!;
    expect(q1).toMatchObject({ kind: 'question', packId: PACK, quizId: 'intro-check', lang: 'en', fallback: false, quizTitle: 'Knowledge check: cross-border e-commerce' });
    expect(q1.kind === 'question' && q1.question).toMatchObject({ id: 'q1', type: 'single', prompt: 'Who sends customs the data of a postal item?' });
    expect(Object.keys(s.onDisk().review.cards).sort()).toEqual([Q1, Q2]);
    expect(s.open().review.view('en')).toEqual(view);
  });

  it('shows the items in the language asked', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.submitAttempt(s.attempt('intro-check', {}));
    const item = review.view('fr').items.find((i) => i.cardId === Q1)!;
    expect(item.kind === 'question' && item.question.prompt).toBe('Qui transmet à la douane les données d\'un envoi postal ?');
    expect(review.view('de').items[0]).toMatchObject({ lang: 'en', fallback: true });
  });

  it('queues the glossary terms of a lesson when it is finished, not when it is opened', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.lessonEvent(PACK, 'intro', 'opened');
    expect(review.view('en').totalCards).toBe(0);
    progress.lessonEvent(PACK, 'intro', 'finished');
    const view = review.view('en');
    expect(view.items).toEqual([
      { kind: 'term', cardId: AED, packId: PACK, lang: 'en', fallback: false, term: { id: 'aed', term: 'advance electronic data', definition: 'Data sent to customs electronically before the goods arrive.' } },
    ]);
    progress.lessonEvent(PACK, 'channels', 'finished');
    expect(Object.keys(s.onDisk().review.cards).sort()).toEqual([AED, `t:${PACK}/express-carrier`]);
  });

  it('limit 0 gives the counts only, for the home screen', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.submitAttempt(s.attempt('intro-check', {}));
    expect(review.view('en', 0)).toEqual({ dueCount: 3, streak: 1, totalCards: 3, items: [] });
  });
});

describe('reviewService.answer', () => {
  it('scores a question card from the pack keys: wrong → again, and it comes back within minutes', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.submitAttempt(s.attempt('intro-check', {}));
    s.advance(MIN);
    const r = review.answer({ cardId: Q1, lang: 'en', answer: { type: 'single', option: 'a' } });
    expect(r).toMatchObject({ cardId: Q1, rating: 'again', score: { questionId: 'q1', points: 0, correct: false, answered: true } });
    expect(Date.parse(r.due) - s.clock.t).toBeLessThan(30 * MIN);
    expect(review.view('en').items.map((i) => i.cardId)).not.toContain(Q1);
    s.advance(30 * MIN);
    expect(review.view('en').items.map((i) => i.cardId)).toContain(Q1);
  });

  it('right → good and partly right → hard, each pushing the card into the future', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.submitAttempt(s.attempt('intro-check', {}));
    const right = review.answer({ cardId: Q1, lang: 'en', answer: RIGHT.q1 });
    expect(right).toMatchObject({ rating: 'good', score: { points: 1, correct: true } });
    const partly = review.answer({ cardId: Q2, lang: 'en', answer: { type: 'multiple', options: ['a'] } });
    expect(partly).toMatchObject({ rating: 'hard', score: { points: 0.5, correct: false } });
    const cards = s.onDisk().review.cards;
    expect(cards[Q1]).toMatchObject({ reps: 1, state: 'learning', due: right.due });
    expect(Date.parse(right.due)).toBeGreaterThan(s.clock.t);
    expect(review.view('en').dueCount).toBe(1);
  });

  it('does not trust a claimed score: the renderer sends only the answer', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.submitAttempt(s.attempt('intro-check', {}));
    expect(() => review.answer({ cardId: Q1, lang: 'en', rating: 'easy' })).toThrow(RequestError);
    expect(s.onDisk().review.cards[Q1]?.reps).toBe(0);
  });

  it('takes the learner\'s own rating for a term card, and refuses an answer for one', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.lessonEvent(PACK, 'intro', 'finished');
    expect(() => review.answer({ cardId: AED, lang: 'en', answer: RIGHT.q1 })).toThrow(RequestError);
    const r = review.answer({ cardId: AED, lang: 'en', rating: 'easy' });
    expect(r).toEqual({ cardId: AED, rating: 'easy', due: expect.any(String), progress: expect.any(Object) });
    expect(r.progress.review.cards[AED]?.due).toBe(r.due);
    expect(Date.parse(r.due) - s.clock.t).toBeGreaterThan(DAY);
    expect(s.open().review.view('en')).toMatchObject({ dueCount: 0, totalCards: 1, nextDueAt: r.due });
  });

  it('refuses a card that is not in the queue with NotFoundError, writing nothing', () => {
    const s = setup();
    const { review } = s.open();
    const before = fs.readFileSync(path.join(s.dataDir, LOG_FILE));
    expect(() => review.answer({ cardId: AED, lang: 'en', rating: 'good' })).toThrow(NotFoundError);
    expect(fs.readFileSync(path.join(s.dataDir, LOG_FILE)).equals(before)).toBe(true);
  });
});

describe('reviewService and a pack that changed', () => {
  it('drops a card whose question the new pack version no longer has from view, without a crash', () => {
    const s = setup();
    const first = s.open();
    first.progress.submitAttempt(s.attempt('intro-check', {}));
    expect(first.review.view('en').dueCount).toBe(3);
    // The pack is updated: q1 is gone from the quiz.
    const file = path.join(s.contentRoot, PACK, 'modules/basics/quizzes/intro-check.yaml');
    const yaml = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, yaml.slice(0, yaml.indexOf('  - id: q1')) + yaml.slice(yaml.indexOf('  - id: q2')));
    const updated = s.open();
    const view = updated.review.view('en');
    expect(view.dueCount).toBe(2);
    expect(view.items.map((i) => i.cardId)).not.toContain(Q1);
    // The card is kept, in case the question comes back, but cannot be answered now.
    expect(view.totalCards).toBe(3);
    expect(() => updated.review.answer({ cardId: Q1, lang: 'en', answer: RIGHT.q1 })).toThrow(NotFoundError);
  });

  it('drops every card of a pack that is no longer installed', () => {
    const s = setup();
    const first = s.open();
    first.progress.submitAttempt(s.attempt('intro-check', {}));
    first.progress.lessonEvent(PACK, 'intro', 'finished');
    fs.rmSync(path.join(s.contentRoot, PACK), { recursive: true });
    const gone = s.open();
    expect(gone.review.view('en')).toEqual({ dueCount: 0, streak: 1, totalCards: 4, items: [] });
    expect(() => gone.review.answer({ cardId: AED, lang: 'en', rating: 'good' })).toThrow(NotFoundError);
  });
});

describe('reviewService: the streak', () => {
  it('counts consecutive days with an attempt, a finished lesson or a review, until a day is missed', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.submitAttempt(s.attempt('intro-check', {})); // day 1: an attempt
    s.advance(DAY);
    expect(review.view('en').streak).toBe(1); // not studied yet today: yesterday still counts
    review.answer({ cardId: Q1, lang: 'en', answer: RIGHT.q1 }); // day 2: a review
    expect(review.view('en').streak).toBe(2);
    s.advance(DAY);
    progress.lessonEvent(PACK, 'channels', 'finished'); // day 3: a finished lesson
    expect(review.view('en').streak).toBe(3);
    s.advance(2 * DAY); // day 5: day 4 was missed
    expect(review.view('en').streak).toBe(0);
    expect(s.onDisk().review.activeDays).toEqual(['2025-03-10', '2025-03-11', '2025-03-12']);
  });

  it('survives the clock being set back: no crash, no future day counted, the answer saved', () => {
    const s = setup();
    const { progress, review } = s.open();
    progress.submitAttempt(s.attempt('intro-check', {}));
    review.answer({ cardId: Q1, lang: 'en', answer: RIGHT.q1 });
    s.advance(-40 * DAY);
    expect(review.view('en').streak).toBe(0);
    const r = review.answer({ cardId: Q2, lang: 'en', answer: RIGHT.q2 });
    expect(r.rating).toBe('good');
    expect(s.onDisk().review.activeDays).toEqual(['2025-01-29', '2025-03-10']);
    expect(review.view('en').streak).toBe(1);
  });
});
