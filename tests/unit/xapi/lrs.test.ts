// The sender against a real LRS: Learning Locker's xapi-statements on 127.0.0.1, behind a proxy
// that injects faults. A journey's statements must all arrive, exactly once (queried back from
// the LRS), whatever the network did; a statement the LRS refuses is kept and marked and never
// blocks the ones behind it. The counts of sent, retried and refused statements are printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startLrs, type TestLrs } from '../../lrs/lrsServer';
import { startFaultProxy, type Fault, type FaultProxy } from '../../lrs/faultProxy';
import { createSender, type OutboxAccess } from '../../../electron/services/xapi/sender';
import type { Statement } from '../../../src/core/xapi/statement';
import { useTempDirs } from '../tempDirs';
import { FAST_SENDER, journey, openServices, queuedIds, writePolicy } from './journey';
import { createServices } from '../../../electron/services/services';
import { CONTENT_DIR } from '../services/packAnswers';

const tempDir = useTempDirs('academy-xapi-lrs-');
let lrs: TestLrs;
let proxy: FaultProxy;
const totals = { sent: 0, retried: 0, refused: 0 };
/** Adds what a sender counted to the totals the suite prints. */
const count = (c: { sent: number; retried: number; refused: number }) => {
  totals.sent += c.sent;
  totals.retried += c.retried;
  totals.refused += c.refused;
};

beforeAll(async () => {
  lrs = await startLrs();
  proxy = await startFaultProxy(lrs.port, { delayMs: 1500 });
}, 60_000);

afterAll(async () => {
  console.log(`xAPI fault tests: ${totals.sent} statements sent, ${totals.retried} requests retried, ${totals.refused} statements refused`);
  await proxy?.close();
  await lrs?.stop();
});

/** How many times each id is stored in the LRS. */
async function storedCounts(ids: readonly string[]): Promise<number[]> {
  const stored = await lrs.statements();
  return ids.map((id) => stored.filter((s) => s.id === id).length);
}

describe('sending a journey to Learning Locker', () => {
  it('every statement of the journey is accepted by the LRS (its xAPI validator) and stored once', async () => {
    const dir = tempDir();
    const policy = writePolicy(dir, lrs.endpoint);
    const s = openServices(dir, policy);
    let ids: string[];
    try {
      journey(s);
      ids = queuedIds(s);
      // 5 lessons × (experienced, completed), 2 attempts × (attempted, answered…, passed|failed), module completed.
      expect(ids.length).toBeGreaterThan(20);
      const status = await s.xapi.sendNow();
      expect(status).toMatchObject({ state: 'idle', queued: 0, refused: 0 });
      expect(status.lastSuccessAt).not.toBeNull();
      expect(await storedCounts(ids)).toEqual(ids.map(() => 1));
      count(s.xapi.counts());
    } finally {
      await s.close();
    }
    // Sent statements left the outbox, and stay gone after a restart.
    const again = openServices(dir, policy);
    try {
      expect(queuedIds(again)).toEqual([]);
      expect(again.xapi.status().lastSuccessAt).not.toBeNull();
    } finally {
      await again.close();
    }
  }, 120_000);

  const FAULTS: Fault[] = ['drop', 'delay', '503', 'cut'];
  for (const fault of FAULTS) {
    it(`through "${fault}": all statements arrive, none twice`, async () => {
      const dir = tempDir();
      const s = openServices(dir, writePolicy(dir, proxy.endpoint));
      try {
        journey(s);
        const ids = queuedIds(s);
        const before = proxy.seen.applied[fault];
        // Twice in a row, on the first batch: the sender must retry past both.
        proxy.plan([fault, fault]);
        const status = await s.xapi.sendNow();
        expect(proxy.seen.applied[fault] - before).toBe(2);
        expect(status).toMatchObject({ state: 'idle', queued: 0, refused: 0 });
        expect(await storedCounts(ids)).toEqual(ids.map(() => 1));
        // At least the two injected; a slow LRS on a busy machine can add a genuine timeout.
        expect(s.xapi.counts()).toMatchObject({ sent: ids.length, refused: 0 });
        expect(s.xapi.counts().retried).toBeGreaterThanOrEqual(2);
        count(s.xapi.counts());
      } finally {
        await s.close();
      }
    }, 120_000);
  }

  it('an LRS out of reach leaves everything queued ("offline"), and the next send delivers it once', async () => {
    const dir = tempDir();
    const s = openServices(dir, writePolicy(dir, proxy.endpoint), { ...FAST_SENDER, retry: { tries: 3, baseMs: 20, maxMs: 50 } });
    try {
      journey(s);
      const ids = queuedIds(s);
      proxy.plan(['503', '503', '503']);
      const down = await s.xapi.sendNow();
      expect(down).toMatchObject({ state: 'offline', queued: ids.length });
      expect(await storedCounts(ids)).toEqual(ids.map(() => 0));
      const up = await s.xapi.sendNow();
      expect(up).toMatchObject({ state: 'idle', queued: 0 });
      expect(await storedCounts(ids)).toEqual(ids.map(() => 1));
      expect(s.xapi.counts()).toMatchObject({ sent: ids.length, refused: 0 });
      expect(s.xapi.counts().retried).toBeGreaterThanOrEqual(2);
      count(s.xapi.counts());
    } finally {
      await s.close();
    }
  }, 120_000);
});

