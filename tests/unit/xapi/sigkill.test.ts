// A SIGKILL of the app while it sends: the batch in flight was stored by the LRS, but the app
// died before it heard so. At the next start the same statements (same ids) are sent again and
// the LRS keeps them once: nothing lost, nothing duplicated, queried back from the LRS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startLrs, type TestLrs } from '../../lrs/lrsServer';
import { startFaultProxy, type FaultProxy } from '../../lrs/faultProxy';
import { onLines, spawnTs } from '../../reliability/spawnTs';
import { useTempDirs } from '../tempDirs';
import { learnerDir } from '../../learnerDir';
import { journey, openServices, queuedIds, writePolicy } from './journey';

const tempDir = useTempDirs('academy-xapi-kill-');
const CHILD = path.join(import.meta.dirname, 'sendingChild.ts');
let lrs: TestLrs;
let proxy: FaultProxy;
let child: ChildProcess | undefined;

beforeAll(async () => {
  lrs = await startLrs();
  // The held answer never comes back within the test: the child is killed first.
  proxy = await startFaultProxy(lrs.port, { delayMs: 60_000 });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await proxy?.close();
  await lrs?.stop();
});

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not reached in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('SIGKILL while sending', () => {
  it('loses no statement and duplicates none', async () => {
    const dir = tempDir();
    const policy = writePolicy(dir, proxy.endpoint);
    const s = openServices(dir, policy);
    let ids: string[];
    try {
      journey(s);
      ids = queuedIds(s);
    } finally {
      await s.close();
    }
    expect(ids.length).toBeGreaterThan(20);
    const storedOf = async () => {
      const stored = await lrs.statements();
      return ids.map((id) => stored.filter((x) => x.id === id).length);
    };

    // The first batch goes through; the LRS stores the second, and its answer is held back.
    proxy.plan(['pass', 'hold']);
    const kid = spawnTs(CHILD, [dir, policy]);
    child = kid;
    const printed: string[] = [];
    onLines(kid.stdout, (l) => printed.push(l));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => kid.once('exit', (_code, signal) => resolve(signal)));
    await until(async () => proxy.seen.applied.hold === 1 && (await storedOf()).filter((n) => n === 1).length === 20, 60_000);
    kid.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // It died mid-send: it never printed a status.
    expect(printed).toEqual(['sending']);

    // The next start: the first batch was confirmed and left the outbox; the second was not.
    const again = openServices(dir, policy);
    try {
      expect(queuedIds(again)).toEqual(ids.slice(10));
      const status = await again.xapi.sendNow();
      expect(status).toMatchObject({ state: 'idle', queued: 0, refused: 0 });
    } finally {
      await again.close();
    }
    const stored = await storedOf();
    console.log(`xAPI SIGKILL test: ${ids.length} statements, ${stored.filter((n) => n === 0).length} lost, ${stored.filter((n) => n > 1).length} duplicated`);
    expect(stored).toEqual(ids.map(() => 1));
    // Exactly the journey's statements for this learner: no copy under a new id either.
    const learner = path.basename(learnerDir(dir));
    const theirs = (await lrs.statements()).filter((x) => x.actor?.account?.name === learner);
    expect(theirs).toHaveLength(ids.length);
  }, 180_000);
});
