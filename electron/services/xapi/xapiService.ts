// The xAPI side of the app for Electron main and the preview harness: the status line of the
// settings screen, "send now", the export of the learner's statements, a background send while
// statements wait, and forwarding the statements of imported progress files. Sends only when
// the policy names an LRS; without one, statements still queue (to export, or to carry in a
// progress file to a PC that has one).
import type { XapiExport, XapiStatus } from '../../../src/core/xapi/status';
import type { Statement } from '../../../src/core/xapi/statement';
import { sendable, type Outbox } from '../../../src/core/xapi/outbox';
import { createSender, type LrsConfig, type OutboxAccess, type SenderCounts, type SenderOptions } from './sender';
import { openForwardingOutbox } from './forwardingOutbox';

export interface XapiService {
  status(): XapiStatus;
  /** Sends what waits now (the active learner's and forwarded statements); resolves with the new status. */
  sendNow(): Promise<XapiStatus>;
  /** The active learner's statements not yet confirmed by the LRS, as a JSON array file. */
  exportStatements(): XapiExport;
  /** Statements sent, requests retried and statements refused since the app started (for the log and tests). */
  counts(): SenderCounts;
  /** Queues statements from an imported progress file, once per statement id; returns how many were new. */
  forward(statements: readonly Statement[]): number;
  close(): Promise<void>;
}

interface LearnerOutbox extends OutboxAccess {
  outbox(): Readonly<Outbox>;
}

export function openXapiService(opts: {
  dataDir: string;
  lrs: LrsConfig | undefined;
  /** The active learner's outbox, when a profile is open. */
  learner: () => LearnerOutbox | undefined;
  /** Background send period while statements wait (default 60 s; 0: never, tests send by hand). */
  everyMs?: number;
  now?: () => Date;
  sender?: Omit<SenderOptions, 'lrs'>;
  log?: (line: string) => void;
}): XapiService {
  const now = opts.now ?? (() => new Date());
  const forwarding = opts.lrs ? openForwardingOutbox(opts.dataDir, now) : undefined;
  const sender = opts.lrs ? createSender({ log: opts.log, ...opts.sender, lrs: opts.lrs }) : undefined;
  let state: XapiStatus['state'] = opts.lrs ? 'idle' : 'off';
  let lastSuccessAt: string | null = null;
  let running: Promise<void> | undefined;
  let closed = false;

  const learnerAccess = (): OutboxAccess | undefined => {
    const l = opts.learner();
    if (!l) return undefined;
    return {
      sendable: () => l.sendable(),
      acknowledge: (ids) => {
        l.acknowledge(ids);
        lastSuccessAt = now().toISOString();
      },
      markRefused: (ids, status) => l.markRefused(ids, status),
    };
  };
  const forwardAccess = (): OutboxAccess | undefined =>
    forwarding && {
      sendable: () => forwarding.sendable(),
      acknowledge: (ids) => {
        forwarding.acknowledge(ids);
        lastSuccessAt = now().toISOString();
      },
      markRefused: (ids, status) => forwarding.markRefused(ids, status),
    };

  const status = (): XapiStatus => {
    const box = opts.learner()?.outbox();
    const fwd = forwarding?.outbox();
    const refused = (box?.refused.size ?? 0) + (fwd?.refused.size ?? 0);
    const queued = (box ? sendable(box).length : 0) + (fwd ? sendable(fwd).length : 0);
    const last = [lastSuccessAt, box?.lastSentAt ?? null, fwd?.lastSentAt ?? null].filter((x): x is string => !!x).sort().at(-1) ?? null;
    return { state, queued, refused, lastSuccessAt: last };
  };

  const flushAll = async () => {
    if (!sender) return;
    state = 'sending';
    try {
      for (const access of [learnerAccess(), forwardAccess()]) {
        if (!access) continue;
        const r = await sender.flush(access);
        if (r.outcome === 'offline') {
          state = 'offline';
          return;
        }
      }
      state = 'idle';
    } catch (e) {
      // A write of the outbox failed (a full disk): nothing was lost, the statements wait.
      opts.log?.(`xAPI: sending stopped: ${(e as Error).message}`);
      state = 'offline';
    }
  };

  const sendNow = async () => {
    running ??= flushAll().finally(() => {
      running = undefined;
    });
    await running;
    return status();
  };

  const every = opts.everyMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (!sender || every <= 0 || closed) return;
    timer = setTimeout(() => {
      void (status().queued > 0 ? sendNow() : Promise.resolve()).finally(schedule);
    }, every);
    timer.unref();
  };
  schedule();

  return {
    status,
    sendNow,
    exportStatements() {
      const box = opts.learner()?.outbox();
      const statements = box ? [...box.queued.values()] : [];
      const at = now();
      return { fileName: `academy-xapi-statements-${at.toISOString().slice(0, 10)}.json`, text: JSON.stringify(statements, null, 1), count: statements.length };
    },
    counts: () => ({ ...(sender?.counts ?? { sent: 0, retried: 0, refused: 0 }) }),
    forward: (statements) => forwarding?.add(statements) ?? 0,
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      await running;
      forwarding?.close();
    },
  };
}