describe('a statement the LRS refuses', () => {
  it('is marked refused and kept; the statements before and after it arrive', async () => {
    const dir = tempDir();
    const s = openServices(dir, writePolicy(dir, lrs.endpoint));
    let good: Statement[];
    try {
      journey(s);
      good = [...s.progress.outbox().queued.values()].slice(0, 3);
    } finally {
      await s.close();
    }
    // A statement Learning Locker's validator refuses: a verb without its IRI.
    const bad = { ...good[1]!, id: randomUUID(), verb: { display: { en: 'answered' } } } as unknown as Statement;
    const queue = [good[0]!, bad, good[1]!, good[2]!];
    const acked: string[] = [];
    const refused: { id: string; status: number }[] = [];
    const outbox: OutboxAccess = {
      sendable: () => queue.filter((x) => !acked.includes(x.id) && !refused.some((r) => r.id === x.id)),
      acknowledge: (ids) => acked.push(...ids),
      markRefused: (ids, status) => refused.push(...ids.map((id) => ({ id, status }))),
    };
    const lines: string[] = [];
    const sender = createSender({ ...FAST_SENDER, lrs: { endpoint: lrs.endpoint, username: 'u', password: 'p' }, log: (l) => lines.push(l) });
    const result = await sender.flush(outbox);
    expect(result).toMatchObject({ outcome: 'done', sent: 3, refused: 1 });
    expect(refused).toEqual([{ id: bad.id, status: 400 }]);
    expect(acked.sort()).toEqual([good[0]!.id, good[1]!.id, good[2]!.id].sort());
    expect(await storedCounts([good[0]!.id, bad.id, good[1]!.id, good[2]!.id])).toEqual([1, 0, 1, 1]);
    expect(lines.some((l) => l.includes(bad.id) && l.includes('400'))).toBe(true);
    count(sender.counts);
  }, 120_000);

  it('stays in the learner outbox across a restart, counted as refused, not sent again', async () => {
    const dir = tempDir();
    const policy = writePolicy(dir, lrs.endpoint);
    const s = openServices(dir, policy);
    try {
      journey(s);
      const [first] = queuedIds(s);
      s.progress.markRefused([first!], 400);
    } finally {
      await s.close();
    }
    const again = openServices(dir, policy);
    try {
      const total = queuedIds(again).length;
      const status = await again.xapi.sendNow();
      expect(status).toMatchObject({ queued: 0, refused: 1 });
      expect(queuedIds(again)).toHaveLength(1);
      expect(again.xapi.counts()).toMatchObject({ sent: total - 1, refused: 0 });
      count(again.xapi.counts());
    } finally {
      await again.close();
    }
  }, 120_000);
});

describe('store and forward through a progress file', () => {
  it('a PC without a connection exports its unsent statements; a PC with the LRS imports the file and forwards them once', async () => {
    const offlineDir = tempDir();
    const offline = createServices({ dataDir: offlineDir, contentRoots: [CONTENT_DIR], openExternal: async () => {}, xapiEveryMs: 0 });
    let ids: string[];
    let file: string;
    try {
      journey(offline);
      ids = queuedIds(offline);
      // No LRS in this PC's policy: nothing to send to, everything waits.
      expect(offline.xapi.status()).toMatchObject({ state: 'off', queued: ids.length });
      file = offline.portable.exportFile().text;
    } finally {
      await offline.close();
    }
    expect((JSON.parse(file) as { body: { xapi: { statements: { id: string }[] } } }).body.xapi.statements.map((s) => s.id)).toEqual(ids);

    const trainerDir = tempDir();
    const trainer = openServices(trainerDir, writePolicy(trainerDir, lrs.endpoint));
    try {
      expect(trainer.portable.restore(file).ok).toBe(true);
      // Imported twice (the same file collected again): forwarded once.
      trainer.portable.restore(file);
      expect(trainer.xapi.status().queued).toBe(ids.length);
      const status = await trainer.xapi.sendNow();
      expect(status).toMatchObject({ state: 'idle', queued: 0 });
      trainer.portable.restore(file);
      expect(trainer.xapi.status().queued).toBe(0);
      expect(await storedCounts(ids)).toEqual(ids.map(() => 1));
      expect(trainer.xapi.counts().sent).toBe(ids.length);
      count(trainer.xapi.counts());
    } finally {
      await trainer.close();
    }
    // The forwarding outbox is in the data folder: a restart remembers what was forwarded.
    const again = openServices(trainerDir, writePolicy(trainerDir, lrs.endpoint));
    try {
      again.portable.restore(file);
      expect(again.xapi.status().queued).toBe(0);
    } finally {
      await again.close();
    }

    // A trainer who collects the file into a class on another connected PC forwards it too, once.
    const classDir = tempDir();
    const coach = openServices(classDir, writePolicy(classDir, lrs.endpoint));
    try {
      const day1 = coach.classes.create({ name: 'Day 1' });
      expect(coach.classes.importTexts(day1.id, [{ name: 'trainee.json', text: file }]).trainees).toBe(1);
      coach.classes.importTexts(day1.id, [{ name: 'trainee-again.json', text: file }]);
      expect(coach.xapi.status().queued).toBe(ids.length);
      expect(await coach.xapi.sendNow()).toMatchObject({ state: 'idle', queued: 0 });
      // Sent again with the same ids, the LRS keeps one of each.
      expect(await storedCounts(ids)).toEqual(ids.map(() => 1));
      count(coach.xapi.counts());
    } finally {
      await coach.close();
    }
  }, 240_000);
});
