// Restoring merges a file into the learner's record: nothing the learner has is lost, what the
// file adds is counted for the confirmation, and restoring the same file twice changes nothing.
import { describe, expect, it } from 'vitest';
import { hasChanges, mergePortable, portableContents } from '../../../src/core/portable/merge';
import { emptyProgress } from '../../../src/core/progress/model';
import { emptyStudyTime } from '../../../src/core/studyTime/record';
import type { PortableBody } from '../../../src/core/portable/format';
import { attempt, sampleBody } from './sampleRecord';

const empty = (): PortableBody => ({ progress: emptyProgress(), studyTime: emptyStudyTime() });
const card = (lastReview?: string) => ({
  addedAt: '2026-01-01T00:00:00.000Z',
  due: '2026-01-05T00:00:00.000Z',
  stability: 1,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps: lastReview ? 1 : 0,
  lapses: 0,
  state: 'learning' as const,
  ...(lastReview ? { lastReview } : {}),
});

describe('mergePortable', () => {
  it('into an empty record, takes everything and counts it', () => {
    const file = sampleBody(3);
    const { merged, diff } = mergePortable(empty(), file);
    expect(merged).toEqual(file);
    expect(diff).toEqual({ lessonsAdded: 2, lessonsFinished: 0, attemptsAdded: 3, reviewCardsAdded: 0, studyTimeAddedMs: 720_000, positionChanged: true });
    expect(hasChanges(diff)).toBe(true);
  });

  it('restoring the same file twice changes nothing the second time', () => {
    const file = sampleBody(3);
    const once = mergePortable(empty(), file).merged;
    const twice = mergePortable(once, file);
    expect(twice.merged).toEqual(once);
    expect(hasChanges(twice.diff)).toBe(false);
  });

  it('keeps what only this computer has, and adds what only the file has', () => {
    const mine = sampleBody(2);
    mine.progress.attempts.push(attempt(10)); // done here after the export
    mine.progress.lessons['wco-ecommerce/challenges'] = { openedAt: '2026-01-02T08:00:00.000Z' };
    const file = sampleBody(2);
    file.progress.attempts.push(attempt(5)); // done on the other computer
    file.progress.lessons['wco-ecommerce/stakeholders'] = { openedAt: '2026-01-01T07:00:00.000Z', finishedAt: '2026-01-01T09:00:00.000Z' };
    const { merged, diff } = mergePortable(mine, file);
    expect(merged.progress.attempts.map((a) => a.id)).toEqual(['attempt-0', 'attempt-1', 'attempt-5', 'attempt-10']);
    expect(merged.progress.lessons['wco-ecommerce/challenges']).toEqual({ openedAt: '2026-01-02T08:00:00.000Z' });
    // A lesson both have keeps this record's opening date and takes the file's finish.
    expect(merged.progress.lessons['wco-ecommerce/stakeholders']).toEqual({ openedAt: '2026-01-01T08:30:00.000Z', finishedAt: '2026-01-01T09:00:00.000Z' });
    expect(diff).toMatchObject({ lessonsAdded: 0, lessonsFinished: 1, attemptsAdded: 1 });
  });

  it('study time: the larger total of each item wins, never the sum', () => {
    const mine = sampleBody();
    mine.studyTime.lessons['wco-ecommerce/channels'] = 900_000;
    const file = sampleBody();
    file.studyTime.quizzes['wco-ecommerce/basics-quiz'] = 300_000;
    file.studyTime.lessons['wco-ecommerce/intro'] = 60_000;
    const { merged, diff } = mergePortable(mine, file);
    expect(merged.studyTime.lessons).toEqual({ 'wco-ecommerce/channels': 900_000, 'wco-ecommerce/intro': 60_000 });
    expect(merged.studyTime.quizzes).toEqual({ 'wco-ecommerce/basics-quiz': 300_000 });
    expect(diff.studyTimeAddedMs).toBe(180_000 + 60_000);
  });

  it('position: the more recent one wins', () => {
    const mine = sampleBody();
    const file = sampleBody();
    file.progress.position = { screen: 'quiz', packId: 'wco-ecommerce', quizId: 'basics-quiz', at: '2025-12-31T00:00:00.000Z' };
    expect(mergePortable(mine, file).merged.progress.position).toEqual(mine.progress.position);
    file.progress.position = { ...file.progress.position, at: '2026-06-01T00:00:00.000Z' };
    const later = mergePortable(mine, file);
    expect(later.merged.progress.position).toEqual(file.progress.position);
    expect(later.diff.positionChanged).toBe(true);
  });

  it('review: cards are added, the more recently reviewed copy wins, study days are united', () => {
    const mine = sampleBody();
    mine.progress.review = { cards: { 'q:p/q/a': card('2026-01-03T00:00:00.000Z'), 'q:p/q/b': card('2026-01-01T00:00:00.000Z') }, activeDays: ['2026-01-01', '2026-01-03'] };
    const file = sampleBody();
    file.progress.review = {
      cards: { 'q:p/q/a': card('2026-01-02T00:00:00.000Z'), 'q:p/q/b': card('2026-01-04T00:00:00.000Z'), 't:p/term': card() },
      activeDays: ['2026-01-02', '2026-01-03'],
    };
    const { merged, diff } = mergePortable(mine, file);
    expect(merged.progress.review.cards['q:p/q/a']!.lastReview).toBe('2026-01-03T00:00:00.000Z');
    expect(merged.progress.review.cards['q:p/q/b']!.lastReview).toBe('2026-01-04T00:00:00.000Z');
    expect(Object.keys(merged.progress.review.cards).sort()).toEqual(['q:p/q/a', 'q:p/q/b', 't:p/term']);
    expect(merged.progress.review.activeDays).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(diff.reviewCardsAdded).toBe(1);
  });

  it('does not modify either input', () => {
    const mine = sampleBody(1);
    const file = sampleBody(3);
    const [m, f] = [structuredClone(mine), structuredClone(file)];
    mergePortable(mine, file);
    expect(mine).toEqual(m);
    expect(file).toEqual(f);
  });
});

describe('portableContents', () => {
  it('counts what a file holds and finds its latest date', () => {
    expect(portableContents(sampleBody(3))).toEqual({
      lessons: 2,
      lessonsFinished: 1,
      attempts: 3,
      studyTimeMs: 720_000,
      lastActivity: attempt(2).finishedAt,
    });
    expect(portableContents(empty())).toEqual({ lessons: 0, lessonsFinished: 0, attempts: 0, studyTimeMs: 0, lastActivity: undefined });
  });
});
