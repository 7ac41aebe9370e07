// A review session: due cards only, most overdue first, at most the session limit, and cards
// the installed packs can no longer show are skipped without being counted.
import { describe, expect, it } from 'vitest';
import type { ReviewCard } from '../../../src/core/review/cards';
import { reviewQueue, SESSION_LIMIT } from '../../../src/core/review/queue';
import { newCard } from '../../../src/core/review/scheduler';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const H = 3_600_000;
const dueAt = (offsetMs: number): ReviewCard => ({ ...newCard(new Date('2025-03-01T00:00:00.000Z')), due: new Date(NOW.getTime() + offsetMs).toISOString() });
const all = () => true;

describe('reviewQueue', () => {
  it('lists due cards only, the most overdue first, and counts them', () => {
    const q = reviewQueue({ 't:p/a': dueAt(-1 * H), 't:p/b': dueAt(-5 * H), 't:p/c': dueAt(2 * H), 't:p/d': dueAt(0) }, NOW, all);
    expect(q.ids).toEqual(['t:p/b', 't:p/a', 't:p/d']);
    expect(q.dueCount).toBe(3);
  });

  it('breaks ties by card id, whatever order the cards were stored in', () => {
    const q = reviewQueue({ 't:p/z': dueAt(-H), 'q:p/x/q1': dueAt(-H), 't:p/a': dueAt(-H) }, NOW, all);
    expect(q.ids).toEqual(['q:p/x/q1', 't:p/a', 't:p/z']);
  });

  it('gives at most SESSION_LIMIT cards but counts every due one', () => {
    const cards = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`t:p/t${i}`, dueAt(-i * H)]));
    const q = reviewQueue(cards, NOW, all);
    expect(SESSION_LIMIT).toBe(20);
    expect(q.ids).toHaveLength(20);
    expect(q.ids[0]).toBe('t:p/t44');
    expect(q.dueCount).toBe(45);
    expect(reviewQueue(cards, NOW, all, 0)).toMatchObject({ ids: [], dueCount: 45 });
    expect(reviewQueue(cards, NOW, all, 3).ids).toEqual(['t:p/t44', 't:p/t43', 't:p/t42']);
  });

  it('skips and does not count cards the packs cannot show', () => {
    const q = reviewQueue({ 't:p/gone': dueAt(-9 * H), 't:p/here': dueAt(-H) }, NOW, (id) => id !== 't:p/gone');
    expect(q).toEqual({ dueCount: 1, ids: ['t:p/here'] });
  });

  it('says when the next card comes due, and nothing when none waits', () => {
    expect(reviewQueue({ 't:p/a': dueAt(5 * H), 't:p/b': dueAt(2 * H) }, NOW, all)).toEqual({
      dueCount: 0,
      ids: [],
      nextDueAt: new Date(NOW.getTime() + 2 * H).toISOString(),
    });
    expect(reviewQueue({}, NOW, all)).toEqual({ dueCount: 0, ids: [] });
  });
});
