// The preview harness: the renderer's files and the same API handlers over HTTP, for browser
// tests. Requests are made with node:http so that Host, Origin and the path are sent exactly as
// written here (fetch would set or normalise them).
import { describe, it, expect, afterEach } from 'vitest';
import { useTempDirs } from '../tempDirs';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { learnerDir } from '../../learnerDir';
import { startPreviewServer, type PreviewServer } from '../../../electron/services/preview/previewServer';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/securityPolicy';
import { CONTENT_DIR, PACK_DIR, PACK_ID, rightAnswers, submission } from '../services/packAnswers';

const INDEX_HTML = '<!doctype html><title>Academy test page</title><div id="root"></div>';

// Registered first, so (hooks run in reverse) the folders go only after the servers closed.
const tempDir = useTempDirs('academy-preview-');
const servers: PreviewServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function start() {
  const rendererDir = tempDir('academy-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  const dataDir = tempDir('academy-preview-data-');
  const opened: string[] = [];
  const server = await startPreviewServer({ rendererDir, contentRoots: [CONTENT_DIR], dataDir, port: 0, onOpenExternal: (url) => opened.push(url) });
  servers.push(server);
  const origin = new URL(server.url).origin;
  return { server, origin, host: new URL(server.url).host, dataDir, opened };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(baseUrl: string, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent: false, host: base.hostname, port: base.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, setHost: !opts.headers?.['host'] },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = (r: Reply): unknown => JSON.parse(r.body.toString('utf8'));

/** A POST to an API channel, from the app's own page unless told otherwise. */
function post(s: { server: PreviewServer; origin: string }, channel: string, body: unknown, headers: Record<string, string> = { origin: s.origin }) {
  return request(s.server.url, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('preview server: the renderer files', () => {
  it('serves index.html at / with the Content-Security-Policy header', async () => {
    const s = await start();
    const r = await request(s.server.url, { path: '/' });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe(INDEX_HTML);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('serves index.html for client-side routes too', async () => {
    const s = await start();
    const r = await request(s.server.url, { path: '/lesson' });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe(INDEX_HTML);
  });

  it('refuses a request for another Host name with 421 (DNS rebinding)', async () => {
    const s = await start();
    for (const host of ['evil.example', `evil.example:${new URL(s.server.url).port}`, 'localhost:1']) {
      expect((await request(s.server.url, { path: '/', headers: { host } })).status).toBe(421);
      expect((await post(s, 'getCatalog', { lang: 'en' }, { origin: s.origin, host })).status).toBe(421);
    }
  });
});

describe('preview server: pack media', () => {
  it('serves /packs/wco-ecommerce/media/channels.en.svg as image/svg+xml', async () => {
    const s = await start();
    const r = await request(s.server.url, { path: `/packs/${PACK_ID}/media/channels.en.svg` });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('image/svg+xml');
    expect(r.body.equals(fs.readFileSync(path.join(PACK_DIR, 'media', 'channels.en.svg')))).toBe(true);
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    `/packs/${PACK_ID}/pack.yaml`,
    `/packs/${PACK_ID}/glossary.yaml`,
    `/packs/${PACK_ID}/modules/basics/lessons/channels.en.md`,
    `/packs/${PACK_ID}/media/../pack.yaml`,
    `/packs/${PACK_ID}/media/%2e%2e/pack.yaml`,
    `/packs/${PACK_ID}/media/..%2fpack.yaml`,
  ])('does not serve the pack source %s', async (p) => {
    const s = await start();
    const r = await request(s.server.url, { path: p });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.body.toString()).not.toContain('formatVersion');
  });
});

describe('preview server: the API', () => {
  it('answers POST /api/getCatalog from the app origin', async () => {
    const s = await start();
    const r = await post(s, 'getCatalog', { lang: 'en' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['cache-control']).toBe('no-store');
    const env = json(r) as { ok: boolean; value: { packs: { id: string }[] } };
    expect(env.ok).toBe(true);
    expect(env.value.packs.map((p) => p.id)).toEqual([PACK_ID]);
  });

  it('runs the real services: a submitted attempt is scored and on disk', async () => {
    const s = await start();
    const r = json(await post(s, 'submitAttempt', submission('basics-quiz', rightAnswers('basics-quiz')))) as { ok: boolean; value: { score: number; passed: boolean } };
    expect(r).toMatchObject({ ok: true, value: { score: 1, passed: true } });
    const onDisk = JSON.parse(fs.readFileSync(path.join(learnerDir(s.dataDir), 'progress.json'), 'utf8')) as { attempts: unknown[] };
    expect(onDisk.attempts).toHaveLength(1);
  });

  it.each([
    ['no Origin header', {}],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a foreign port on the same host', { origin: 'http://127.0.0.1:1' }],
    ['the opaque origin "null"', { origin: 'null' }],
    ['an app:// origin', { origin: 'app://academy' }],
  ] as [string, Record<string, string>][])('refuses a call with %s as bad-sender and changes nothing', async (_label, headers) => {
    const s = await start();
    const progressFile = path.join(learnerDir(s.dataDir), 'progress.json');
    const before = fs.readFileSync(progressFile);
    const r = await post(s, 'recordLessonEvent', { packId: PACK_ID, lessonId: 'channels', event: 'finished' }, headers);
    expect(json(r)).toEqual({ ok: false, error: { code: 'bad-sender', reason: 'errors.badSender', params: { channel: expect.any(String) } } });
    expect(fs.readFileSync(progressFile).equals(before)).toBe(true);
  });

  it('GET on an API channel is 405', async () => {
    const s = await start();
    const r = await request(s.server.url, { path: '/api/getCatalog', headers: { origin: s.origin } });
    expect(r.status).toBe(405);
    expect(json(r)).toMatchObject({ ok: false });
  });

  it.each(['noSuchChannel', 'constructor', '__proto__', 'toString', 'getcatalog'])('an unknown channel (%s) is 404', async (channel) => {
    const s = await start();
    const r = await post(s, channel, null);
    expect(r.status).toBe(404);
    expect(json(r)).toEqual({ ok: false, error: { code: 'unknown-channel', reason: 'errors.unknownChannel', params: {} } });
  });

  it('a body that is not JSON is 400 bad-request', async () => {
    const s = await start();
    const r = await post(s, 'getCatalog', '{lang: en');
    expect(r.status).toBe(400);
    expect(json(r)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('an empty body counts as no argument', async () => {
    const s = await start();
    expect(json(await post(s, 'getProgress', ''))).toMatchObject({ ok: true, value: { schemaVersion: 2 } });
  });

  it('validates arguments like IPC does', async () => {
    const s = await start();
    const r = json(await post(s, 'getLesson', { packId: PACK_ID, lessonId: '../pack', lang: 'en' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request', reason: 'errors.badRequest', params: { field: 'lessonId' } } });
  });

  it('refuses a body over 1 MiB, even one that would otherwise be a valid call', async () => {
    const s = await start();
    // Valid JSON for getCatalog, padded with whitespace past the limit.
    const body = `{"lang":"en"${' '.repeat(1024 * 1024 + 16)}}`;
    const r = await post(s, 'getCatalog', body);
    // 413 with a reason the caller can show, never a served catalog.
    expect(r.status).toBe(413);
    expect(json(r)).toMatchObject({ ok: false, error: { code: 'bad-request', reason: 'errors.bodyTooLarge', params: { limit: 1048576 } } });
    // The server is still up afterwards.
    expect((await post(s, 'getCatalog', { lang: 'en' })).status).toBe(200);
  });

  it('accepts a body just under 1 MiB', async () => {
    const s = await start();
    const body = `{"lang":"en"${' '.repeat(1024 * 1024 - 64)}}`;
    expect(json(await post(s, 'getCatalog', body))).toMatchObject({ ok: true });
  });

  it('openExternal goes to onOpenExternal for https and is refused for javascript:', async () => {
    const s = await start();
    expect(json(await post(s, 'openExternal', { url: 'https://www.wcoomd.org/' }))).toEqual({ ok: true, value: { opened: true } });
    expect(json(await post(s, 'openExternal', { url: 'javascript:alert(1)' }))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(s.opened).toEqual(['https://www.wcoomd.org/']);
  });
});

describe('preview server: lifecycle', () => {
  it('listens on 127.0.0.1 on a free port, and close() stops it', async () => {
    const rendererDir = tempDir('academy-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
    const server = await startPreviewServer({ rendererDir, contentRoots: [CONTENT_DIR], dataDir: tempDir('academy-preview-data-'), port: 0 });
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(0);
    expect((await request(server.url, { path: '/' })).status).toBe(200);
    await server.close();
    await expect(request(server.url, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
