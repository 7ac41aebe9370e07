// The review section of the learner's record: card ids, the strict stored shape, no
// prototype-pollution keys, and the migration of a schema-1 record to schema 2.
import { describe, expect, it } from 'vitest';
import { cardIdSchema, parseCardId, questionCardId, reviewSectionSchema, termCardId } from '../../../src/core/review/cards';
import { emptyProgress, progressSchema, PROGRESS_SCHEMA_VERSION } from '../../../src/core/progress/model';
import { MIGRATIONS, migrateProgress } from '../../../src/core/progress/migrations';
import { newCard } from '../../../src/core/review/scheduler';

const T1 = '2024-05-01T08:00:00.000Z';

describe('card ids', () => {
  it('round-trip through parseCardId', () => {
    expect(parseCardId(questionCardId('wco-ecommerce', 'channels-check', 'q1'))).toEqual({ kind: 'question', packId: 'wco-ecommerce', quizId: 'channels-check', questionId: 'q1' });
    expect(parseCardId(termCardId('wco-ecommerce', 'aed'))).toEqual({ kind: 'term', packId: 'wco-ecommerce', termId: 'aed' });
  });

  it.each(['', 'q:p/quiz', 't:p/a/b', 'x:p/a', 'q:P/quiz/q1', 't:p/../etc', 't:p/__proto__', '__proto__', 'constructor', ` t:p/a`])('refuses %j', (id) => {
    expect(cardIdSchema.safeParse(id).success).toBe(false);
    expect(parseCardId(id)).toBeUndefined();
  });
});

describe('reviewSectionSchema', () => {
  const card = newCard(new Date(T1));

  it('accepts a section with cards and days', () => {
    const section = { cards: { 't:p/aed': card, 'q:p/quiz/q1': card }, activeDays: ['2024-04-30', '2024-05-01'] };
    expect(reviewSectionSchema.parse(section)).toEqual(section);
  });

  it('refuses a "__proto__" card key, even as JSON.parse makes it an own key', () => {
    const raw = JSON.parse(`{"cards":{"__proto__":${JSON.stringify(card)}},"activeDays":[]}`);
    expect(Object.getOwnPropertyNames(raw.cards)).toContain('__proto__');
    const r = reviewSectionSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(/__proto__/);
  });

  it.each([
    ['an extra card field', { 't:p/aed': { ...card, extra: 1 } }, []],
    ['an unknown state', { 't:p/aed': { ...card, state: 'mastered' } }, []],
    ['a negative reps', { 't:p/aed': { ...card, reps: -1 } }, []],
    ['a bad due date', { 't:p/aed': { ...card, due: 'soon' } }, []],
    ['a bad card key', { 'aed': card }, []],
    ['a day that does not exist', {}, ['2025-02-30']],
    ['a day with a time', {}, ['2025-02-03T10:00']],
  ])('refuses %s', (_label, cards, activeDays) => {
    expect(reviewSectionSchema.safeParse({ cards, activeDays }).success).toBe(false);
  });

  it('is required in a schema-2 record', () => {
    const { review: _omit, ...withoutReview } = emptyProgress();
    void _omit;
    expect(progressSchema.safeParse(withoutReview).success).toBe(false);
    expect(progressSchema.safeParse(emptyProgress()).success).toBe(true);
  });
});

describe('migration 1 → 2', () => {
  const v1 = {
    schemaVersion: 1,
    lessons: { 'wco-ecommerce/channels': { openedAt: T1, finishedAt: T1 } },
    attempts: [],
    position: { screen: 'lesson', packId: 'wco-ecommerce', lessonId: 'channels', at: T1 },
  };

  it('adds an empty review section, keeps everything else, and yields a valid record', () => {
    expect(PROGRESS_SCHEMA_VERSION).toBe(2);
    expect(typeof MIGRATIONS[1]).toBe('function');
    const migrated = migrateProgress(v1);
    expect(migrated).toEqual({ ...v1, schemaVersion: 2, review: { cards: {}, activeDays: [] } });
    expect(progressSchema.parse(migrated)).toEqual(migrated);
  });

  it('does not mutate the stored record it reads', () => {
    const copy = structuredClone(v1);
    migrateProgress(v1);
    expect(v1).toEqual(copy);
  });

  it('a schema-1 record without the new section fails the schema-2 validation unmigrated', () => {
    expect(progressSchema.safeParse(v1).success).toBe(false);
  });

  it('runs after the 0 → 1 step for a record from before versioning', () => {
    expect(migrateProgress({ lessons: {}, attempts: [] })).toEqual(emptyProgress());
  });
});
