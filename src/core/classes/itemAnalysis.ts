// Item analysis of one quiz's questions over a class, as question authors get it in Moodle.
// Pure arithmetic on points already scored (./itemResponses.ts turns attempts into these):
//
//   difficulty p        mean points on the item (0 to 1): for all-or-nothing items the share of
//                       full marks, for partial-credit items the mean score.
//   point-biserial r    Pearson correlation between the item's points and the rest-of-test score
//                       (the taker's points on the other items of the same attempt), population
//                       standard deviations; none when either side does not vary.
//   upper/lower D       takers of the item ranked by total score (ties: by taker id), the top and
//                       bottom 27 % (rounded, at least 1): mean item points upper − lower.
//   options             for choice items, how many takers chose each option (all takers and the
//                       upper group).
//   flags               too easy p ≥ 0.95; too hard p ≤ 0.25; negative discrimination r < 0;
//                       likely mis-key: a wrong option chosen by more of the upper group than a key.
//
// Only items answered by at least MIN_TAKERS takers are analysed: below that the figures say
// nothing.

export const MIN_TAKERS = 5;
export const TOO_EASY = 0.95;
export const TOO_HARD = 0.25;
export const GROUP_SHARE = 0.27;

export type ItemFlag = 'too-easy' | 'too-hard' | 'negative-discrimination' | 'likely-mis-key';

/** What an item needs for the option figures: its options and which are keys (choice items only). */
export interface ItemInfo {
  id: string;
  /** Partial credit possible: difficulty is then a mean score rather than a share of full marks. */
  partial: boolean;
  options?: readonly string[];
  keys?: readonly string[];
}

/** One taker's responses on one test (one attempt at a quiz). */
export interface TakerResponses {
  taker: string;
  items: Readonly<Record<string, { points: number; choices?: readonly string[] }>>;
}

export interface OptionFigures {
  id: string;
  key: boolean;
  /** Takers who chose it. */
  count: number;
  /** count / takers of the item. */
  share: number;
  /** Takers of the upper group who chose it. */
  upper: number;
}

export interface ItemStats {
  id: string;
  takers: number;
  partial: boolean;
  difficulty: number;
  pointBiserial: number | null;
  upperLower: number;
  /** Size of each of the upper and lower groups. */
  groupSize: number;
  options?: OptionFigures[];
  flags: ItemFlag[];
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Pearson correlation with population standard deviations; null when either list is constant. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n === 0 || n !== ys.length) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Rounding noise on a constant list must not pass for variation.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Size of the upper and of the lower group out of n takers: 27 %, rounded, at least 1. */
export const groupSize = (n: number) => Math.max(1, Math.round(GROUP_SHARE * n));

interface Row {
  taker: string;
  points: number;
  total: number;
  choices?: readonly string[];
}

function analyseItem(item: ItemInfo, rows: Row[]): ItemStats {
  const n = rows.length;
  const points = rows.map((r) => r.points);
  const rest = rows.map((r) => r.total - r.points);
  const difficulty = mean(points);
  const pointBiserial = correlation(points, rest);
  const ranked = [...rows].sort((a, b) => b.total - a.total || (a.taker < b.taker ? -1 : a.taker > b.taker ? 1 : 0));
  const g = groupSize(n);
  const upper = ranked.slice(0, g);
  const lower = ranked.slice(n - g);
  const upperLower = mean(upper.map((r) => r.points)) - mean(lower.map((r) => r.points));

  let options: OptionFigures[] | undefined;
  const flags: ItemFlag[] = [];
  if (difficulty >= TOO_EASY) flags.push('too-easy');
  if (difficulty <= TOO_HARD) flags.push('too-hard');
  if (pointBiserial !== null && pointBiserial < 0) flags.push('negative-discrimination');
  if (item.options) {
    const keys = new Set(item.keys ?? []);
    const chose = (r: Row, id: string) => r.choices?.includes(id) ?? false;
    options = item.options.map((id) => {
      const count = rows.filter((r) => chose(r, id)).length;
      return { id, key: keys.has(id), count, share: count / n, upper: upper.filter((r) => chose(r, id)).length };
    });
    const keyUpper = options.filter((o) => o.key).map((o) => o.upper);
    if (keyUpper.length > 0 && options.some((o) => !o.key && o.upper > Math.min(...keyUpper))) flags.push('likely-mis-key');
  }
  return { id: item.id, takers: n, partial: item.partial, difficulty, pointBiserial, upperLower, groupSize: g, ...(options ? { options } : {}), flags };
}

/** The figures of every item answered by at least MIN_TAKERS takers, in the order of `items`. */
export function analyseItems(items: readonly ItemInfo[], takers: readonly TakerResponses[]): ItemStats[] {
  const rowsByItem = new Map<string, Row[]>(items.map((i) => [i.id, []]));
  for (const t of takers) {
    let total = 0;
    for (const r of Object.values(t.items)) total += r.points;
    for (const [id, r] of Object.entries(t.items)) rowsByItem.get(id)?.push({ taker: t.taker, points: r.points, total, choices: r.choices });
  }
  const out: ItemStats[] = [];
  for (const item of items) {
    const rows = rowsByItem.get(item.id)!;
    if (rows.length >= MIN_TAKERS) out.push(analyseItem(item, rows));
  }
  return out;
}
