// The process the kill test kills. It loads, says "loaded" and waits for "go <id prefix>" on
// stdin (so the parent can start the next one while killing this one), says "opening", opens
// the real progress store on the given folder (compacting it often: see COMPACT_AFTER), says
// "ready", and saves quiz attempts as fast as it can, each followed by two position events (the
// events a compaction drops), printing "ack <id>" only after the attempt's append has returned:
// the moment the app would show it as saved. stdout is a pipe, written synchronously on Linux and macOS, so a line printed
// before SIGKILL still reaches the parent.
//   node --import tsx writerChild.ts <data dir>
import readline from 'node:readline';
import { openProgressStore, sampleAttempt } from '../progressStore';
import { KILL_COMPACT_AFTER } from './compaction';

/** Safety nets: the parent kills long before either. */
const MAX_WRITES = 20_000;
const MAX_MS = 60_000;

const dir = process.argv[2];
if (!dir) throw new Error('usage: writerChild.ts <data dir>');

process.stdout.write('loaded\n');
const input = readline.createInterface({ input: process.stdin });
const go = await new Promise<string>((resolve) => input.once('line', resolve));
input.close();
const prefix = /^go ([a-z0-9-]+)$/.exec(go)?.[1];
if (!prefix) throw new Error(`expected "go <prefix>", got "${go}"`);

process.stdout.write('opening\n');
const { store } = openProgressStore(dir, { compactAfter: KILL_COMPACT_AFTER });
process.stdout.write('ready\n');
// A parent that died (a test run stopped half-way) leaves this process to the system: stop then.
const parent = process.ppid;
const started = Date.now();
for (let i = 0; i < MAX_WRITES && process.ppid === parent && Date.now() - started < MAX_MS; i++) {
  const id = `${prefix}-${i}`;
  store.append({ type: 'attempt', attempt: sampleAttempt(id) });
  process.stdout.write(`ack ${id}\n`);
  for (const moduleId of ['basics', 'channels']) store.append({ type: 'position', position: { screen: 'module', packId: 'wco-ecommerce', moduleId, at: new Date().toISOString() } });
}
process.exit(3);
