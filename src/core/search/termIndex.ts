// A small inverted index built for the keystroke query: each term's documents with their score
// for that term already computed (BM25+ per field, boosted, at build time), so a query only adds
// up a few posting lists; no per-query scoring of every matching document (what made minisearch
// take hundreds of milliseconds on a large course). Every query word must match (AND); the last
// one may match as a prefix, expanded to its most frequent completions only; when nothing is
// found, words of five letters or more may match with one typo per five letters.

export interface IndexedFields {
  title: string[];
  heading: string[];
  text: string[];
}

export interface TermHit {
  id: number;
  score: number;
}

interface Postings {
  ids: Int32Array;
  scores: Float32Array;
}

export interface TermQuery {
  /** Search terms as the index's term processor made them. */
  terms: string[];
  /** Whether term i may match as a prefix. */
  prefix: (term: string, i: number, terms: string[]) => boolean;
  /** Allowed edit distance for term i when the exact search found nothing (0: none). */
  fuzzy: (term: string) => number;
  limit: number;
}

const FIELDS = ['title', 'heading', 'text'] as const;
const BOOST = { title: 3, heading: 2, text: 1 };
// BM25+ parameters (the ones minisearch uses, so relevance stays as before).
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** The completions a word being typed expands to, the most frequent first: "des" alone has hundreds. */
const MAX_PREFIX_EXPANSIONS = 24;
const MAX_FUZZY_EXPANSIONS = 12;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

export class TermIndex {
  private readonly postings = new Map<string, Postings>();
  /** Every term, sorted, for prefix lookups. */
  private readonly vocabulary: string[];
  /** Scratch arrays reused by each query, one slot per document. */
  private readonly acc: Float64Array;
  private readonly matchedTerms: Uint8Array;

  constructor(docs: readonly IndexedFields[]) {
    const n = docs.length;
    const df = new Map<string, number>();
    const totalLength = { title: 0, heading: 0, text: 0 };
    // Pass 1: term frequencies per document and field, document frequencies, field lengths.
    const perDoc = docs.map((doc) => {
      const tf = new Map<string, [number, number, number]>();
      FIELDS.forEach((field, f) => {
        totalLength[field] += doc[field].length;
        for (const term of doc[field]) {
          let counts = tf.get(term);
          if (!counts) tf.set(term, (counts = [0, 0, 0]));
          counts[f]!++;
        }
      });
      for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      return tf;
    });
    const avg = FIELDS.map((field) => Math.max(1, totalLength[field] / Math.max(1, n)));
    // Pass 2: the score of each term in each document.
    const lists = new Map<string, { ids: number[]; scores: number[] }>();
    perDoc.forEach((tf, id) => {
      const doc = docs[id]!;
      for (const [term, counts] of tf) {
        const d = df.get(term)!;
        const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
        let score = 0;
        FIELDS.forEach((field, f) => {
          const t = counts[f]!;
          if (t === 0) return;
          const norm = 1 - B + (B * doc[field].length) / avg[f]!;
          score += BOOST[field] * idf * (D + (t * (K + 1)) / (t + K * norm));
        });
        let list = lists.get(term);
        if (!list) lists.set(term, (list = { ids: [], scores: [] }));
        list.ids.push(id);
        list.scores.push(score);
      }
    });
    for (const [term, list] of lists) this.postings.set(term, { ids: Int32Array.from(list.ids), scores: Float32Array.from(list.scores) });
    this.vocabulary = [...this.postings.keys()].sort();
    this.acc = new Float64Array(n);
    this.matchedTerms = new Uint8Array(n);
  }

  /** The best documents for the query, best first, with the index terms each query term matched. */
  search(query: TermQuery): { hits: TermHit[]; matched: Set<string> } {
    const exact = this.run(query, false);
    if (exact.hits.length > 0 || !query.terms.some((t) => query.fuzzy(t) > 0)) return exact;
    return this.run(query, true);
  }

