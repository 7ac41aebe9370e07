// The entry page with the start-up data in it (electron/services/startup/entryPage.ts): which
// addresses get it, how it is written (nothing in the data can break out of its block), and that
// everything else is served exactly as the file handler serves it. Real files, real services.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { useTempDirs } from '../tempDirs';
import { createServices, type Services } from '../../../electron/services/services';
import { createPageHandler, entryStartupArgs, pageWithStartup } from '../../../electron/services/startup/entryPage';
import { startup } from '../../../electron/services/startup/startup';
import { createStaticHandler } from '../../../electron/services/staticFiles';
import { addressFor, openedHash, openQueryFor, startupArgsKey, STARTUP_ELEMENT_ID, type Startup } from '../../../src/core/api/startup';
import { routeToHash } from '../../../src/core/routes';
import { CONTENT_DIR, PACK_ID } from '../services/packAnswers';

const ORIGIN = 'app://academy';
const PAGE = '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <script type="module" src="./assets/app-abcdefgh.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';
const LESSON_HASH = routeToHash({ screen: 'lesson', packId: PACK_ID, lessonId: 'channels' });

const tempDir = useTempDirs('academy-entry-page-');
const open: Services[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

function setup() {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), PAGE);
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app-abcdefgh.js'), 'export {};\n');
  const services = createServices({ dataDir: tempDir(), contentRoots: [CONTENT_DIR], openExternal: async () => {} });
  open.push(services);
  const serveFiles = createStaticHandler({ mounts: [{ prefix: '/', dir: rendererDir }], csp: "default-src 'none'", spaFallback: 'index.html' });
  return { services, serveFiles };
}

