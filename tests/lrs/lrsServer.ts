// Learning Locker's xAPI statements service (npm xapi-statements, installed in this folder with
// its own lockfile) as a real LRS for the tests: started on 127.0.0.1 at a port the system
// picks, with in-memory models and local storage in a temporary folder, no MongoDB or Redis.
// It validates every statement with Learning Locker's xAPI validator. stop() ends the process
// and removes the folder; the caller registers it in afterAll (or a finally).
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const HERE = import.meta.dirname;
const SERVICE = path.join(HERE, 'node_modules/xapi-statements/dist/index.js');
const START_TIMEOUT_MS = 30_000;

export interface StoredStatement {
  id: string;
  actor?: { account?: { name?: string } };
  verb: { id: string };
  object: { id: string };
}

export const LRS_USER = 'academy-test';
export const LRS_PASSWORD = 'write-only-key';

export interface TestLrs {
  /** The xAPI endpoint, as a policy names it (…/xAPI). */
  endpoint: string;
  port: number;
  /** Every statement the LRS holds, following its `more` pages. */
  statements(): Promise<StoredStatement[]>;
  stop(): Promise<void>;
}

const auth = `Basic ${Buffer.from(`${LRS_USER}:${LRS_PASSWORD}`).toString('base64')}`;

export async function startLrs(): Promise<TestLrs> {
  if (!fs.existsSync(SERVICE)) throw new Error(`xapi-statements is not installed: run "npm ci --prefix tests/lrs"`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-lrs-'));
  let child: ChildProcess | undefined;
  const stop = async () => {
    const c = child;
    child = undefined;
    if (c && c.exitCode === null && c.signalCode === null) {
      const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
      c.kill('SIGKILL');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    child = fork(SERVICE, [], {
      cwd: dir,
      execArgv: ['--import', pathToFileURL(path.join(HERE, 'listenLocal.mjs')).href],
      env: {
        PATH: process.env.PATH ?? '',
        AUTH_REPO: 'test',
        EVENTS_REPO: 'test',
        MODELS_REPO: 'memory',
        STORAGE_REPO: 'local',
        FS_LOCAL_STORAGE_DIR: path.join(dir, 'storage'),
        EXPRESS_MORGAN_DIRECTORY: path.join(dir, 'access-logs'),
        WINSTON_CONSOLE_LEVEL: 'error',
        // Statements are stored before the answer, so a statement confirmed is one queryable.
        SERVICE_AWAIT_UPDATES: 'true',
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const c = child;
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the LRS did not start in ${START_TIMEOUT_MS} ms: ${stderr}`)), START_TIMEOUT_MS);
      c.on('message', (m: { port?: number }) => {
        if (typeof m?.port === 'number') {
          clearTimeout(timer);
          resolve(m.port);
        }
      });
      c.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the LRS exited (${code}): ${stderr}`));
      });
    });
    const endpoint = `http://127.0.0.1:${port}/xAPI`;
    return {
      endpoint,
      port,
      async statements() {
        const all: StoredStatement[] = [];
        let next: string | undefined = `/xAPI/statements?limit=500`;
        while (next) {
          const res = await fetch(`http://127.0.0.1:${port}${next}`, {
            headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3' },
            signal: AbortSignal.timeout(10_000),
          });
          if (res.status !== 200) throw new Error(`GET statements: HTTP ${res.status}`);
          const page = (await res.json()) as { statements: typeof all; more?: string };
          all.push(...page.statements);
          next = page.more || undefined;
        }
        return all;
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
