// A fault-injecting HTTP proxy in front of the test LRS, on 127.0.0.1, bounded in time: each
// POST takes the next planned fault (then passes through), so a test decides exactly what the
// sender meets:
//   drop      the connection is destroyed before any answer
//   delay     no answer until `delayMs` (past the sender's timeout), then the connection is dropped
//   503       "Service Unavailable", nothing forwarded
//   cut       forwarded, the LRS stores the batch and answers, and the answer is cut off: the
//             sender never learns that its statements were stored
//   hold      forwarded and stored, the answer held back until `delayMs`, then the connection
//             dropped: a sender killed meanwhile never learns its statements were stored
//   pass      forwarded as it is
// GETs always pass. Counts what it saw, for the test's report.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'drop' | 'delay' | '503' | 'cut' | 'hold' | 'pass';

export interface FaultProxy {
  endpoint: string;
  plan(faults: Fault[]): void;
  /** POSTs seen, and how many of each fault were applied. */
  readonly seen: { posts: number; applied: Record<Fault, number> };
  /** Resolves at the next POST that reaches the proxy (before its fault is applied). */
  nextPost(): Promise<void>;
  close(): Promise<void>;
}

const UPSTREAM_TIMEOUT_MS = 15_000;

export async function startFaultProxy(upstreamPort: number, opts: { delayMs?: number } = {}): Promise<FaultProxy> {
  const delayMs = opts.delayMs ?? 1500;
  const planned: Fault[] = [];
  const seen = { posts: 0, applied: { drop: 0, delay: 0, '503': 0, cut: 0, hold: 0, pass: 0 } as Record<Fault, number> };
  const waiting: (() => void)[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const forward = (req: http.IncomingMessage, body: Buffer, done: (res: http.IncomingMessage, bytes: Buffer) => void, fail: () => void) => {
    const up = http.request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${upstreamPort}` }, timeout: UPSTREAM_TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(res, Buffer.concat(chunks)));
        res.on('error', fail);
      },
    );
    up.on('timeout', () => up.destroy());
    up.on('error', fail);
    up.end(body);
  };

  /** Runs `fn` after delayMs, unless the proxy closes first. */
  const later = (fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, delayMs);
    timers.add(t);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const fault: Fault = req.method === 'POST' ? (planned.shift() ?? 'pass') : 'pass';
      if (req.method === 'POST') {
        seen.posts++;
        seen.applied[fault]++;
        for (const w of waiting.splice(0)) w();
      }
      const passOn = () =>
        forward(
          req,
          body,
          (up, bytes) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(bytes);
          },
          () => res.destroy(),
        );
      switch (fault) {
        case 'drop':
          req.socket.destroy();
          return;
        case 'delay':
          later(() => req.socket.destroy());
          return;
        case 'hold':
          forward(req, body, () => later(() => req.socket.destroy()), () => req.socket.destroy());
          return;
        case '503':
          res.writeHead(503, { 'Content-Type': 'text/plain' });
          res.end('unavailable');
          return;
        case 'cut':
          // Stored upstream, then the answer is lost on the way back.
          forward(req, body, () => req.socket.destroy(), () => req.socket.destroy());
          return;
        case 'pass':
          passOn();
      }
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI`,
    plan: (faults) => planned.push(...faults),
    seen,
    nextPost: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