/** The block's attributes and its text, as a browser's parser would split them (the data holds no '<'). */
function blockOf(html: string): { args: string; json: string } | null {
  const m = new RegExp(`<script type="application/json" id="${STARTUP_ELEMENT_ID}" data-args="([^"]*)">([^<]*)</script>`).exec(html);
  return m ? { args: m[1]!.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'), json: m[2]! } : null;
}

describe('the address of a screen', () => {
  it('names the screen in its query as in its hash, and the query gives the hash back', () => {
    expect(addressFor(LESSON_HASH)).toBe(`?open=/lesson/${PACK_ID}/channels${LESSON_HASH}`);
    expect(openedHash(openQueryFor(LESSON_HASH))).toBe(LESSON_HASH);
    expect(openedHash(`?bench=lesson&open=/lesson/${PACK_ID}/channels`)).toBe(LESSON_HASH);
  });

  it('reads a query re-encoded on the way, and names nothing for a missing or broken one', () => {
    expect(openedHash(`?open=%2Flesson%2F${PACK_ID}%2Fchannels&bench=lesson`)).toBe(LESSON_HASH);
    expect(openedHash('')).toBeNull();
    expect(openedHash('?opened=/')).toBeNull();
    expect(openedHash('?open=%E0%A4%A')).toBeNull();
  });

  it('asks the start-up data for the entry page only, with the lesson the address names', () => {
    expect(entryStartupArgs(new URL(`${ORIGIN}/index.html${addressFor(LESSON_HASH)}`))).toEqual({ lesson: { packId: PACK_ID, lessonId: 'channels' } });
    expect(entryStartupArgs(new URL(`${ORIGIN}/${addressFor('#/')}`))).toEqual({});
    expect(entryStartupArgs(new URL(`${ORIGIN}/index.html#/lesson/a/b`))).toBeNull();
    expect(entryStartupArgs(new URL(`${ORIGIN}/assets/app-abcdefgh.js${addressFor('#/')}`))).toBeNull();
    // An id the API would refuse is not asked for either.
    expect(entryStartupArgs(new URL(`${ORIGIN}/index.html?open=/lesson/${PACK_ID}/Not_An_Id`))).toBeNull();
  });
});

describe('pageWithStartup', () => {
  const data = (name: string) => ({ settings: { language: 'en' }, profiles: { profiles: [{ id: 'p-1', name }], activeId: 'p-1' }, notices: [], learner: null, lesson: null }) as unknown as Startup;

  it('writes the data first in the head, as JSON that reads back equal, with the arguments it answers', () => {
    const args = { lesson: { packId: PACK_ID, lessonId: 'channels' } };
    const html = pageWithStartup(PAGE, args, data('Amina'));
    expect(html.indexOf(STARTUP_ELEMENT_ID)).toBeLessThan(html.indexOf('<meta charset'));
    const block = blockOf(html)!;
    expect(block.args).toBe(startupArgsKey(args));
    expect(JSON.parse(block.json)).toEqual(data('Amina'));
    expect(html.replace(/<script type="application\/json"[^]*?<\/script>/, '')).toBe(PAGE);
  });

  it('escapes every "<" in the data: a name cannot close the block, start a script or a comment', () => {
    const hostile = '</script><script>alert(1)</script><!-- <SCRIPT>';
    const html = pageWithStartup(PAGE, {}, data(hostile));
    const block = blockOf(html)!;
    expect(block.json).not.toContain('<');
    expect((JSON.parse(block.json) as Startup).profiles.profiles[0]!.name).toBe(hostile);
    // The page's own two scripts and nothing else.
    expect(html.match(/<script/gi)).toHaveLength(2);
  });

  it('leaves a page without a head as it is', () => {
    expect(pageWithStartup('<p>no head</p>', {}, data('x'))).toBe('<p>no head</p>');
  });
});

describe('createPageHandler', () => {
  it('serves the entry page with the learner data getStartup gives, never cached, with the same policy headers', async () => {
    const { services, serveFiles } = setup();
    const serve = createPageHandler(serveFiles, (args) => startup(services, args));
    const res = await serve(new Request(`${ORIGIN}/index.html${addressFor(LESSON_HASH)}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const block = blockOf(await res.text())!;
    const args = { lesson: { packId: PACK_ID, lessonId: 'channels' } };
    expect(block.args).toBe(startupArgsKey(args));
    const carried = JSON.parse(block.json) as Startup;
    expect(carried).toEqual(JSON.parse(JSON.stringify(startup(services, args))));
    expect(carried.lesson?.id).toBe('channels');
  });

  it('serves everything else exactly as the file handler does', async () => {
    const { services, serveFiles } = setup();
    const serve = createPageHandler(serveFiles, (args) => startup(services, args));
    for (const [url, method] of [
      [`${ORIGIN}/index.html`, 'GET'],
      [`${ORIGIN}/index.html#/lesson/a/b`, 'GET'],
      [`${ORIGIN}/assets/app-abcdefgh.js${addressFor('#/')}`, 'GET'],
      [`${ORIGIN}/index.html${addressFor('#/')}`, 'HEAD'],
      [`${ORIGIN}/missing.js${addressFor('#/')}`, 'GET'],
    ] as const) {
      const [ours, files] = await Promise.all([serve(new Request(url, { method })), serveFiles(new Request(url, { method }))]);
      expect(ours.status, url).toBe(files.status);
      expect(await ours.text(), url).toBe(await files.text());
    }
  });

  it('serves the plain page when the data cannot be read, and says why to the log', async () => {
    const { serveFiles } = setup();
    const seen: unknown[] = [];
    const serve = createPageHandler(
      serveFiles,
      () => {
        throw new Error('store unreadable');
      },
      (e) => seen.push(e),
    );
    const res = await serve(new Request(`${ORIGIN}/index.html${addressFor('#/')}`));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(PAGE);
    expect(seen).toHaveLength(1);
  });

  it('serves the plain page when there is no data to give (the app is closing)', async () => {
    const { serveFiles } = setup();
    const serve = createPageHandler(serveFiles, () => null);
    expect(await (await serve(new Request(`${ORIGIN}/index.html${addressFor('#/')}`))).text()).toBe(PAGE);
  });
});
