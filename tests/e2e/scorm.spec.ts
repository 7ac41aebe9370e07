// A module exported as SCORM 1.2, played in Chromium inside a stand-in LMS page whose SCORM API is
// scorm-again's Scorm12API (the runtime LMSs such as Moodle's plugins are tested against). The
// test reads back what the runtime received: status, score, interactions, location, suspend data.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Frame, type Page } from '@playwright/test';
import yauzl from 'yauzl';
import { execFileSync } from 'node:child_process';
import { lessonTitle, quizKey } from './packData';
import { answerQuiz } from './quizActions';

const repo = path.resolve(import.meta.dirname, '../..');
const packDir = path.join(repo, 'content/wco-ecommerce');
const MODULE = 'basics';
const QUIZ = 'basics-quiz';

/** Unzips with yauzl (what an LMS does with the upload), refusing names that leave the folder. */
function unzip(file: string, dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(names));
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        const target = path.join(dir, entry.fileName);
        if (!target.startsWith(dir + path.sep)) return reject(new Error(`entry outside the package: ${entry.fileName}`));
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in LMS</title>
<script src="/lms/scorm12.js"></script>
<script>
  window.received = [];
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (window.initialCmi) window.API.loadFromJSON(window.initialCmi);
  window.API.on('LMSSetValue.cmi.*', (element, value) => window.received.push([element, String(value)]));
  window.finished = false;
  window.API.on('LMSFinish', () => { window.finished = true; });
