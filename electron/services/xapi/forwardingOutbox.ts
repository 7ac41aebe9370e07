// The forwarding outbox of a PC that collects other learners' progress files (store and
// forward): statements carried by an imported file wait here, in the data folder, until this
// PC's LRS confirms them. A statement id is taken once, ever: importing the same file again,
// or another file holding the same statements, forwards nothing twice. Same log format and
// folding as a learner's outbox (store/eventLog.ts, core/xapi/outbox.ts).
import fs from 'node:fs';
import path from 'node:path';
import { newHeader, openAppender, readHeader, scanLog, writeLog, type LogAppender } from '../store/eventLog';
import { applyOutbox, emptyOutbox, outboxEventSchemas, sendable, type Outbox, type OutboxEvent } from '../../../src/core/xapi/outbox';
import type { Statement } from '../../../src/core/xapi/statement';
import { z } from 'zod';
import type { OutboxAccess } from './sender';

export const FORWARDING_LOG = 'xapi-forwarding.jsonl';
const LOG_KIND = 'academy-xapi-forwarding';
const eventSchema = z.discriminatedUnion('type', [...outboxEventSchemas]);

export interface ForwardingOutbox extends OutboxAccess {
  /** Queues the statements this PC has never taken before; returns how many were new. */
  add(statements: readonly Statement[]): number;
  outbox(): Readonly<Outbox>;
  close(): void;
}

export function openForwardingOutbox(dataDir: string, now: () => Date = () => new Date()): ForwardingOutbox {
  const file = path.join(dataDir, FORWARDING_LOG);
  const outbox = emptyOutbox();
  /** Every statement id ever taken, sent or not. */
  const seen = new Set<string>();
  let appender: LogAppender;
  const header = fs.existsSync(file) ? readHeader(file) : undefined;
  if (header?.log === LOG_KIND) {
    const scan = scanLog(file);
    for (const entry of scan.entries.slice(1)) {
      const e = eventSchema.safeParse(entry.value);
      if (!e.success) continue;
      if (e.data.type === 'xapi') for (const s of e.data.xapi.statements) seen.add(s.id);
      applyOutbox(outbox, e.data);
    }
    // A torn last line was never acknowledged: cut it off before appending.
    if (scan.torn) fs.truncateSync(file, scan.torn.start);
    appender = openAppender(file, scan.torn ? scan.torn.start : scan.end);
  } else {
    // No log yet (an unreadable one is kept aside, never overwritten).
    if (fs.existsSync(file)) fs.renameSync(file, `${file}.unreadable-${Date.now()}`);
    appender = openAppender(file, writeLog(file, newHeader(LOG_KIND, 1, now()), [], dataDir));
  }
  const append = (e: OutboxEvent) => {
    appender.append([e]);
    applyOutbox(outbox, e);
  };
  const at = () => now().toISOString();
  return {
    add(statements) {
      const fresh = statements.filter((s) => !seen.has(s.id));
      for (let i = 0; i < fresh.length; i += 1000) append({ type: 'xapi', xapi: { statements: fresh.slice(i, i + 1000) } });
      for (const s of fresh) seen.add(s.id);
      return fresh.length;
    },
    sendable: () => sendable(outbox),
    acknowledge(ids) {
      for (let i = 0; i < ids.length; i += 1000) append({ type: 'xapi-sent', ids: ids.slice(i, i + 1000), at: at() });
    },
    markRefused(ids, status) {
      for (let i = 0; i < ids.length; i += 1000) append({ type: 'xapi-refused', ids: ids.slice(i, i + 1000), status, at: at() });
    },
    outbox: () => outbox,
    close: () => appender.close(),
  };
}
