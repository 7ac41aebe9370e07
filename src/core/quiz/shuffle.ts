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

type Orderable =
  | { id: string; type: 'single' | 'multiple'; options: readonly { id: string }[] }
  | { id: string; type: 'matching'; pairs: readonly { id: string }[]; distractors: readonly { id: string }[] }
  | { id: string; type: 'ordering'; items: readonly { id: string }[] }
  | { id: string; type: 'true-false' | 'cloze' | 'numeric' | 'scenario' | 'inspection' };

/** The ids a question shows in a shuffled order: options, matching choices, ordering items. */
function shuffledIds(q: Orderable): string[] | undefined {
  if (q.type === 'single' || q.type === 'multiple') return q.options.map((o) => o.id);
  if (q.type === 'matching') return [...q.pairs, ...q.distractors].map((o) => o.id);
  if (q.type === 'ordering') return q.items.map((o) => o.id);
  return undefined;
}

/**
 * What each question shows, in the order a given seed shows it. Seed 0 keeps the pack's order,
 * except for ordering questions, whose items are always shown out of order.
 */
export function optionOrder(questions: readonly Orderable[], seed: number): Record<string, string[]> {
  const random = seededRandom(seed);
  const order: Record<string, string[]> = {};
  for (const q of questions) {
    const ids = shuffledIds(q);
    if (!ids) continue;
    if (q.type !== 'ordering') {
      order[q.id] = seed === 0 ? ids : shuffled(ids, random);
      continue;
    }
    const mixed = shuffled(ids, seed === 0 ? seededRandom(ids.length) : random);
    // Never show the answer as the starting order.
    order[q.id] = mixed.every((id, i) => id === ids[i]) ? [...mixed.slice(1), mixed[0]!] : mixed;
  }
  return order;
}

export function newSeed(random: () => number = Math.random): number {
  return 1 + Math.floor(random() * 0xfffffffe);
}
