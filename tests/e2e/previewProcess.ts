// Starts the real `preview` CLI (built renderer + real services) on a free port and a given
// data directory, the way a newcomer runs `npm run preview`.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');

export interface Preview {
  url: string;
  origin: string;
  /** Lines the harness printed, e.g. "(preview) would open in the system browser: …". */
  output: string[];
  stop(): Promise<void>;
}

export async function startPreview(dataDir: string, extraArgs: string[] = []): Promise<Preview> {
  const child: ChildProcess = spawn(
    path.join(repo, 'node_modules/.bin/tsx'),
    ['electron/services/cli/preview.ts', '--port', '0', '--data', dataDir, ...extraArgs],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output.join('\n')}`)), 30_000);
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
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output.join('\n')}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
