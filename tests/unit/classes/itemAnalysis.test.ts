// Item analysis against a worked example computed by hand. Six trainees (A strongest … F
// weakest) took one test of five questions; each figure below is worked out in the comments
// and the functions must give the same numbers.
//
//            Q1 single   Q2 single   Q3 true/false   Q4 partial   Q5 numeric | total
//            key a       key b       key true
//   A        a   1       c   0       true  1         1            1          | 4
//   B        a   1       c   0       true  1         1            1          | 4
//   C        a   1       b   1       true  1         0.5          0          | 3.5
//   D        a   1       a   0       true  1         0.5          1          | 3.5
//   E        b   0       b   1       true  1         0            0          | 2
//   F        c   0       b   1       true  1         0            0          | 2
//
// Ranked by total (ties by id): A, B, C, D, E, F. n = 6, groups of round(0.27 × 6) = round(1.62)
// = 2: upper = {A, B}, lower = {E, F}.
import { describe, expect, it } from 'vitest';
import { analyseItems, correlation, groupSize, MIN_TAKERS, type ItemInfo, type TakerResponses } from '../../../src/core/classes/itemAnalysis';

const items: ItemInfo[] = [
  { id: 'q1', partial: false, options: ['a', 'b', 'c'], keys: ['a'] },
  { id: 'q2', partial: false, options: ['a', 'b', 'c'], keys: ['b'] },
  { id: 'q3', partial: false, options: ['true', 'false'], keys: ['true'] },
  { id: 'q4', partial: true },
  { id: 'q5', partial: false },
];

function taker(id: string, q1: string, q2: string, q4: number, q5: number): TakerResponses {
  return {
    taker: id,
    items: {
      q1: { points: q1 === 'a' ? 1 : 0, choices: [q1] },
      q2: { points: q2 === 'b' ? 1 : 0, choices: [q2] },
      q3: { points: 1, choices: ['true'] },
      q4: { points: q4 },
      q5: { points: q5 },
    },
  };
}

const takers = [
  taker('A', 'a', 'c', 1, 1),
  taker('B', 'a', 'c', 1, 1),
  taker('C', 'a', 'b', 0.5, 0),
  taker('D', 'a', 'a', 0.5, 1),
  taker('E', 'b', 'b', 0, 0),
  taker('F', 'c', 'b', 0, 0),
];

const stats = analyseItems(items, takers);
const item = (id: string) => stats.find((s) => s.id === id)!;

