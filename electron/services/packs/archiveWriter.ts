// Writes a pack folder as a .academypack (yazl): manifest.json first, the pack's files under
// pack/, and signature.ed25519 when a private key is given. The folder is validated first with
// the installer's own checks, so what builds is what installs.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { loadPack } from '../../../src/core/content/loadPack';
import type { Problem } from '../../../src/core/content/problems';
import { packFileProblem } from '../../../src/core/packs/activeContent';
import { translate } from '../../../src/core/i18n/resources';
import { ARCHIVE_MANIFEST, ARCHIVE_PACK_DIR, ARCHIVE_SIGNATURE, type ArchiveManifest } from '../../../src/core/packs/archiveFormat';
import { entryNameProblem } from '../../../src/core/packs/entryNames';
import { readPackDir } from '../content/packReader';
import { signManifest } from './packSigning';

export interface BuildOptions {
  /** Written as the manifest's minAppVersion (default: the building app's version). */
  minAppVersion: string;
  /** PKCS#8 PEM of an Ed25519 private key: signs the manifest. */
  privateKeyPem?: string;
}

export type BuildResult = { ok: true; manifest: ArchiveManifest; files: number; signed: boolean } | { ok: false; problems: Problem[] };

/** Every file of the folder (relative, forward slashes), refusing links; dotfiles are left out. */
function listFiles(dir: string, rel = '', problems: Problem[] = []): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (d.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${d.name}` : d.name;
    if (d.isSymbolicLink()) problems.push({ file: child, line: 1, message: 'is a link: a pack holds files only' });
    else if (d.isDirectory()) out.push(...listFiles(dir, child, problems));
    else if (d.isFile()) out.push(child);
  }
  return out;
}

/** The problems the installer would refuse a folder for (before its validator runs). */
function installerProblems(dir: string, files: string[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of files) {
    if (entryNameProblem(f)) problems.push({ file: f, line: 1, message: 'has a name that is not safe on every system' });
    const problem = packFileProblem(f, () => fs.readFileSync(path.join(dir, f), 'utf8'));
    if (problem) problems.push({ file: f, line: problem.params.line ?? 1, reason: problem.reason, params: problem.params, message: translate('en', problem.reason, problem.params) });
  }
  return problems;
}

export async function buildPackArchive(dir: string, outFile: string, opts: BuildOptions): Promise<BuildResult> {
  const problems: Problem[] = [];
  const files = listFiles(dir, '', problems);
  problems.push(...installerProblems(dir, files));
  const { pack, problems: packProblems } = loadPack(readPackDir(dir));
  problems.push(...packProblems);
  if (!pack || problems.length > 0) return { ok: false, problems };

  const hashes: Record<string, string> = {};
  for (const f of files) hashes[f] = createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
  const manifest: ArchiveManifest = {
    archiveFormat: 1,
    id: pack.manifest.id,
    title: pack.manifest.title,
    version: pack.manifest.version,
    languages: pack.manifest.languages,
    minAppVersion: opts.minAppVersion,
    files: hashes,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const zip = new yazl.ZipFile();
  // A fixed date keeps the archive the same from one build to the next.
  const mtime = new Date('2020-01-01T00:00:00Z');
  zip.addBuffer(manifestBytes, ARCHIVE_MANIFEST, { mtime });
  if (opts.privateKeyPem) zip.addBuffer(signManifest(manifestBytes, opts.privateKeyPem), ARCHIVE_SIGNATURE, { mtime });
  for (const f of files) zip.addFile(path.join(dir, f), `${ARCHIVE_PACK_DIR}${f}`, { mtime, mode: 0o100644 });
  zip.end();
  const tmp = `${outFile}.${process.pid}.tmp`;
  try {
    await pipeline(zip.outputStream, fs.createWriteStream(tmp, { flags: 'w' }));
    fs.renameSync(tmp, outFile);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return { ok: true, manifest, files: files.length, signed: opts.privateKeyPem !== undefined };
}