</script></head>
<body><iframe src="/pkg/index.html" title="module" style="width:100%;height:90vh"></iframe></body></html>`;

interface Served {
  origin: string;
  close(): Promise<void>;
}

function serve(pkgDir: string): Promise<Served> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.xml': 'application/xml' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file: string | undefined;
    if (url.pathname === '/lms/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(LMS_PAGE);
    if (url.pathname === '/lms/scorm12.js') file = path.join(repo, 'node_modules/scorm-again/dist/scorm12.js');
    else if (url.pathname.startsWith('/pkg/')) file = path.join(pkgDir, decodeURIComponent(url.pathname.slice(5)));
    if (!file || !file.startsWith(file.startsWith(pkgDir) ? pkgDir : repo) || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) });
    }),
  );
}

type Cmi = Record<string, unknown>;
const cmiOf = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as Cmi);
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: [string, string][] }).received);
const lastSet = (log: [string, string][], element: string) => log.filter(([e]) => e === element).at(-1)?.[1];

async function openLms(page: Page, origin: string, initialCmi?: Cmi): Promise<Frame> {
  if (initialCmi) await page.addInitScript((cmi) => ((window as unknown as { initialCmi: unknown }).initialCmi = cmi), initialCmi);
  await page.goto(`${origin}/lms/`);
  const frame = page.frameLocator('iframe').owner();
  await expect(frame).toBeVisible();
  const f = page.frames().find((x) => x.url().endsWith('/pkg/index.html'));
  if (!f) throw new Error('the package frame did not load');
  await expect(f.locator('h1')).toBeVisible();
  return f;
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`SCORM 1.2 package (${lang})`, () => {
    let dir: string;
    let served: Served;
    let entries: string[];
    let lessons: string[];
    let passMark: number;
    const L = lang === 'fr'
      ? { next: 'Leçon suivante', quiz: 'Passer le quiz du module', exit: 'Enregistrer et quitter', retry: 'Repasser le quiz', opened: '(consultée)' }
      : { next: 'Next lesson', quiz: 'Take the module quiz', exit: 'Save and exit', retry: 'Take the quiz again', opened: '(opened)' };

    test.beforeAll(async () => {
      test.setTimeout(300_000);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-scorm-'));
      // Made by the command a trainer runs.
      const zip = path.join(dir, 'module.zip');
      execFileSync(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'electron/services/cli/scorm.ts', 'export', '--pack', packDir, '--module', MODULE, '--lang', lang, '--out', zip], {
        cwd: repo,
        stdio: 'pipe',
        timeout: 240_000,
      });
      fs.mkdirSync(path.join(dir, 'pkg'));
      entries = await unzip(zip, path.join(dir, 'pkg'));
      const course = fs.readFileSync(path.join(dir, 'pkg/course.js'), 'utf8');
      const data = JSON.parse(course.slice(course.indexOf('] = ') + 3).trim().replace(/;$/, '')) as { lessons: { id: string }[]; quiz: { passMark: number } };
      lessons = data.lessons.map((l) => l.id);
      passMark = data.quiz.passMark;
      served = await serve(path.join(dir, 'pkg'));
    });
    test.afterAll(async () => {
      await served?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    test('the manifest names one SCO and lists exactly the files of the package', async ({ page }) => {
      await page.goto('about:blank');
      const xml = fs.readFileSync(path.join(dir, 'pkg/imsmanifest.xml'), 'utf8');
      const m = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const ns = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
        const q = (sel: string) => [...doc.getElementsByTagName(sel)];
        const res = q('resource')[0]!;
        return {
          parseError: doc.getElementsByTagName('parsererror').length,
          schemaversion: q('schemaversion')[0]?.textContent,
          defaultOrg: q('organizations')[0]?.getAttribute('default'),
          orgIds: q('organization').map((o) => o.getAttribute('identifier')),
          itemRefs: q('item').map((i) => i.getAttribute('identifierref')),
          resources: q('resource').map((r) => ({ id: r.getAttribute('identifier'), type: r.getAttributeNS(ns, 'scormtype'), href: r.getAttribute('href') })),
          files: [...res.getElementsByTagName('file')].map((f) => f.getAttribute('href')),
          mastery: doc.getElementsByTagNameNS(ns, 'masteryscore')[0]?.textContent,
        };
      }, xml);
      expect(m.parseError).toBe(0);
      expect(m.schemaversion).toBe('1.2');
      expect(m.orgIds).toEqual([m.defaultOrg]);
      expect(m.resources).toHaveLength(1);
      expect(m.resources[0]).toMatchObject({ type: 'sco', href: 'index.html' });
      expect(m.itemRefs).toEqual([m.resources[0]!.id]);
      expect(new Set(m.files)).toEqual(new Set(entries.filter((e) => e !== 'imsmanifest.xml')));
      expect(entries[0]).toBe('imsmanifest.xml');
      expect(Number(m.mastery)).toBe(Math.round(passMark * 100));
    });

    test('complete the module, fail then pass the quiz: the LMS receives status, score and interactions', async ({ page }) => {
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(served.origin)) outside.push(r.url());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('response', (r) => {
        // Browsers ask for /favicon.ico on their own; the LMS stand-in has none.
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
      });
      const f = await openLms(page, served.origin);
      await expect(f.locator('h1')).toHaveText(lessonTitle(MODULE, lessons[0]!, lang));
      // Through every lesson by keyboard.
      for (let i = 1; i < lessons.length; i++) {
        await f.getByRole('button', { name: L.next }).press('Enter');
        await expect(f.locator('h1')).toHaveText(lessonTitle(MODULE, lessons[i]!, lang));
      }
      let log = await received(page);
      expect(lastSet(log, 'cmi.core.lesson_status')).toBe('incomplete');
      expect(lastSet(log, 'cmi.core.lesson_location')).toBe(lessons.at(-1));

      await f.getByRole('button', { name: L.quiz }).press('Enter');
      const keys = quizKey(MODULE, QUIZ, lang);
      await answerQuiz(f, keys, 0, lang);
      await expect(f.getByRole('status')).toContainText('0');
      log = await received(page);
      expect(lastSet(log, 'cmi.core.lesson_status')).toBe('failed');
      expect(lastSet(log, 'cmi.core.score.raw')).toBe('0');
      expect(lastSet(log, 'cmi.core.score.max')).toBe('100');
      let cmi = await cmiOf(page);
      // scorm-again's JSON holds collections as objects keyed "0", "1", …
      const listed = <T,>(o: unknown): T[] => Object.entries((o ?? {}) as Record<string, T>).sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
      const interactions = () =>
        listed<{ id: string; type: string; result: string; student_response: string; correct_responses: unknown }>(cmi.interactions);
      expect(interactions()).toHaveLength(keys.length);
      expect(interactions().every((i) => i.result === 'wrong')).toBe(true);

      await f.getByRole('button', { name: L.retry }).press('Enter');
      await answerQuiz(f, keys, keys.length, lang);
      log = await received(page);
      expect(lastSet(log, 'cmi.core.lesson_status')).toBe('passed');
      expect(lastSet(log, 'cmi.core.score.raw')).toBe('100');
      cmi = await cmiOf(page);
      const all = interactions();
      expect(all).toHaveLength(2 * keys.length);
      const second = all.slice(keys.length);
      expect(second.every((i) => i.result === 'correct')).toBe(true);
      // A right answer is the correct pattern, whatever the question type.
      for (const i of second) {
        const patterns = listed<{ pattern: string }>(i.correct_responses);
        expect(['choice', 'true-false']).toContain(i.type);
        expect(i.student_response.split(',').sort()).toEqual(patterns[0]!.pattern.split(',').sort());
      }

      await f.getByRole('button', { name: L.exit }).press('Enter');
      await expect.poll(() => page.evaluate(() => (window as unknown as { finished: boolean }).finished)).toBe(true);
      log = await received(page);
      expect(lastSet(log, 'cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
      expect(lastSet(log, 'cmi.core.exit')).toBe('');
      expect(outside, 'requests outside the LMS and the package').toEqual([]);
      expect(errors, 'page errors and CSP violations').toEqual([]);
    });

    test('the player passes axe and reflows at 320 px, lesson and quiz, with or without an LMS', async ({ page }) => {
      const check = async (what: string) => {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${what}: sideways scrolling`).toBeLessThanOrEqual(0);
      };
      await page.setViewportSize({ width: 320, height: 640 });
      // Opened on its own, the package finds no LMS: it says so and still teaches.
      await page.goto(`${served.origin}/pkg/index.html`);
      await expect(page.locator('h1')).toHaveText(lessonTitle(MODULE, lessons[0]!, lang));
      await expect(page.getByText(lang === 'fr' ? 'Aucune plateforme de formation' : 'No learning platform was found')).toBeVisible();
      await check('lesson');
      await page.getByRole('button', { name: lessonTitle(MODULE, lessons.at(-1)!, lang) }).press('Enter');
      await page.getByRole('button', { name: L.quiz }).press('Enter');
      await expect(page.locator('form.question legend')).toBeVisible();
      await check('quiz');
    });

    test('suspend and resume: the next session opens where the learner stopped', async ({ browser }) => {
      const first = await browser.newPage();
      let f = await openLms(first, served.origin);
      const target = lessons[2]!;
      await f.getByRole('navigation', { name: lang === 'fr' ? 'Contenu du module' : 'Contents of the module' })
        .getByRole('button', { name: lessonTitle(MODULE, target, lang) })
        .press('Enter');
      await expect(f.locator('h1')).toHaveText(lessonTitle(MODULE, target, lang));
      await f.getByRole('button', { name: L.exit }).press('Enter');
      await expect.poll(() => first.evaluate(() => (window as unknown as { finished: boolean }).finished)).toBe(true);
      const log = await received(first);
      expect(lastSet(log, 'cmi.core.exit')).toBe('suspend');
      const saved = await cmiOf(first);
      await first.close();
      const core = saved.core as { lesson_location: string; lesson_status: string };
      expect(core.lesson_location).toBe(target);
      expect(core.lesson_status).toBe('incomplete');
      expect(JSON.parse(saved.suspend_data as string)).toMatchObject({ seen: [lessons[0], target] });

      const second = await browser.newPage();
      try {
        f = await openLms(second, served.origin, { core: { lesson_location: core.lesson_location, lesson_status: core.lesson_status }, suspend_data: saved.suspend_data });
        await expect(f.locator('h1')).toHaveText(lessonTitle(MODULE, target, lang));
        const nav = f.getByRole('navigation', { name: lang === 'fr' ? 'Contenu du module' : 'Contents of the module' });
        await expect(nav.getByRole('button', { name: lessonTitle(MODULE, lessons[0]!, lang) })).toContainText(L.opened);
        await expect(nav.getByRole('button', { name: lessonTitle(MODULE, lessons[1]!, lang) })).not.toContainText(L.opened);
      } finally {
        await second.close();
      }
    });
  });
}
