// Study days and the streak, including the awkward days: month and year ends, a leap day, a
// missed day, and a computer whose clock was set back after days were recorded.
import { describe, expect, it } from 'vitest';
import { MAX_ACTIVE_DAYS } from '../../../src/core/review/cards';
import { addDays, localDate, streak, withActiveDay } from '../../../src/core/review/streak';

describe('streak', () => {
  it('is 0 with no study day at all', () => {
    expect(streak([], '2025-03-10')).toBe(0);
  });

  it('counts today alone as 1', () => {
    expect(streak(['2025-03-10'], '2025-03-10')).toBe(1);
  });

  it('is still alive on a day not studied yet, counting up to yesterday', () => {
    expect(streak(['2025-03-08', '2025-03-09'], '2025-03-10')).toBe(2);
  });

  it('is broken by one day without study', () => {
    expect(streak(['2025-03-07', '2025-03-08'], '2025-03-10')).toBe(0);
    expect(streak(['2025-03-05', '2025-03-06', '2025-03-08', '2025-03-09', '2025-03-10'], '2025-03-10')).toBe(3);
  });

  it('runs across a month end, a year end and a leap day', () => {
    expect(streak(['2024-12-30', '2024-12-31', '2025-01-01'], '2025-01-01')).toBe(3);
    expect(streak(['2024-02-28', '2024-02-29', '2024-03-01'], '2024-03-01')).toBe(3);
    expect(streak(['2023-02-28', '2023-03-01'], '2023-03-01')).toBe(2);
  });

  it('ignores days after today when the clock was set back, and counts back from today', () => {
    const days = ['2025-03-08', '2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12'];
    expect(streak(days, '2025-03-09')).toBe(2);
    // Set back to a day that was never studied: only yesterday's run counts.
    expect(streak(['2025-03-01', '2025-03-05', '2025-03-06'], '2025-03-03')).toBe(0);
    expect(streak(['2025-03-02', '2025-03-05'], '2025-03-03')).toBe(1);
  });

  it('does not care about the order the days were stored in', () => {
    expect(streak(['2025-03-10', '2025-03-08', '2025-03-09'], '2025-03-10')).toBe(3);
  });
});

describe('withActiveDay', () => {
  it('adds a day in date order, once', () => {
    const days = withActiveDay(['2025-03-08', '2025-03-10'], '2025-03-09');
    expect(days).toEqual(['2025-03-08', '2025-03-09', '2025-03-10']);
    expect(withActiveDay(days, '2025-03-09')).toBe(days);
  });

  it('keeps the most recent MAX_ACTIVE_DAYS days', () => {
    const days = Array.from({ length: MAX_ACTIVE_DAYS }, (_, i) => addDays('2020-01-01', i));
    const next = withActiveDay(days, addDays('2020-01-01', MAX_ACTIVE_DAYS));
    expect(next).toHaveLength(MAX_ACTIVE_DAYS);
    expect(next[0]).toBe('2020-01-02');
    expect(streak(next, next.at(-1)!)).toBe(MAX_ACTIVE_DAYS);
  });
});

describe('addDays / localDate', () => {
  it('steps over month and year ends both ways', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('formats the local calendar day of a moment, zero-padded', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localDate(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});
