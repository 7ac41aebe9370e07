// Which cards a review session shows: every card due now, the most overdue first, at most
// SESSION_LIMIT at a time. Cards whose question or term the installed packs no longer have
// are skipped (and not counted), never shown broken; they stay stored in case the pack returns.
import type { ReviewCard } from './cards';

export const SESSION_LIMIT = 20;

export interface Queue {
  /** Due cards the packs can still show. */
  dueCount: number;
  /** The first `limit` of them, in session order. */
  ids: string[];
  /** The earliest due time after now, when a card is waiting for later. */
  nextDueAt?: string;
}

export function reviewQueue(
  cards: Readonly<Record<string, ReviewCard>>,
  now: Date,
  available: (cardId: string) => boolean,
  limit: number = SESSION_LIMIT,
): Queue {
  const t = now.getTime();
  const due: { id: string; at: number }[] = [];
  let next: number | undefined;
  for (const [id, card] of Object.entries(cards)) {
    const at = Date.parse(card.due);
    if (!available(id)) continue;
    if (at <= t) due.push({ id, at });
    else if (next === undefined || at < next) next = at;
  }
  // Most overdue first; the id breaks ties so the order never depends on insertion.
  due.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const queue: Queue = { dueCount: due.length, ids: due.slice(0, Math.max(0, limit)).map((d) => d.id) };
  if (next !== undefined) queue.nextDueAt = new Date(next).toISOString();
  return queue;
}
