// Seeded option order: an attempt stores its seed, so a review must show the options in
// exactly the order the learner saw them.
import { describe, it, expect } from 'vitest';
import { newSeed, optionOrder, seededRandom, shuffled } from '../../../src/core/quiz/shuffle';

const question = (id: string, n: number) => ({ id, type: 'single' as const, options: Array.from({ length: n }, (_, i) => ({ id: `o${i}` })) });
type Q = { id: string; type: 'single'; options: { id: string }[] } | { id: string; type: 'true-false'; options?: undefined };
const quiz: Q[] = [question('q1', 4), question('q2', 6), { id: 'q3', type: 'true-false' /* no options */ }, question('q4', 2)];
const packOrder = (q: { options?: { id: string }[] }) => (q.options ?? []).map((o) => o.id);

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const seqA = Array.from({ length: 20 }, () => a());
    const seqB = Array.from({ length: 20 }, () => b());
    expect(seqA).toEqual(seqB);
  });

  it('stays in [0, 1)', () => {
    const values: number[] = [];
    for (const seed of [0, 1, 7, 2 ** 31, 2 ** 32 - 1]) {
      const r = seededRandom(seed);
      for (let i = 0; i < 1000; i++) values.push(r());
    }
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe('shuffled', () => {
  it('returns a copy and leaves the input alone', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const out = shuffled(items, seededRandom(3));
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(out).not.toBe(items);
    expect([...out].sort()).toEqual(items);
  });
});

describe('optionOrder', () => {
  it('gives the same order for the same seed', () => {
    for (const seed of [1, 2, 12345, 2 ** 32 - 1]) {
      expect(optionOrder(quiz, seed)).toEqual(optionOrder(quiz, seed));
    }
  });

  it('keeps the pack order with seed 0', () => {
    expect(optionOrder(quiz, 0)).toEqual({ q1: packOrder(quiz[0]!), q2: packOrder(quiz[1]!), q4: packOrder(quiz[3]!) });
  });

  it('lists only questions that have options', () => {
    expect(Object.keys(optionOrder(quiz, 99)).sort()).toEqual(['q1', 'q2', 'q4']);
  });

  it('keeps every option id exactly once, for many seeds', () => {
    const broken: string[] = [];
    for (let seed = 0; seed < 500; seed++) {
      const order = optionOrder(quiz, seed);
      for (const q of quiz) {
        if (!q.options) continue;
        const ids = order[q.id] ?? [];
        const sameIds = [...ids].sort().join(',') === packOrder(q).sort().join(',');
        if (ids.length !== q.options.length || new Set(ids).size !== ids.length || !sameIds) broken.push(`seed ${seed} ${q.id}: ${ids.join(',')}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('actually shuffles: over many seeds the order is not always the pack order', () => {
    const q2Pack = packOrder(quiz[1]!).join(',');
    const seen = new Set<string>();
    let different = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const q2 = optionOrder(quiz, seed).q2!.join(',');
      seen.add(q2);
      if (q2 !== q2Pack) different++;
    }
    // 6 options have 720 orders; 200 seeds should hit many of them and rarely the pack order.
    expect(different).toBeGreaterThan(190);
    expect(seen.size).toBeGreaterThan(100);
  });

  it('different seeds give different orders', () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 50; seed++) orders.add(JSON.stringify(optionOrder(quiz, seed)));
    expect(orders.size).toBeGreaterThan(45);
  });

  it('puts each option first about as often as any other (no position bias)', () => {
    const firsts = new Map<string, number>();
    const runs = 6000;
    for (let seed = 1; seed <= runs; seed++) {
      const first = optionOrder([question('q', 6)], seed).q![0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    expect(firsts.size).toBe(6);
    for (const count of firsts.values()) {
      expect(count).toBeGreaterThan(runs / 6 * 0.8);
      expect(count).toBeLessThan(runs / 6 * 1.2);
    }
  });
});

describe('newSeed', () => {
  it('never returns 0 (which means "pack order") and fits in 32 bits', () => {
    expect(newSeed(() => 0)).toBe(1);
    expect(newSeed(() => 0.9999999999)).toBeLessThanOrEqual(2 ** 32 - 1);
    const seeds = Array.from({ length: 1000 }, () => newSeed());
    expect(seeds.every(Number.isInteger)).toBe(true);
    expect(Math.min(...seeds)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...seeds)).toBeLessThanOrEqual(2 ** 32 - 1);
  });
});

describe('optionOrder for matching and ordering questions', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}` }));
  it('never shows an ordering question in its correct order, even with seed 0', () => {
    for (let seed = 0; seed < 300; seed++) {
      const order = optionOrder([{ id: 'o', type: 'ordering', items: items(3) }], seed).o!;
      expect(order).not.toEqual(['i0', 'i1', 'i2']);
      expect([...order].sort()).toEqual(['i0', 'i1', 'i2']);
    }
  });

  it('shuffles the right-hand side of a matching question, distractors included', () => {
    const q = { id: 'm', type: 'matching' as const, pairs: items(4), distractors: [{ id: 'x' }] };
    expect(optionOrder([q], 0).m).toEqual(['i0', 'i1', 'i2', 'i3', 'x']);
    const seen = new Set<string>();
    for (let seed = 1; seed < 40; seed++) seen.add(optionOrder([q], seed).m!.join());
    expect(seen.size).toBeGreaterThan(20);
  });
});
