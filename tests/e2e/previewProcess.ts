// Starts the real `preview` CLI (built renderer + real services) on a free port and a given
// data directory, the way a newcomer runs `npm run preview`, from the built JavaScript (see
// previewBuild.ts). It runs in a process group of its own: a preview that fails to start, or a
// test that ends, takes the whole group down, so no test leaves a process behind.
import { spawn } from 'node:child_process';
import { PACK_CACHE_DIR, PREVIEW_BUNDLE, REPO } from './previewBuild';
import { killGroup } from './processes';

/**
 * How long the preview may take to print its URL. Loading the course takes seconds on an idle
 * machine and much longer on a busy 2-core one; a slow start is not what these tests test.
 */
const START_TIMEOUT_MS = Number(process.env.PREVIEW_START_TIMEOUT_MS ?? 240_000);
/** After SIGTERM, how long a preview has to close before its group is killed. */
const STOP_GRACE_MS = 10_000;

export interface Preview {
  url: string;
  origin: string;
  /** Lines the harness printed, e.g. "(preview) would open in the system browser: …". */
  output: string[];
  stop(): Promise<void>;
}

/** Groups still running in this worker, ended if the worker itself exits. */
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});

export async function startPreview(dataDir: string, extraArgs: string[] = [], { startTimeoutMs = START_TIMEOUT_MS } = {}): Promise<Preview> {
  const child = spawn(process.execPath, [PREVIEW_BUNDLE, '--port', '0', '--data', dataDir, '--pack-cache', PACK_CACHE_DIR, ...extraArgs], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid!;
  running.add(pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(pid));
  const output: string[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`preview printed no URL within ${startTimeoutMs / 1000} s:\n${output.join('\n')}`)), startTimeoutMs);
      const onData = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          output.push(line);
          const m = /preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`preview exited (${signal ?? code}) before it was ready:\n${output.join('\n')}`));
      });
    });
    return {
      url,
      origin: new URL(url).origin,
      output,
      stop: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        killGroup(pid, 'SIGTERM');
        const grace = setTimeout(() => killGroup(pid, 'SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(grace);
      },
    };
  } catch (e) {
    // A failed start leaves nothing running: the whole group goes.
    killGroup(pid, 'SIGKILL');
    await exited;
    throw e;
  }
}
