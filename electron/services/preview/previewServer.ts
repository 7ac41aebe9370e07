// The preview harness: serves the built renderer over HTTP and answers API calls with the
// same handlers and services as Electron's IPC. Only the transport differs, so browser tests
// exercise the real services, real files and the real renderer.
import http from 'node:http';
import { createHandlers, handlerFor } from '../api/handlers';
import { refusal } from '../api/refusals';
import type { DataFolderProblem } from '../policy/dataFolder';
import type { PolicyService } from '../policy/policyService';
import { CONTENT_SECURITY_POLICY, isTrustedSenderUrl } from '../securityPolicy';
import { createServices, type Services } from '../services';
import { createPageHandler } from '../startup/entryPage';
import { startup } from '../startup/startup';
import { createStaticHandler, HASHED_BUILD_ASSET } from '../staticFiles';

export const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Channels that carry a portable progress file as text (up to 5 MB, checked by the service with
 * its own reason) get more room: the file's text, escaped inside a JSON string, can nearly double.
 */
export const LARGE_BODY_BYTES: Readonly<Record<string, number>> = {
  inspectProgressFile: 12 * 1024 * 1024,
  restoreProgress: 12 * 1024 * 1024,
  // Up to 10 progress files per call (MAX_CLASS_FILES_PER_CALL); the renderer sends fewer when they are large.
  importClassFiles: 24 * 1024 * 1024,
};

export interface PreviewOptions {
  rendererDir: string;
  contentRoots: string[];
  dataDir: string;
  port?: number;
  host?: string;
  /** What "open in the system browser" does here: there is no system browser to hand over to. */
  onOpenExternal?: (url: string) => void;
  /** An administration's policy file, as the desktop app would find next to its executable. */
  policyFile?: string;
  /** The policy already read (the preview reads it first, for its dataFolder); wins over policyFile. */
  policy?: PolicyService;
  /** Why the policy's dataFolder was not used, if it was not (for the policy log). */
  dataFolderProblem?: DataFolderProblem;
  /** Folders of .academypack files installed once at start, as the desktop app's system-wide folder. */
  preloadPackDirs?: string[];
}

export interface PreviewServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

/** The request body as text, or null when it is larger than `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit, keep reading (and dropping) so the client gets an answer, not a reset.
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startPreviewServer(opts: PreviewOptions): Promise<PreviewServer> {
  const host = opts.host ?? '127.0.0.1';
  const services = createServices({
    dataDir: opts.dataDir,
    contentRoots: opts.contentRoots,
    policyFile: opts.policyFile,
    ...(opts.policy && { policy: opts.policy }),
    ...(opts.dataFolderProblem && { dataFolderProblem: opts.dataFolderProblem }),
    openExternal: async (url) => opts.onOpenExternal?.(url),
  });
  if (opts.preloadPackDirs?.length) await services.packs.preload(opts.preloadPackDirs);
  let origin = '';
  const handlers = createHandlers(services, (url) => isTrustedSenderUrl(url, origin));
  const serveFiles = createStaticHandler({
    // Asked on every request, so a pack installed while the preview runs has its media served.
    mounts: () => [{ prefix: '/', dir: opts.rendererDir }, ...services.content.mediaMounts()],
    csp: CONTENT_SECURITY_POLICY,
    spaFallback: 'index.html',
    immutable: HASHED_BUILD_ASSET,
  });
  // index.html?open=… carries the first screen's data, as Electron's app:// page does (see entryPage.ts).
  const serveStatic = createPageHandler(serveFiles, (args) => startup(services, args));

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin);
      // Refuse other Host names, so a page elsewhere cannot reach the API by DNS rebinding.
      if (req.headers.host !== new URL(origin).host) {
        res.writeHead(421).end();
        return;
      }
      if (url.pathname.startsWith(API_PREFIX)) {
        const handler = handlerFor(handlers, url.pathname.slice(API_PREFIX.length));
        if (req.method !== 'POST' || !handler) {
          res.writeHead(req.method !== 'POST' ? 405 : 404, { 'content-type': 'application/json' });
          res.end(JSON.stringify(refusal('unknown-channel', 'errors.unknownChannel')));
          return;
        }
        const channel = url.pathname.slice(API_PREFIX.length);
        const limit = Object.hasOwn(LARGE_BODY_BYTES, channel) ? LARGE_BODY_BYTES[channel]! : MAX_BODY_BYTES;
        const body = await readBody(req, limit);
        if (body === null) {
          res.writeHead(413, { 'content-type': 'application/json' });
          res.end(JSON.stringify(refusal('bad-request', 'errors.bodyTooLarge', { limit })));
          return;
        }
        let arg: unknown = null;
        try {
          arg = body === '' ? null : JSON.parse(body);
        } catch {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify(refusal('bad-request', 'errors.badRequest', { channel, field: '-' })));
          return;
        }
        // The page's origin plays the part of Electron's sender frame URL.
        const sender = typeof req.headers.origin === 'string' ? `${req.headers.origin}/` : undefined;
        const envelope = await handler(sender, arg);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(envelope));
        return;
      }
      const response = await serveStatic(new Request(url, { method: req.method }));
      const headers: Record<string, string> = {};
      response.headers.forEach((v, k) => (headers[k] = v));
      res.writeHead(response.status, headers);
      res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`preview server error: ${(e as Error).message}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://${host}:${port}`;
  return {
    url: `${origin}/`,
    services,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        void services.close();
      }),
  };
}


