import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/securityPolicy';
import {
  createStaticHandler,
  HASHED_BUILD_ASSET,
  rawPathnameOf,
  splitRequestPath,
  type StaticHandler,
} from '../../../electron/services/staticFiles';

const ORIGIN = 'app://academy';
const SECRET = 'root:x:0:0:SECRET';

let base: string;
let handler: StaticHandler;

// What a transport that does not normalise URLs would hand over: the path exactly as typed.
function rawRequest(url: string, method = 'GET'): Request {
  return { url, method } as Request;
}

function get(pathAndQuery: string, method = 'GET'): Promise<Response> {
  return handler(new Request(`${ORIGIN}${pathAndQuery}`, { method }));
}

function getRaw(pathAndQuery: string): Promise<Response> {
  return handler(rawRequest(`${ORIGIN}${pathAndQuery}`));
}

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'academy-static-')));
  const renderer = path.join(base, 'renderer');
  const contentA = path.join(base, 'content-a');
  const contentB = path.join(base, 'content-b');
  const outside = path.join(base, 'outside');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await mkdir(path.join(contentA, 'wco-ecommerce', 'media'), { recursive: true });
  await mkdir(path.join(contentB, 'national', 'media'), { recursive: true });
  await mkdir(outside, { recursive: true });

  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><h1>Academy</h1>');
  await writeFile(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(renderer, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(renderer, 'assets', 'app-CmMEaF7E.js'), 'console.log(2)');
  await writeFile(path.join(renderer, 'assets', 'app-FnoRoLEa.css'), 'main{}');
  await writeFile(path.join(renderer, 'assets', 'index-abc.js.map'), '{}');
  await writeFile(path.join(renderer, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(path.join(renderer, 'assets', 'notes.yaml'), 'a: 1');
  await writeFile(path.join(renderer, '.env'), 'TOKEN=1');
  await writeFile(path.join(contentA, 'wco-ecommerce', 'media', 'flow.svg'), '<svg/>');
  await writeFile(path.join(contentA, 'wco-ecommerce', 'media', 'photo.JPG'), 'jpg');
  await writeFile(path.join(contentA, 'wco-ecommerce', 'pack.yaml'), 'id: wco-ecommerce');
  await writeFile(path.join(contentB, 'national', 'media', 'map.png'), 'png');
  await writeFile(path.join(contentB, 'national', 'media', 'pic.webp'), 'webp');
  await writeFile(path.join(contentB, 'national', 'data.json'), '{"a":1}');
  await writeFile(path.join(outside, 'passwd.js'), SECRET);
  await writeFile(path.join(outside, 'secret.png'), SECRET);

  // Links: one leaving the root (file), one leaving it (folder), one staying inside.
  await symlink(path.join(outside, 'passwd.js'), path.join(renderer, 'assets', 'leak.js'));
  await symlink(outside, path.join(contentA, 'wco-ecommerce', 'escape'), 'dir');
  await symlink(
    path.join(renderer, 'assets', 'index-abc.js'),
    path.join(renderer, 'assets', 'alias.js'),
  );

  handler = createStaticHandler({
    mounts: [
      { prefix: '/', dir: renderer },
      { prefix: '/packs/', dir: contentA },
      { prefix: '/packs/', dir: contentB },
    ],
    csp: CONTENT_SECURITY_POLICY,
    spaFallback: 'index.html',
  });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
}

async function expectRefused(res: Response): Promise<void> {
  expect([400, 403, 404]).toContain(res.status);
  expectSecurityHeaders(res);
  expect(await res.text()).not.toContain(SECRET);
}

describe('serving the app', () => {
  it('serves index.html as HTML, uncached, with the CSP', async () => {
    const res = await get('/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(res);
    expect(await res.text()).toContain('<h1>Academy</h1>');
  });

  it.each([
    ['/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['/assets/index-abc.js.map', 'application/json; charset=utf-8', '{}'],
    ['/assets/font.woff2', 'font/woff2', 'wOF2'],
    ['/packs/wco-ecommerce/media/flow.svg', 'image/svg+xml', '<svg/>'],
    ['/packs/wco-ecommerce/media/photo.JPG', 'image/jpeg', 'jpg'],
    ['/packs/national/media/map.png', 'image/png', 'png'],
    ['/packs/national/media/pic.webp', 'image/webp', 'webp'],
    ['/packs/national/data.json', 'application/json; charset=utf-8', '{"a":1}'],
  ])('serves %s as %s', async (url, type, body) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('cache-control')).toBeNull();
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expectSecurityHeaders(res);
    expect(await res.text()).toBe(body);
  });

  it('marks only the build\'s content-hashed files immutable, so V8 can keep their compiled code', async () => {
    const hashed = createStaticHandler({
      mounts: [
        { prefix: '/', dir: path.join(base, 'renderer') },
        { prefix: '/packs/', dir: path.join(base, 'content-a') },
      ],
      csp: CONTENT_SECURITY_POLICY,
      spaFallback: 'index.html',
      immutable: HASHED_BUILD_ASSET,
    });
    const cacheOf = async (url: string) => (await hashed(new Request(`${ORIGIN}${url}`))).headers.get('cache-control');
    expect(await cacheOf('/assets/app-CmMEaF7E.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheOf('/assets/app-FnoRoLEa.css')).toBe('public, max-age=31536000, immutable');
    // Not named by a hash, or not the build's: the engine must ask again.
    expect(await cacheOf('/assets/index-abc.js')).toBeNull();
    expect(await cacheOf('/assets/font.woff2')).toBeNull();
    expect(await cacheOf('/packs/wco-ecommerce/media/flow.svg')).toBeNull();
    expect(await cacheOf('/index.html')).toBe('no-store');
    expect(await cacheOf('/lesson/wco-ecommerce/intro')).toBe('no-store');
    expect(HASHED_BUILD_ASSET.test('/packs/wco-ecommerce/assets/app-CmMEaF7E.js')).toBe(false);
  });

  it('ignores the query string and fragment', async () => {
    const res = await get('/assets/index-abc.js?v=1#x');
    expect(res.status).toBe(200);
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await get('/assets/index-abc.js', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('14');
    expectSecurityHeaders(res);
    expect(await res.text()).toBe('');
  });

  it('follows a link that stays inside the root', async () => {
    const res = await get('/assets/alias.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
  });
});

describe('single-page fallback', () => {
  it.each(['/', '/home', '/lesson/wco-ecommerce/intro'])(
    'serves index.html for the route %s',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toContain('<h1>Academy</h1>');
    },
  );

  it('does not fall back for a missing file with an extension', async () => {
    const res = await get('/assets/missing.js');
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
  });

  it('does not fall back inside /packs/', async () => {
    expect((await get('/packs/unknown')).status).toBe(404);
    expect((await get('/packs/')).status).toBe(404);
  });

  it('is 404 without a fallback configured', async () => {
    const bare = createStaticHandler({
      mounts: [{ prefix: '/', dir: path.join(base, 'renderer') }],
      csp: CONTENT_SECURITY_POLICY,
    });
    const res = await bare(new Request(`${ORIGIN}/home`));
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
  });
});

describe('refusals', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const res = await handler(new Request(`${ORIGIN}/index.html`, { method }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expectSecurityHeaders(res);
  });

  it.each([
    '/../etc/passwd',
    '/../outside/passwd.js',
    '/%2e%2e/outside/passwd.js',
    '/%2E%2E/outside/passwd.js',
    '/.%2e/outside/passwd.js',
    '/%252e%252e/outside/passwd.js',
    '/..%2foutside%2fpasswd.js',
    '/assets%2f..%2f..%2foutside%2fpasswd.js',
    '/..%5coutside%5cpasswd.js',
    '/assets\\..\\..\\outside\\passwd.js',
    '//etc/passwd',
    '//outside/passwd.js',
    '/assets//index-abc.js',
    '/%2fetc%2fpasswd',
    '/C:%5cWindows%5cwin.ini',
    '/assets/index-abc.js%00.png',
    '/assets/index-abc.js%2500.png',
    '/%E0%A4%A',
    '/.env',
    '/assets/index-abc.js.',
    '/assets/CON.js',
    '/packs/wco-ecommerce/../../outside/secret.png',
  ])('refuses the raw path %s', async (url) => {
    await expectRefused(await getRaw(url));
  });

  it.each([
    '/../etc/passwd',
    '/../outside/passwd.js',
    '/%2e%2e/outside/passwd.js',
    '/%252e%252e/outside/passwd.js',
    '/..%2foutside%2fpasswd.js',
    '/%5c..%5coutside%5cpasswd.js',
    '//etc/passwd',
    '/packs/wco-ecommerce/../../../outside/secret.png',
  ])('never leaks a file outside the roots for %s after URL normalisation', async (url) => {
    const res = await get(url);
    expectSecurityHeaders(res);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('refuses a link inside the root that points outside it (file)', async () => {
    await expectRefused(await get('/assets/leak.js'));
  });

  it('refuses a link inside a pack that points outside it (folder)', async () => {
    await expectRefused(await get('/packs/wco-ecommerce/escape/secret.png'));
  });

  it('does not serve types outside the allow-list (pack sources, YAML)', async () => {
    await expectRefused(await get('/packs/wco-ecommerce/pack.yaml'));
    await expectRefused(await get('/assets/notes.yaml'));
  });

  it('does not serve a folder', async () => {
    await expectRefused(await get('/packs/wco-ecommerce/media.png'));
    expect((await get('/packs/wco-ecommerce')).status).toBe(404);
  });

  it('answers a missing mount folder with 404, not an error', async () => {
    const broken = createStaticHandler({
      mounts: [{ prefix: '/', dir: path.join(base, 'does-not-exist') }],
      csp: CONTENT_SECURITY_POLICY,
      spaFallback: 'index.html',
    });
    const res = await broken(new Request(`${ORIGIN}/index.html`));
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
  });
});

describe('path parsing', () => {
  it('keeps the raw path, before any URL normalisation', () => {
    expect(rawPathnameOf('app://academy/../x?q#f')).toBe('/../x');
    expect(rawPathnameOf('app://academy')).toBe('/');
    expect(rawPathnameOf('http://127.0.0.1:5173/a/b.js')).toBe('/a/b.js');
    expect(rawPathnameOf('http://h\\..\\x')).toBe('\\..\\x');
    expect(rawPathnameOf('index.html')).toBeNull();
  });

  it('decodes each segment once', () => {
    expect(splitRequestPath('/packs/a%20b/x.png')).toEqual({ ok: true, segments: ['packs', 'a b', 'x.png'] });
    expect(splitRequestPath('/')).toEqual({ ok: true, segments: [] });
    expect(splitRequestPath('/media/')).toEqual({ ok: true, segments: ['media'] });
  });

  it.each(['/..', '/a/../b', '/%2e%2e', '/a%2fb', '/a%5cb', '/%252e', '/a%00', 'relative', '//x', '/a:b'])(
    'refuses %s',
    (raw) => {
      expect(splitRequestPath(raw).ok).toBe(false);
    },
  );
});
