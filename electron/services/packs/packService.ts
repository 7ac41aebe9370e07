// Settings → Content packs: the installed packs, and installing one from a file in steps the
// screen can follow (upload in chunks, check with progress, confirm with the version diff,
// install), removing one (moved aside), and preloading the packs an administration puts in a
// system-wide folder. The checks are packInstaller's, shared with `npm run pack`.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { textIn } from '../../../src/core/content/views';
import { ARCHIVE_EXTENSION, ARCHIVE_LIMITS } from '../../../src/core/packs/archiveFormat';
import type { PackJob, PackList, StagedPackInfo } from '../../../src/core/packs/packApi';
import { diffPacks } from '../../../src/core/packs/packDiff';
import type { ContentLibrary } from '../content/contentLibrary';
import { NotFoundError, RequestError } from '../errors';
import { writeFileAtomically } from '../gift/stagedWrite';
import { INSTALLED_PACKS_DIR, installPackArchive, removeInstalledPack, removeLeftoverStaging, stagePackArchive, type InstallOptions, type PackSignaturePolicy, type StagedPack } from './packInstaller';
import type { ReadProgress } from './archiveReader';

const UPLOADS_DIR = '.pack-uploads';
/** Which preloaded archives were already installed (by their SHA-256), so each is installed once. */
export const PRELOADED_RECORD = 'packs-preloaded.json';

export interface PackServiceOptions {
  dataDir: string;
  content: ContentLibrary;
  builtInIds: readonly string[];
  appVersion: string;
  policy: PackSignaturePolicy;
  log?: (line: string) => void;
}

interface Job {
  file: string;
  size: number;
  received: number;
  checking?: ReadProgress;
  /** Settles when the check is over (staged or refused). */
  checked?: Promise<void>;
  staged?: StagedPack;
  installed?: boolean;
  refused?: { reason: string; params: Record<string, string | number> };
}

export interface PackService {
  list(lang: string): PackList;
  beginUpload(args: { fileName: string; size: number }): { uploadId: string };
  uploadChunk(args: { uploadId: string; offset: number; data: string }): PackJob;
  /** Starts checking an uploaded file; the screen follows with job(). */
  check(uploadId: string, lang: string): PackJob;
  job(uploadId: string, lang: string): PackJob;
  /** Moves a checked pack into place and reloads the course (waiting for a check still running). */
  install(uploadId: string, lang: string): Promise<PackJob>;
  cancel(uploadId: string): void;
  /** Moves an installed pack to packs-removed/; returns the folder's name there. */
  remove(packId: string): { keptAs: string };
  /** A file opened with the app (double-click on a .academypack): ready to check, as if uploaded. */
  offerFile(file: string): { uploadId: string };
  /** Installs, once each, the archives found in these folders (an administration's preloads). */
  preload(folders: readonly string[]): Promise<string[]>;
}