describe('item analysis: the worked example', () => {
  it('uses groups of 27 % of the takers, rounded, at least one', () => {
    expect(groupSize(6)).toBe(2); // 0.27 × 6 = 1.62 → 2
    expect(groupSize(5)).toBe(1); // 1.35 → 1
    expect(groupSize(20)).toBe(5); // 5.4 → 5
    expect(groupSize(1)).toBe(1);
    expect(stats.every((s) => s.takers === 6 && s.groupSize === 2)).toBe(true);
  });

  it('Q1: difficulty, point-biserial, upper/lower index and option counts', () => {
    // p = (1+1+1+1+0+0)/6 = 4/6 = 0.6667
    // rest = total − Q1: A 3, B 3, C 2.5, D 2.5, E 2, F 2; mean rest = 15/6 = 2.5
    // x − mean x (mean x = 2/3): A..D +1/3, E,F −2/3
    // rest − 2.5: A,B +0.5, C,D 0, E,F −0.5
    // Σ dx·dy = 2(1/3 × 0.5) + 2(1/3 × 0) + 2(−2/3 × −0.5) = 1/3 + 0 + 2/3 = 1
    // Σ dx² = 4(1/9) + 2(4/9) = 12/9 = 4/3;  Σ dy² = 4 × 0.25 = 1
    // r = 1 / √(4/3 × 1) = √3/2 = 0.8660
    // D = mean(A, B) − mean(E, F) = 1 − 0 = 1
    const q1 = item('q1');
    expect(q1.difficulty).toBeCloseTo(4 / 6, 10);
    expect(q1.pointBiserial).toBeCloseTo(Math.sqrt(3) / 2, 10);
    expect(q1.upperLower).toBe(1);
    // Chosen: a by A, B, C, D (4; upper 2); b by E (1); c by F (1).
    expect(q1.options).toEqual([
      { id: 'a', key: true, count: 4, share: 4 / 6, upper: 2 },
      { id: 'b', key: false, count: 1, share: 1 / 6, upper: 0 },
      { id: 'c', key: false, count: 1, share: 1 / 6, upper: 0 },
    ]);
    expect(q1.flags).toEqual([]);
  });

  it('Q2: a wrong option the strongest trainees chose is flagged as a likely mis-key, with negative discrimination', () => {
    // p = (0+0+1+0+1+1)/6 = 0.5
    // rest = total − Q2: A 4, B 4, C 2.5, D 3.5, E 1, F 1; mean rest = 16/6 = 8/3
    // dx = x − 0.5: A,B,D −0.5; C,E,F +0.5
    // dy = rest − 8/3: A,B +4/3, C −1/6, D +5/6, E,F −5/3
    // Σ dx·dy = −0.5(4/3 + 4/3 + 5/6) + 0.5(−1/6 − 5/3 − 5/3) = −0.5(21/6) + 0.5(−21/6) = −21/6 = −3.5
    // Σ dx² = 6 × 0.25 = 1.5;  Σ dy² = 16/9 + 16/9 + 1/36 + 25/36 + 25/9 + 25/9 = 354/36 = 59/6
    // r = −3.5 / √(1.5 × 59/6) = −3.5 / √14.75 = −0.9113
    // D = mean(A, B) − mean(E, F) = 0 − 1 = −1
    // Upper group: both chose c; the key b was chosen by none of them → likely mis-key.
    const q2 = item('q2');
    expect(q2.difficulty).toBe(0.5);
    expect(q2.pointBiserial).toBeCloseTo(-3.5 / Math.sqrt(14.75), 10);
    expect(q2.pointBiserial).toBeCloseTo(-0.9113, 4);
    expect(q2.upperLower).toBe(-1);
    expect(q2.options?.map((o) => [o.id, o.count, o.upper])).toEqual([
      ['a', 1, 0],
      ['b', 3, 0],
      ['c', 2, 2],
    ]);
    expect(q2.flags).toEqual(['negative-discrimination', 'likely-mis-key']);
  });

  it('Q3: everyone right is too easy, and a constant item has no correlation', () => {
    // p = 6/6 = 1 ≥ 0.95; Σ dx² = 0, so r is undefined (null); D = 1 − 1 = 0
    const q3 = item('q3');
    expect(q3.difficulty).toBe(1);
    expect(q3.pointBiserial).toBeNull();
    expect(q3.upperLower).toBe(0);
    expect(q3.flags).toEqual(['too-easy']);
  });

  it('Q4: a partial-credit item has the mean score as its difficulty', () => {
    // p = (1 + 1 + 0.5 + 0.5 + 0 + 0)/6 = 3/6 = 0.5
    // rest = total − Q4: A 3, B 3, C 3, D 3, E 2, F 2; mean rest = 16/6 = 8/3
    // dx: A,B +0.5, C,D 0, E,F −0.5;  dy: A..D +1/3, E,F −2/3
    // Σ dx·dy = 2(0.5 × 1/3) + 0 + 2(−0.5 × −2/3) = 1/3 + 2/3 = 1
    // Σ dx² = 4 × 0.25 = 1;  Σ dy² = 4/9 + 8/9 = 4/3;  r = 1/√(4/3) = √3/2
    // D = mean(1, 1) − mean(0, 0) = 1
    const q4 = item('q4');
    expect(q4.partial).toBe(true);
    expect(q4.difficulty).toBe(0.5);
    expect(q4.pointBiserial).toBeCloseTo(Math.sqrt(3) / 2, 10);
    expect(q4.upperLower).toBe(1);
    expect(q4.options).toBeUndefined();
  });

  it('Q5: a weaker but positive discrimination', () => {
    // p = 3/6 = 0.5; rest = A 3, B 3, C 3.5, D 2.5, E 2, F 2; mean = 16/6 = 8/3
    // dx: A,B,D +0.5; C,E,F −0.5
    // dy: A,B +1/3, C +5/6, D −1/6, E,F −2/3
    // Σ dx·dy = 0.5(1/3 + 1/3 − 1/6) − 0.5(5/6 − 2/3 − 2/3) = 0.5(1/2) − 0.5(−1/2) = 0.5
    // Σ dx² = 1.5;  Σ dy² = 1/9 + 1/9 + 25/36 + 1/36 + 4/9 + 4/9 = 66/36 = 11/6
    // r = 0.5 / √(1.5 × 11/6) = 0.5 / √2.75 = 0.3015
    const q5 = item('q5');
    expect(q5.pointBiserial).toBeCloseTo(0.5 / Math.sqrt(2.75), 10);
    expect(q5.upperLower).toBe(1);
    expect(q5.flags).toEqual([]);
  });
});

describe('item analysis: thresholds', () => {
  const one = (points: number[]) =>
    analyseItems(
      [{ id: 'x', partial: false }],
      points.map((p, i) => ({ taker: `t${i}`, items: { x: { points: p }, y: { points: i % 2 } } })),
    );

  it('leaves out a question answered by fewer than 5 trainees', () => {
    expect(MIN_TAKERS).toBe(5);
    expect(one([1, 0, 1, 0])).toEqual([]);
    expect(one([1, 0, 1, 0, 1])).toHaveLength(1);
  });

  it('flags too hard at 0.25 or below, not above', () => {
    // 1 right of 5 = 0.2; 2 of 8 = 0.25 (the limit); 3 of 10 = 0.3
    expect(one([1, 0, 0, 0, 0])[0]!.flags).toContain('too-hard');
    expect(one([1, 1, 0, 0, 0, 0, 0, 0])[0]!.flags).toContain('too-hard');
    expect(one([1, 1, 1, 0, 0, 0, 0, 0, 0, 0])[0]!.flags).not.toContain('too-hard');
  });

  it('flags too easy at 0.95 or above, not below', () => {
    // 19 of 20 = 0.95 (the limit); 18 of 20 = 0.9
    expect(one([...Array(19).fill(1), 0])[0]!.flags).toContain('too-easy');
    expect(one([...Array(18).fill(1), 0, 0])[0]!.flags).not.toContain('too-easy');
  });

  it('computes a Pearson correlation, null for a constant list', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});
