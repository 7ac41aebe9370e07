// Installs a .academypack into a data folder: the one installer the app and `npm run pack`
// use. The archive is extracted into a staging folder inside the data folder and checked there
// (limits, names, checksums, signature, app version, active content, then the same validator
// as `content:check`); only a pack that passes everything is moved into <data>/packs/<id> with
// a rename. A refusal removes the staging folder, so the data folder is as it was.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadPack } from '../../../src/core/content/loadPack';
import type { Pack } from '../../../src/core/content/model';
import { formatProblem, problemReason } from '../../../src/core/content/problems';
import { packFileProblem } from '../../../src/core/packs/activeContent';
import { ARCHIVE_LIMITS, archiveManifestSchema, type ArchiveLimits, type ArchiveManifest } from '../../../src/core/packs/archiveFormat';
import { compareVersions } from '../../../src/core/packs/semver';
import { findPackDirs, readPackDir } from '../content/packReader';
import { RequestError } from '../errors';
import { extractArchive, type ReadProgress } from './archiveReader';
import { signedByOneOf } from './packSigning';

/** Where installed packs live in the data folder, and where removed or replaced ones are kept. */
export const INSTALLED_PACKS_DIR = 'packs';
export const REMOVED_PACKS_DIR = 'packs-removed';
const STAGING_PREFIX = '.pack-staging-';

export interface PackSignaturePolicy {
  requireSignature?: boolean;
  publicKeys?: string[];
}

export interface InstallOptions {
  dataDir: string;
  /** The app's version (package.json): a pack for a newer app is refused. */
  appVersion: string;
  /** Ids of the built-in course packs, which an add-on may not replace. */
  builtInIds: readonly string[];
  policy?: PackSignaturePolicy;
  onProgress?: (p: ReadProgress) => void;
  limits?: Partial<ArchiveLimits>;
  /** Logs the validator's English details for the administrator. */
  log?: (line: string) => void;
}

export interface StagedPack {
  manifest: ArchiveManifest;
  pack: Pack;
  signed: boolean;
  /** The version installed now, if this is an update. */
  installed?: { version: string; pack: Pack | null };
  /** Moves the staged pack into place (the installed version, if any, is kept in packs-removed/). */
  commit(): InstalledPack;
  discard(): void;
}

export interface InstalledPack {
  id: string;
  version: string;
  dir: string;
  /** Where the version it replaced was kept, for an update. */
  replaced?: string;
}

export const installedPackDir = (dataDir: string, id: string) => path.join(dataDir, INSTALLED_PACKS_DIR, id);

/** Extracts and checks an archive; the caller commits or discards the result. */
export async function stagePackArchive(file: string, opts: InstallOptions): Promise<StagedPack> {
  const limits = { ...ARCHIVE_LIMITS, ...opts.limits };
  const staging = path.join(opts.dataDir, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  const packDir = path.join(staging, 'pack');
  const discard = () => fs.rmSync(staging, { recursive: true, force: true });
  try {
    fs.mkdirSync(packDir, { recursive: true });
    const extracted = await extractArchive(file, packDir, limits, opts.onProgress);
    const manifest = parseManifest(extracted.manifestBytes);
    const signed = checkSignature(extracted.manifestBytes, extracted.signature, opts.policy);
    checkFileList(manifest, extracted.files);
    if (compareVersions(manifest.minAppVersion, opts.appVersion) > 0) {
      throw new RequestError('packs.error.newerApp', { version: manifest.minAppVersion, app: opts.appVersion });
    }
    if (opts.builtInIds.includes(manifest.id)) throw new RequestError('packs.error.builtInId', { id: manifest.id });
    checkActiveContent(packDir, [...extracted.files.keys()]);
    const pack = validatePack(packDir, opts.log);
    if (pack.manifest.id !== manifest.id || pack.manifest.version !== manifest.version) {
      throw new RequestError('packs.error.manifestMismatch', { id: manifest.id, version: manifest.version });
    }
    const target = installedPackDir(opts.dataDir, manifest.id);
    const installed = readInstalled(target);
    if (installed && compareVersions(manifest.version, installed.version) <= 0) {
      throw new RequestError('packs.error.notNewer', { id: manifest.id, version: manifest.version, installed: installed.version });
    }
    return {
      manifest,
      pack,
      signed,
      ...(installed && { installed }),
      discard,
      commit: () => {
        try {
          return moveIntoPlace(opts.dataDir, packDir, manifest, installed?.version);
        } finally {
          discard();
        }
      },
    };
  } catch (e) {
    discard();
    throw e;
  }
}

/** Stages and commits in one go (the CLI, preloading). */
export async function installPackArchive(file: string, opts: InstallOptions): Promise<InstalledPack & { staged: StagedPack }> {
  const staged = await stagePackArchive(file, opts);
  return { ...staged.commit(), staged };
}

function parseManifest(bytes: Buffer): ArchiveManifest {
  let json: unknown;
  try {
    // "__proto__" and friends are never a path or a field: refused wherever they appear.
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes), (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error('forbidden key');
      return value;
    });
  } catch {
    throw new RequestError('packs.error.badManifest', { field: '-' });
  }
  const parsed = archiveManifestSchema.safeParse(json);
  if (!parsed.success) throw new RequestError('packs.error.badManifest', { field: parsed.error.issues[0]?.path.join('.') || '-' });
  return parsed.data;
}