export function openPackService(opts: PackServiceOptions): PackService {
  const { dataDir, content } = opts;
  const uploads = path.join(dataDir, UPLOADS_DIR);
  // A crash mid-install leaves a staging folder or an upload; neither is anyone's data.
  removeLeftoverStaging(dataDir);
  fs.rmSync(uploads, { recursive: true, force: true });
  const jobs = new Map<string, Job>();
  const installOptions = (onProgress?: (p: ReadProgress) => void): InstallOptions => ({
    dataDir,
    appVersion: opts.appVersion,
    builtInIds: opts.builtInIds,
    policy: opts.policy,
    ...(onProgress && { onProgress }),
    ...(opts.log && { log: opts.log }),
  });
  const installedDir = path.join(dataDir, INSTALLED_PACKS_DIR);

  const getJob = (uploadId: string): Job => {
    const job = jobs.get(uploadId);
    if (!job) throw new RequestError('packs.error.uploadGone', {});
    return job;
  };

  const newJob = (size: number): { uploadId: string; job: Job } => {
    if (size > ARCHIVE_LIMITS.archiveBytes) throw new RequestError('packs.error.uploadTooLarge', { limit: ARCHIVE_LIMITS.archiveBytes });
    const uploadId = randomBytes(12).toString('hex');
    fs.mkdirSync(uploads, { recursive: true });
    const job: Job = { file: path.join(uploads, `${uploadId}${ARCHIVE_EXTENSION}`), size, received: 0 };
    jobs.set(uploadId, job);
    return { uploadId, job };
  };

  const info = (staged: StagedPack, lang: string): StagedPackInfo => {
    const m = staged.manifest;
    const before = staged.installed?.pack ?? null;
    return {
      id: m.id,
      title: textIn(m.title, m.languages.includes(lang) ? lang : m.languages[0]!),
      version: m.version,
      languages: m.languages,
      signed: staged.signed,
      ...(staged.installed && { update: { from: staged.installed.version, diff: before ? diffPacks(before, staged.pack, lang) : diffPacks(emptyLike(staged), staged.pack, lang) } }),
    };
  };

  const view = (job: Job, lang: string): PackJob => {
    if (job.refused) return { state: 'refused', ...job.refused };
    if (job.staged) return { state: job.installed ? 'installed' : 'ready', pack: info(job.staged, lang) };
    if (job.checking) return { state: 'checking', ...job.checking };
    return { state: 'uploading', received: job.received, size: job.size };
  };

  const drop = (uploadId: string) => {
    const job = jobs.get(uploadId);
    if (!job) return;
    jobs.delete(uploadId);
    try {
      if (!job.installed) job.staged?.discard();
      fs.rmSync(job.file, { force: true });
    } catch (e) {
      // A file still open elsewhere (Windows): the next start clears uploads and staging folders.
      (opts.log ?? console.warn)(`pack upload ${uploadId} not cleared yet: ${(e as Error).message}`);
    }
  };

  const busy = () => [...jobs.values()].some((j) => j.checking && !j.staged && !j.refused);

  return {
    list(lang) {
      const source = (id: string): 'built-in' | 'installed' | 'other' =>
        opts.builtInIds.includes(id) ? 'built-in' : content.packDir(id).startsWith(installedDir + path.sep) ? 'installed' : 'other';
      return { packs: content.catalog(lang).packs.map((p) => ({ id: p.id, title: p.title, version: p.version, languages: p.languages, source: source(p.id) })) };
    },
    beginUpload({ size }) {
      const { uploadId, job } = newJob(size);
      fs.writeFileSync(job.file, '', { flag: 'wx' });
      return { uploadId };
    },
    uploadChunk({ uploadId, offset, data }) {
      const job = getJob(uploadId);
      const bytes = Buffer.from(data, 'base64');
      // Chunks arrive in order, each once; anything else is a screen that lost track: start again.
      if (offset !== job.received || job.received + bytes.length > job.size) throw new RequestError('packs.error.uploadGone', {});
      fs.appendFileSync(job.file, bytes);
      job.received += bytes.length;
      return { state: 'uploading', received: job.received, size: job.size };
    },
    check(uploadId, lang) {
      const job = getJob(uploadId);
      if (job.received !== job.size) throw new RequestError('packs.error.uploadGone', {});
      if (job.checking) return view(job, lang);
      if (busy()) throw new RequestError('packs.error.busy', {});
      job.checking = { entries: 0, totalEntries: 0, bytes: 0 };
      job.checked = stagePackArchive(
        job.file,
        installOptions((p) => (job.checking = p)),
      ).then(
        (staged) => {
          if (jobs.get(uploadId) === job) job.staged = staged;
          else staged.discard();
        },
        (e: unknown) => {
          if (e instanceof RequestError) job.refused = { reason: e.reason, params: e.params };
          else {
            const id = randomBytes(4).toString('hex').toUpperCase();
            (opts.log ?? console.error)(`[error ${id}] pack check failed: ${(e as Error).stack ?? String(e)}`);
            job.refused = { reason: 'errors.internal', params: { id } };
          }
        },
      );
      return view(job, lang);
    },
    job: (uploadId, lang) => view(getJob(uploadId), lang),
    async install(uploadId, lang) {
      const job = getJob(uploadId);
      await job.checked;
      if (!job.staged || job.refused) throw new RequestError('packs.error.uploadGone', {});
      if (!job.installed) {
        job.staged.commit();
        job.installed = true;
        fs.rmSync(job.file, { force: true });
        content.reload();
      }
      return view(job, lang);
    },
    cancel: drop,
    remove(packId) {
      if (opts.builtInIds.includes(packId)) throw new RequestError('packs.error.builtInId', { id: packId });
      if (!fs.existsSync(path.join(installedDir, packId))) throw new NotFoundError('packs.error.notInstalled', { id: packId });
      const kept = removeInstalledPack(dataDir, packId);
      content.reload();
      return { keptAs: path.basename(kept) };
    },
    offerFile(file) {
      const size = fs.statSync(file).size;
      const { uploadId, job } = newJob(size);
      fs.copyFileSync(file, job.file, fs.constants.COPYFILE_EXCL);
      job.received = size;
      return { uploadId };
    },
    async preload(folders) {
      const recordFile = path.join(dataDir, PRELOADED_RECORD);
      const record = readRecord(recordFile);
      const installed: string[] = [];
      for (const folder of folders) {
        let names: string[];
        try {
          names = fs.readdirSync(folder).filter((n) => n.toLowerCase().endsWith(ARCHIVE_EXTENSION)).sort();
        } catch {
          continue; // No such folder: nothing preloaded there.
        }
        for (const name of names) {
          const file = path.join(folder, name);
          const sha = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
          if (record[sha]) continue;
          try {
            const done = await installPackArchive(file, installOptions());
            installed.push(done.id);
            record[sha] = { file, result: `installed ${done.id} ${done.version}` };
          } catch (e) {
            if (!(e instanceof RequestError)) throw e;
            (opts.log ?? console.warn)(`preloaded pack ${file} not installed: ${e.reason} ${JSON.stringify(e.params)}`);
            record[sha] = { file, result: `refused: ${e.reason}` };
          }
          writeFileAtomically(recordFile, `${JSON.stringify(record, null, 2)}\n`);
        }
      }
      if (installed.length > 0) content.reload();
      return installed;
    },
  };
}

/** A pack with nothing in it, for the diff of an update over a pack that no longer loads. */
function emptyLike(staged: StagedPack): StagedPack['pack'] {
  return { manifest: staged.pack.manifest, modules: [], lessons: new Map(), quizzes: new Map(), glossary: [] };
}

function readRecord(file: string): Record<string, { file: string; result: string }> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.assign(Object.create(null), parsed) : Object.create(null);
  } catch {
    return Object.create(null);
  }
}
