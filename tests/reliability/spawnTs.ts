// Starts a TypeScript file in a plain Node process with the tsx loader. Not through the `tsx`
// command: that runs the script in a second process, and SIGKILL would reach only the first.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export function spawnTs(script: string, args: string[], opts: { nodeOptions?: string[]; stdin?: boolean } = {}): ChildProcess {
  return spawn(process.execPath, [...(opts.nodeOptions ?? []), '--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
}

/** Calls `onLine` for each complete line the stream prints. */
export function onLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  let rest = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  stream?.on('end', () => {
    if (rest) onLine(rest);
  });
}

/** A small seeded random generator (mulberry32), so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
