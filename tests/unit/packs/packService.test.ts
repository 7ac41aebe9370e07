// Settings → Content packs on real services and a real data folder: install from an upload with
// progress, update to a newer version only (with the diff, progress kept), remove (moved aside),
// preload once, the policy's order, media served and the search index for a new pack.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scaffoldPack } from '../../../src/core/packs/scaffold';
import { PACK_CHUNK_BYTES, type PackJob } from '../../../src/core/packs/packApi';
import { createServices, type Services } from '../../../electron/services/services';
import { buildPackArchive } from '../../../electron/services/packs/archiveWriter';
import { createStaticHandler } from '../../../electron/services/staticFiles';
import { RequestError } from '../../../electron/services/errors';
import { CONTENT_DIR, PACK_ID } from '../services/packAnswers';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-pack-service-');
const open: Services[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

const LESSON = 'modules/national/lessons/who-declares.en.md';
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Builds version `version` of the "national" pack; edit changes its files first. */
async function packFile(version: string, edit: (f: Record<string, string | Buffer>) => void = () => {}): Promise<string> {
  const src = tempDir();
  const files: Record<string, string | Buffer> = scaffoldPack('national', ['en', 'fr']);
  files['pack.yaml'] = String(files['pack.yaml']).replace('version: 1.0.0', `version: ${version}`);
  edit(files);
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, f)), { recursive: true });
    fs.writeFileSync(path.join(src, f), text);
  }
  const out = path.join(tempDir(), `national-${version}.academypack`);
  const built = await buildPackArchive(src, out, { minAppVersion: '0.0.1' });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return out;
}

function services(dataDir = tempDir(), extra: { policyFile?: string } = {}): Services {
  const s = createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {}, ...extra });
  open.push(s);
  return s;
}

/** Uploads a file in chunks as the screen does, checks it, and waits for the check to end. */
async function uploadAndCheck(s: Services, file: string, lang = 'en'): Promise<{ uploadId: string; job: PackJob; seen: PackJob[] }> {
  const bytes = fs.readFileSync(file);
  const { uploadId } = s.packs.beginUpload({ fileName: path.basename(file), size: bytes.length });
  const seen: PackJob[] = [];
  for (let offset = 0; offset < bytes.length; offset += PACK_CHUNK_BYTES) {
    seen.push(s.packs.uploadChunk({ uploadId, offset, data: bytes.subarray(offset, offset + PACK_CHUNK_BYTES).toString('base64') }));
  }
  let job = s.packs.check(uploadId, lang);
  seen.push(job);
  while (job.state === 'checking') {
    await new Promise((r) => setTimeout(r, 5));
    job = s.packs.job(uploadId, lang);
    seen.push(job);
  }
  return { uploadId, job, seen };
}