/** Whether the pack is signed by a key of the policy; refuses a wrong signature, and a missing one when required. */
function checkSignature(manifestBytes: Buffer, signature: Buffer | undefined, policy: PackSignaturePolicy | undefined): boolean {
  const keys = policy?.publicKeys ?? [];
  if (!signature) {
    if (policy?.requireSignature) throw new RequestError('packs.error.unsigned', {});
    return false;
  }
  if (keys.length === 0) {
    if (policy?.requireSignature) throw new RequestError('packs.error.badSignature', {});
    return false;
  }
  if (!signedByOneOf(manifestBytes, signature, keys)) throw new RequestError('packs.error.badSignature', {});
  return true;
}

function checkFileList(manifest: ArchiveManifest, files: Map<string, string>): void {
  const listed = new Map(Object.entries(manifest.files));
  for (const [file, sha] of files) {
    const expected = listed.get(file);
    if (expected === undefined) throw new RequestError('packs.error.fileNotListed', { file });
    if (expected !== sha) throw new RequestError('packs.error.checksum', { file });
  }
  for (const file of listed.keys()) if (!files.has(file)) throw new RequestError('packs.error.fileMissing', { file });
}

function checkActiveContent(packDir: string, files: string[]): void {
  for (const file of files) {
    const problem = packFileProblem(file, () => fs.readFileSync(path.join(packDir, ...file.split('/')), 'utf8'));
    if (problem) throw new RequestError(problem.reason, problem.params);
  }
}

function validatePack(packDir: string, log?: (line: string) => void): Pack {
  const { pack, problems } = loadPack(readPackDir(packDir));
  if (pack) return pack;
  for (const p of problems.slice(0, 20)) log?.(`pack refused: ${formatProblem('pack/', p)}`);
  const first = problems[0] ? problemReason(problems[0]) : { file: '-', line: 1 };
  throw new RequestError('packs.error.invalidPack', { file: first.file ?? '-', line: first.line ?? 1, count: problems.length });
}

function readInstalled(dir: string): { version: string; pack: Pack | null } | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const { pack } = loadPack(readPackDir(dir));
  const version = pack?.manifest.version ?? /^version:\s*['"]?([^'"\s]+)/m.exec(readPackDir(dir).read('pack.yaml') ?? '')?.[1] ?? '0.0.0';
  return { version, pack };
}

/** A name in packs-removed/ that says what was set aside and when. */
function removedName(dataDir: string, id: string, version: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join(dataDir, REMOVED_PACKS_DIR, `${id}-${version}-${stamp}`);
}

function moveIntoPlace(dataDir: string, stagedDir: string, manifest: ArchiveManifest, installedVersion: string | undefined): InstalledPack {
  const target = installedPackDir(dataDir, manifest.id);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let replaced: string | undefined;
  if (installedVersion !== undefined) {
    replaced = removedName(dataDir, manifest.id, installedVersion);
    fs.mkdirSync(path.dirname(replaced), { recursive: true });
    fs.renameSync(target, replaced);
  }
  try {
    fs.renameSync(stagedDir, target);
  } catch (e) {
    if (replaced) fs.renameSync(replaced, target);
    throw e;
  }
  return { id: manifest.id, version: manifest.version, dir: target, ...(replaced && { replaced }) };
}

/** Moves an installed pack to packs-removed/<id>-<version>-<time>; nothing is erased. */
export function removeInstalledPack(dataDir: string, id: string): string {
  const dir = installedPackDir(dataDir, id);
  const installed = readInstalled(dir);
  if (!installed) throw new RequestError('packs.error.notInstalled', { id });
  const to = removedName(dataDir, id, installed.version);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(dir, to);
  return to;
}

/** Staging folders left by a crash mid-install: they hold nothing anyone needs. */
export function removeLeftoverStaging(dataDir: string): void {
  if (!fs.existsSync(dataDir)) return;
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith(STAGING_PREFIX)) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
  }
}

/** The ids of the packs under content roots (the built-in course), read from their pack.yaml. */
export function packIdsIn(roots: readonly string[]): string[] {
  return roots.flatMap((root) =>
    findPackDirs(root).flatMap((dir) => {
      const id = /^id:\s*['"]?([a-z][a-z0-9-]*)/m.exec(readPackDir(dir).read('pack.yaml') ?? '')?.[1];
      return id ? [id] : [];
    }),
  );
}
