// Seeded shuffling: the seed is stored with an attempt, so a review shows the options in
// exactly the order the learner saw them.

/** mulberry32: small, fast, good enough for ordering options. */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). The same seed always gives the same order. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Each question's options in the order a given seed shows them. Seed 0 keeps the pack's order. */
export function optionOrder<Q extends { id: string; options?: readonly { id: string }[] }>(
  questions: readonly Q[],
  seed: number,
): Record<string, string[]> {
  const random = seededRandom(seed);
  const order: Record<string, string[]> = {};
  for (const q of questions) {
    if (!q.options) continue;
    const ids = q.options.map((o) => o.id);
    order[q.id] = seed === 0 ? ids : shuffled(ids, random);
  }
  return order;
}

export function newSeed(random: () => number = Math.random): number {
  return 1 + Math.floor(random() * 0xfffffffe);
}