describe('pack service', () => {
  it('installs an uploaded pack after its check, reporting progress, and the course, search and media follow', async () => {
    const dataDir = tempDir();
    const s = services(dataDir);
    const file = await packFile('1.0.0', (f) => {
      f['media/stamp.png'] = PIXEL;
      f[LESSON] = `${f[LESSON]}\n![Stamp](media/stamp.png)\n\nThe zollstempel procedure.\n`;
      const fr = LESSON.replace('.en.md', '.fr.md');
      f[fr] = `${f[fr]}\n![Tampon](media/stamp.png)\n`;
    });
    const { uploadId, job, seen } = await uploadAndCheck(s, file);
    expect(seen[0]).toMatchObject({ state: 'uploading', received: fs.statSync(file).size });
    expect(job).toMatchObject({ state: 'ready', pack: { id: 'national', version: '1.0.0', languages: ['en', 'fr'], signed: false } });
    expect(job.state === 'ready' && job.pack.update).toBeUndefined();
    // Nothing is installed before the confirmation.
    expect(s.content.catalog('en').packs.map((p) => p.id)).toEqual([PACK_ID]);
    expect(s.search.search('zollstempel', 'en')).toEqual([]);

    expect(await s.packs.install(uploadId, 'en')).toMatchObject({ state: 'installed' });
    expect(s.packs.list('en').packs.map((p) => [p.id, p.source])).toEqual([
      [PACK_ID, 'built-in'],
      ['national', 'installed'],
    ]);
    expect(s.search.search('zollstempel', 'en').map((h) => h.route)).toContainEqual(expect.objectContaining({ screen: 'lesson', packId: 'national', lessonId: 'who-declares' }));
    // The media of a pack installed while the app runs is served without a restart.
    const serve = createStaticHandler({ mounts: () => s.content.mediaMounts(), csp: "default-src 'self'" });
    const res = await serve(new Request('http://127.0.0.1/packs/national/media/stamp.png'));
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PIXEL)).toBe(true);
    // Neither the upload nor the staging folder is left in the data folder.
    expect(fs.readdirSync(path.join(dataDir, '.pack-uploads'))).toEqual([]);
    expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('.pack-staging'))).toEqual([]);
  });

  it('updates only to a newer version, shows the diff first, and keeps the learner’s progress', async () => {
    const dataDir = tempDir();
    const s = services(dataDir);
    const v1 = await uploadAndCheck(s, await packFile('1.0.0'));
    await s.packs.install(v1.uploadId, 'en');
    s.progress.lessonEvent('national', 'who-declares', 'finished');

    const v2file = await packFile('1.1.0', (f) => {
      f[LESSON] = `${f[LESSON]}\nA new paragraph.\n`;
      const quiz = 'modules/national/quizzes/national-quiz.yaml';
      f[quiz] = `${String(f[quiz])}${String(f[quiz]).split('questions:\n')[1]!.replace('id: q1', 'id: q2')}`;
      const check = 'modules/national/quizzes/who-declares-check.yaml';
      f[check] = String(f[check]).replace('answer: a', 'answer: a\n    tags: [changed]');
    });
    const v2 = await uploadAndCheck(s, v2file);
    expect(v2.job.state).toBe('ready');
    if (v2.job.state !== 'ready') return;
    expect(v2.job.pack.update?.from).toBe('1.0.0');
    const diff = v2.job.pack.update!.diff;
    expect(diff.lessons).toEqual({ added: [], changed: [{ id: 'who-declares', title: 'Who declares a parcel' }], removed: [] });
    expect(diff.questions.added.map((q) => q.id)).toEqual(['q2']);
    expect(diff.questions.changed.map((q) => q.id)).toEqual(['q1']);
    expect(diff.questions.removed).toEqual([]);

    await s.packs.install(v2.uploadId, 'en');
    expect(s.packs.list('en').packs.find((p) => p.id === 'national')?.version).toBe('1.1.0');
    expect(s.progress.summary().lessons['national/who-declares']).toBeDefined();
    expect(fs.readdirSync(path.join(dataDir, 'packs-removed'))).toEqual([expect.stringMatching(/^national-1\.0\.0-/)]);

    // The same or an older version is refused, with the installed version named.
    const again = await uploadAndCheck(s, await packFile('1.0.5'));
    expect(again.job).toMatchObject({ state: 'refused', reason: 'packs.error.notNewer', params: { installed: '1.1.0', version: '1.0.5' } });
  });

  it('removes an installed pack by moving it aside, never the built-in course', async () => {
    const dataDir = tempDir();
    const s = services(dataDir);
    const up = await uploadAndCheck(s, await packFile('1.0.0'));
    await s.packs.install(up.uploadId, 'en');
    const { keptAs } = s.packs.remove('national');
    expect(keptAs).toMatch(/^national-1\.0\.0-/);
    expect(fs.existsSync(path.join(dataDir, 'packs-removed', keptAs, 'pack.yaml'))).toBe(true);
    expect(s.content.catalog('en').packs.map((p) => p.id)).toEqual([PACK_ID]);
    expect(() => s.packs.remove(PACK_ID)).toThrow(RequestError);
  });

  it('preloads the archives of system folders once each, and the policy puts a pack first', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    fs.copyFileSync(await packFile('1.0.0'), path.join(folder, 'national.academypack'));
    fs.writeFileSync(path.join(folder, 'broken.academypack'), 'not a zip');
    const policyFile = path.join(tempDir(), 'academy-policy.yaml');
    fs.writeFileSync(policyFile, 'packs:\n  order: [national]\n');
    let s = services(dataDir, { policyFile });
    expect(await s.packs.preload([folder, path.join(folder, 'missing')])).toEqual(['national']);
    expect(s.content.catalog('en').packs.map((p) => p.id)).toEqual(['national', PACK_ID]);
    // Removed by the learner: not installed again at the next start.
    s.packs.remove('national');
    await s.close();
    open.splice(0);
    s = services(dataDir, { policyFile });
    expect(await s.packs.preload([folder])).toEqual([]);
    expect(s.content.catalog('en').packs.map((p) => p.id)).toEqual([PACK_ID]);
  });

  it('refuses an upload out of order or too large, and a check of an unknown upload', () => {
    const s = services();
    expect(() => s.packs.beginUpload({ fileName: 'x.academypack', size: 500 * 1024 * 1024 })).toThrow(RequestError);
    const { uploadId } = s.packs.beginUpload({ fileName: 'x.academypack', size: 4 });
    expect(() => s.packs.uploadChunk({ uploadId, offset: 2, data: 'AAA=' })).toThrow(RequestError);
    expect(() => s.packs.job('f'.repeat(24), 'en')).toThrow(RequestError);
  });
});