  private run(query: TermQuery, fuzzy: boolean): { hits: TermHit[]; matched: Set<string> } {
    const { terms } = query;
    const matched = new Set<string>();
    if (terms.length === 0 || terms.length > 255) return { hits: [], matched };
    const expanded = terms.map((term, i) => {
      const options = new Map<string, number>(); // index term → weight
      if (this.postings.has(term)) options.set(term, 1);
      if (query.prefix(term, i, terms)) {
        for (const [t, w] of this.completions(term)) if (!options.has(t)) options.set(t, w);
      }
      const distance = fuzzy ? query.fuzzy(term) : 0;
      if (distance > 0) {
        for (const [t, w] of this.nearTerms(term, distance)) if (!options.has(t)) options.set(t, w);
      }
      let size = 0;
      for (const t of options.keys()) size += this.postings.get(t)!.ids.length;
      return { options, size };
    });
    if (expanded.some((e) => e.options.size === 0)) return { hits: [], matched };
    // The rarest term first: only the documents it lists can match them all.
    expanded.sort((a, b) => a.size - b.size);
    const { acc, matchedTerms } = this;
    const touched: number[] = [];
    expanded.forEach(({ options }, i) => {
      for (const [t, weight] of options) {
        const { ids, scores } = this.postings.get(t)!;
        for (let j = 0; j < ids.length; j++) {
          const id = ids[j]!;
          const m = matchedTerms[id]!;
          if (m === i) {
            if (i === 0) touched.push(id);
            matchedTerms[id] = i + 1;
            acc[id]! += weight * scores[j]!;
          } else if (m === i + 1) {
            acc[id]! += weight * scores[j]!; // another completion of the same word
          }
        }
        matched.add(t);
      }
    });
    const hits = topK(touched, expanded.length, query.limit, acc, matchedTerms);
    for (const id of touched) {
      acc[id] = 0;
      matchedTerms[id] = 0;
    }
    return { hits, matched };
  }

  /** Index terms starting with the prefix, the most frequent first, weighted down by the letters added. */
  private completions(prefix: string): [string, number][] {
    const found: string[] = [];
    for (let i = lowerBound(this.vocabulary, prefix); i < this.vocabulary.length && this.vocabulary[i]!.startsWith(prefix); i++) {
      if (this.vocabulary[i] !== prefix) found.push(this.vocabulary[i]!);
    }
    return this.mostFrequent(found, MAX_PREFIX_EXPANSIONS).map((t) => [t, (PREFIX_WEIGHT * prefix.length) / (prefix.length + 0.3 * (t.length - prefix.length))]);
  }

  /** Index terms within `max` edits of the term, the most frequent first. */
  private nearTerms(term: string, max: number): [string, number][] {
    const found = new Map<string, number>();
    for (const t of this.vocabulary) {
      if (Math.abs(t.length - term.length) > max || t === term) continue;
      const d = editDistance(term, t, max);
      if (d <= max) found.set(t, d);
    }
    return this.mostFrequent([...found.keys()], MAX_FUZZY_EXPANSIONS).map((t) => [t, (FUZZY_WEIGHT * term.length) / (term.length + found.get(t)!)]);
  }

  private mostFrequent(terms: string[], max: number): string[] {
    if (terms.length <= max) return terms;
    return terms.sort((a, b) => this.postings.get(b)!.ids.length - this.postings.get(a)!.ids.length).slice(0, max);
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The best `limit` documents matching all `terms` terms, best first (ties: the earlier document). */
function topK(candidates: readonly number[], terms: number, limit: number, acc: Float64Array, matchedTerms: Uint8Array): TermHit[] {
  const best: TermHit[] = [];
  if (limit <= 0) return best;
  for (const id of candidates) {
    if (matchedTerms[id] !== terms) continue;
    const score = acc[id]!;
    if (best.length === limit && score <= best[best.length - 1]!.score) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { id, score });
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Levenshtein distance, or more than `max` as soon as it must exceed it. */
function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}
