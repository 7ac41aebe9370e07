// The preview harness lets a portable progress file through (up to its 5 MB, escaped inside a JSON
// string), while every other channel keeps the 1 MiB body limit.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { LARGE_BODY_BYTES, startPreviewServer, type PreviewServer } from '../../../electron/services/preview/previewServer';
import { sha256Hex } from '../../../electron/services/portable/portableService';
import { buildPortableFile } from '../../../src/core/portable/format';
import { packDir, VALID_PACK } from '../content/fixturePacks';
import { attempt, sampleBody } from '../portable/sampleRecord';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-preview-portable-');
const servers: PreviewServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function start() {
  const server = await startPreviewServer({ rendererDir: tempDir(), contentRoots: [packDir(VALID_PACK)], dataDir: tempDir(), port: 0 });
  servers.push(server);
  return server;
}

function post(server: PreviewServer, channel: string, body: string): Promise<{ status: number; json: { ok: boolean; value?: { ok: boolean; reason?: string }; error?: { reason: string; params: Record<string, unknown> } } }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent: false, host: url.hostname, port: url.port, method: 'POST', path: `/api/${channel}`, headers: { origin: url.origin, 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('preview server: portable progress files', () => {
  it('carries a file of several MB to inspectProgressFile, and the service judges it', async () => {
    const server = await start();
    const body = sampleBody(0);
    body.progress.attempts = Array.from({ length: 6000 }, (_, i) => attempt(i));
    const { text } = buildPortableFile(body, { exportedAt: '2026-01-01T00:00:00.000Z', sha256: sha256Hex });
    const arg = JSON.stringify({ text });
    expect(arg.length).toBeGreaterThan(2 * 1024 * 1024);
    const r = await post(server, 'inspectProgressFile', arg);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('still refuses bodies over the larger limit, and keeps 1 MiB for other channels', async () => {
    const server = await start();
    const over = JSON.stringify({ text: ' '.repeat(LARGE_BODY_BYTES.inspectProgressFile!) });
    expect((await post(server, 'inspectProgressFile', over)).status).toBe(413);
    const catalog = `{"lang":"en"${' '.repeat(2 * 1024 * 1024)}}`;
    const r = await post(server, 'getCatalog', catalog);
    expect(r.status).toBe(413);
    expect(r.json.error).toEqual({ code: 'bad-request', reason: 'errors.bodyTooLarge', params: { limit: 1048576 } });
  });
});
