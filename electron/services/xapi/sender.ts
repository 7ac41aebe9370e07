// Posts queued xAPI statements to the LRS named in the policy: the app's one network client,
// and it talks to no other address. In batches, in order; a batch leaves the outbox only when
// the LRS confirms it (2xx). Network errors, timeouts, 429 and 5xx are retried with exponential
// back-off and jitter, then the flush stops ("offline") and the next one starts over. A 4xx is
// the LRS refusing what it was sent: the batch is re-sent one statement at a time to find the
// refused ones, which are marked (kept, shown, logged) so they never block the ones behind.
// Re-sending after a crash is safe: statement ids are fixed at creation, and an LRS stores a
// statement id once (xapi-statements answers 200 to the same id and content; a 409 is checked
// against what the LRS holds, and counts as confirmed when it is the same statement).
import type { Statement } from '../../../src/core/xapi/statement';
import { XAPI_VERSION } from '../../../src/core/xapi/statement';

export interface LrsConfig {
  endpoint: string;
  username: string;
  password: string;
}

/** Where the sender reads and marks statements: a learner's outbox or the forwarding outbox. */
export interface OutboxAccess {
  sendable(): Statement[];
  acknowledge(ids: readonly string[]): void;
  markRefused(ids: readonly string[], status: number): void;
}

export interface SenderOptions {
  lrs: LrsConfig;
  /** One request, answer body included (default 10 s). */
  timeoutMs?: number;
  batchSize?: number;
  /** Tries per request, first back-off and ceiling (default 5 tries, 500 ms, 30 s). */
  retry?: { tries: number; baseMs: number; maxMs: number };
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** One line per retry and refusal, for the main process log (English, never shown to learners). */
  log?: (line: string) => void;
}

export interface SenderCounts {
  /** Statements the LRS confirmed. */
  sent: number;
  /** Requests tried again after a network error, timeout or 5xx. */
  retried: number;
  /** Statements the LRS refused (4xx). */
  refused: number;
}

export interface FlushResult extends SenderCounts {
  outcome: 'done' | 'offline';
  /** Why the last try failed, for the log ("timeout", "503", "ECONNRESET"…). */
  lastError?: string;
}

type Try = { kind: 'ok' } | { kind: 'retry'; why: string } | { kind: 'refused'; status: number };

const sleeper = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function statementsUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/statements`;
}

/** The parts of a statement an LRS keeps as they were sent (it adds stored, authority, version). */
const core = (s: Partial<Statement>) => JSON.stringify([s.id, s.actor, s.verb?.id, s.object?.id, s.result, s.context?.registration, s.timestamp && Date.parse(s.timestamp)]);

export function createSender(opts: SenderOptions) {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const batchSize = opts.batchSize ?? 50;
  const retry = opts.retry ?? { tries: 5, baseMs: 500, maxMs: 30_000 };
  const sleep = opts.sleep ?? sleeper;
  const random = opts.random ?? Math.random;
  const log = opts.log ?? (() => {});
  const url = statementsUrl(opts.lrs.endpoint);
  const headers = {
    'X-Experience-API-Version': XAPI_VERSION,
    Authorization: `Basic ${Buffer.from(`${opts.lrs.username}:${opts.lrs.password}`, 'utf8').toString('base64')}`,
  };

  /** One request, its answer read to the end within the timeout. */
  async function request(method: 'POST' | 'GET', target: string, body?: string): Promise<{ status: number; text: string }> {
    const res = await fetch(target, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    return { status: res.status, text: await res.text() };
  }

  /** Whether the LRS already holds this very statement (after a 409). */
  async function alreadyStored(s: Statement): Promise<boolean> {
    try {
      const res = await request('GET', `${url}?statementId=${encodeURIComponent(s.id)}`);
      return res.status === 200 && core(JSON.parse(res.text) as Statement) === core(s);
    } catch {
      return false;
    }
  }

  async function tryPost(batch: readonly Statement[]): Promise<Try> {
    let status: number;
    try {
      status = (await request('POST', url, JSON.stringify(batch))).status;
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      return { kind: 'retry', why: err.name === 'TimeoutError' ? 'timeout' : (err.cause?.code ?? err.name) };
    }
    if (status >= 200 && status < 300) return { kind: 'ok' };
    if (status === 409 && batch.length === 1 && (await alreadyStored(batch[0]!))) return { kind: 'ok' };
    if (status >= 400 && status < 500 && status !== 429) return { kind: 'refused', status };
    return { kind: 'retry', why: String(status) };
  }

  const counts: SenderCounts = { sent: 0, retried: 0, refused: 0 };

  /** Tries a request until it is answered, within the retry budget. */
  async function post(batch: readonly Statement[]): Promise<Try> {
    for (let n = 0; ; n++) {
      const r = await tryPost(batch);
      if (r.kind !== 'retry' || n + 1 >= retry.tries) return r;
      counts.retried++;
      // Exponential back-off with "equal jitter": half fixed, half random, so many PCs that
      // come back online together do not hit the LRS in step.
      const ceiling = Math.min(retry.maxMs, retry.baseMs * 2 ** n);
      const wait = ceiling / 2 + random() * (ceiling / 2);
      log(`xAPI: ${batch.length} statement(s) not confirmed (${r.why}), retry ${n + 1} in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }

  return {
    counts,
    /** Sends everything sendable now, in order, until the outbox is empty or the LRS is out of reach. */
    async flush(outbox: OutboxAccess): Promise<FlushResult> {
      const start = { ...counts };
      const result = (outcome: FlushResult['outcome'], lastError?: string): FlushResult => ({
        outcome,
        sent: counts.sent - start.sent,
        retried: counts.retried - start.retried,
        refused: counts.refused - start.refused,
        ...(lastError && { lastError }),
      });
      for (;;) {
        const batch = outbox.sendable().slice(0, batchSize);
        if (batch.length === 0) return result('done');
        const r = await post(batch);
        if (r.kind === 'retry') return result('offline', r.why);
        if (r.kind === 'ok') {
          outbox.acknowledge(batch.map((s) => s.id));
          counts.sent += batch.length;
          continue;
        }
        // Refused: one at a time, to keep the good ones and mark only the refused.
        for (const s of batch) {
          const one = batch.length === 1 ? r : await post([s]);
          if (one.kind === 'retry') return result('offline', one.why);
          if (one.kind === 'ok') {
            outbox.acknowledge([s.id]);
            counts.sent++;
          } else {
            outbox.markRefused([s.id], one.status);
            counts.refused++;
            log(`xAPI: statement ${s.id} refused by the LRS (HTTP ${one.status}); kept in the outbox, not sent again`);
          }
        }
      }
    },
  };
}

export type Sender = ReturnType<typeof createSender>;
