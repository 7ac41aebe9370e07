// The outbox: the statements waiting for the LRS, kept as events of the learner's log (the
// same append as the event they describe, see progress/events.ts) and folded here into what
// the sender reads. A statement leaves the outbox only when the LRS has confirmed it
// ("xapi-sent"); one the LRS refused (4xx) stays, marked, and never blocks the ones behind.
// Pure: the learner store and the forwarding outbox of the data folder both fold with it.
import { z } from 'zod';
import { idSchema } from '../ids';
import { safeRecord } from '../safeRecord';
import { statementSchema, uuidSchema, type Statement } from './statement';

/** Statements (and new registrations) added by one event. */
export const outboxAddSchema = z.strictObject({
  statements: z.array(statementSchema).max(1000),
  /** A registration UUID per enrolment (pack), created with the first statement about it. */
  registrations: safeRecord(idSchema, uuidSchema).optional(),
});
export type OutboxAdd = z.infer<typeof outboxAddSchema>;

export const refusalSchema = z.strictObject({ status: z.number().int().min(100).max(599), at: z.iso.datetime() });
export type Refusal = z.infer<typeof refusalSchema>;

/** The outbox events of a log (besides `xapi` fields on attempt and lesson events). */
export const outboxEventSchemas = [
  /** Statements on their own: the outbox carried into a new log generation, forwarded statements. */
  z.strictObject({
    type: z.literal('xapi'),
    xapi: outboxAddSchema,
    refused: safeRecord(uuidSchema, refusalSchema).optional(),
    lastSentAt: z.iso.datetime().optional(),
  }),
  /** The LRS confirmed these: they leave the outbox. */
  z.strictObject({ type: z.literal('xapi-sent'), ids: z.array(uuidSchema).max(1000), at: z.iso.datetime() }),
  /** The LRS refused these (4xx): kept, marked, skipped by the sender. */
  z.strictObject({ type: z.literal('xapi-refused'), ids: z.array(uuidSchema).max(1000), status: z.number().int().min(400).max(499), at: z.iso.datetime() }),
] as const;

export type OutboxEvent =
  | { type: 'xapi'; xapi: OutboxAdd; refused?: Record<string, Refusal>; lastSentAt?: string }
  | { type: 'xapi-sent'; ids: string[]; at: string }
  | { type: 'xapi-refused'; ids: string[]; status: number; at: string };

export interface Outbox {
  /** Waiting statements, in the order they were written (Map keeps insertion order). */
  queued: Map<string, Statement>;
  refused: Map<string, Refusal>;
  registrations: Record<string, string>;
  lastSentAt: string | null;
}

export const emptyOutbox = (): Outbox => ({ queued: new Map(), refused: new Map(), registrations: {}, lastSentAt: null });

/** Any log event: attempt and lesson events may carry an `xapi` part. */
type LogEvent = { type: string; xapi?: OutboxAdd };
const OUTBOX_TYPES = new Set(['xapi', 'xapi-sent', 'xapi-refused']);

/** Folds one event's outbox part into `o` (in place: a log replay may hold thousands). */
export function applyOutbox(o: Outbox, e: LogEvent | OutboxEvent): Outbox {
  if ('xapi' in e && e.xapi) {
    for (const s of e.xapi.statements) o.queued.set(s.id, s);
    if (e.xapi.registrations) Object.assign(o.registrations, e.xapi.registrations);
  }
  if (!OUTBOX_TYPES.has(e.type)) return o;
  const ev = e as OutboxEvent;
  switch (ev.type) {
    case 'xapi':
      if (ev.refused) for (const [id, r] of Object.entries(ev.refused)) if (o.queued.has(id)) o.refused.set(id, r);
      if (ev.lastSentAt) o.lastSentAt = ev.lastSentAt;
      break;
    case 'xapi-sent':
      for (const id of ev.ids) {
        o.queued.delete(id);
        o.refused.delete(id);
      }
      o.lastSentAt = ev.at;
      break;
    case 'xapi-refused':
      for (const id of ev.ids) if (o.queued.has(id)) o.refused.set(id, { status: ev.status, at: ev.at });
      break;
  }
  return o;
}

/** The statements the sender should post, in order: queued and not refused. */
export const sendable = (o: Outbox): Statement[] => [...o.queued.values()].filter((s) => !o.refused.has(s.id));

/** The events that rebuild the outbox in a new log generation (chunks that fit the schema). */
export function outboxEvents(o: Outbox): OutboxEvent[] {
  const all = [...o.queued.values()];
  const refused = Object.fromEntries(o.refused);
  const events: OutboxEvent[] = [];
  for (let i = 0; i < Math.max(1, all.length); i += 1000) {
    const statements = all.slice(i, i + 1000);
    const ids = new Set(statements.map((s) => s.id));
    const chunkRefused = Object.fromEntries(Object.entries(refused).filter(([id]) => ids.has(id)));
    events.push({
      type: 'xapi',
      xapi: { statements, ...(i === 0 && { registrations: { ...o.registrations } }) },
      ...(Object.keys(chunkRefused).length > 0 && { refused: chunkRefused }),
      ...(i === 0 && o.lastSentAt && { lastSentAt: o.lastSentAt }),
    });
  }
  return events;
}

/** The outbox as the snapshot file keeps it (plain JSON). */
export const outboxSnapshotSchema = z.strictObject({
  queued: z.array(statementSchema),
  refused: safeRecord(uuidSchema, refusalSchema),
  registrations: safeRecord(idSchema, uuidSchema),
  lastSentAt: z.iso.datetime().nullable(),
});
export type OutboxSnapshot = z.infer<typeof outboxSnapshotSchema>;

export const outboxToSnapshot = (o: Outbox): OutboxSnapshot => ({
  queued: [...o.queued.values()],
  refused: Object.fromEntries(o.refused),
  registrations: { ...o.registrations },
  lastSentAt: o.lastSentAt,
});

export const outboxFromSnapshot = (s: OutboxSnapshot): Outbox => ({
  queued: new Map(s.queued.map((x) => [x.id, x])),
  refused: new Map(Object.entries(s.refused)),
  registrations: { ...s.registrations },
  lastSentAt: s.lastSentAt,
});
