// Reads a pack archive entry by entry into a staging folder, with hard limits checked before a
// byte is written (entry count, per-entry and total size, compression ratio) and while writing
// (yauzl's validateEntrySizes stops an entry that holds more than it declares). Names are checked
// by yauzl (absolute paths, "..") and again by our own rules (links, duplicates, case collisions,
// nested archives). The first problem stops the read with a RequestError; the caller removes the
// staging folder.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yauzl from 'yauzl';
import { ARCHIVE_MANIFEST, ARCHIVE_PACK_DIR, ARCHIVE_SIGNATURE, type ArchiveLimits } from '../../../src/core/packs/archiveFormat';
import { collisionKey, entryNameProblem, isNestedArchive } from '../../../src/core/packs/entryNames';
import { RequestError } from '../errors';

export interface ReadProgress {
  entries: number;
  totalEntries: number;
  /** Uncompressed bytes written so far. */
  bytes: number;
}

export interface ExtractedArchive {
  manifestBytes: Buffer;
  signature: Buffer | undefined;
  /** Pack files written under the staging folder, with the SHA-256 of what was written. */
  files: Map<string, string>;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const DOS_REPARSE_POINT = 0x400;
// Magic numbers of archives, so a renamed one is refused too.
const ARCHIVE_MAGIC = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from([0x1f, 0x8b]), Buffer.from('7z\xbc\xaf', 'latin1'), Buffer.from('Rar!', 'latin1')];

/** Turns yauzl's own refusals (English messages) into our reasons. */
function yauzlRefusal(e: Error): RequestError {
  const m = e.message;
  const entry = m.replace(/^[^:]*:\s*/, '').slice(0, 200);
  if (m.startsWith('absolute path')) return new RequestError('packs.error.absolutePath', { entry });
  if (m.startsWith('invalid relative path')) return new RequestError('packs.error.zipSlip', { entry });
  if (m.startsWith('invalid characters')) return new RequestError('packs.error.badName', { entry });
  return new RequestError('packs.error.corrupt', {});
}

function linkOrSpecial(entry: yauzl.Entry): boolean {
  const madeBy = entry.versionMadeBy >> 8;
  const unixMode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  // Unix (3) and macOS (19) store a file type; anything but a plain file or folder is refused.
  if ((madeBy === 3 || madeBy === 19) && unixMode !== 0 && unixMode !== S_IFREG && unixMode !== S_IFDIR) return true;
  return (entry.externalFileAttributes & DOS_REPARSE_POINT) !== 0;
}

export async function extractArchive(file: string, stagingDir: string, limits: ArchiveLimits, onProgress?: (p: ReadProgress) => void): Promise<ExtractedArchive> {
  const size = fs.statSync(file).size;
  if (size > limits.archiveBytes) throw new RequestError('packs.error.archiveTooLarge', { limit: limits.archiveBytes });
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: true });
  } catch (e) {
    throw yauzlRefusal(e as Error);
  }
  try {
    if (zip.entryCount > limits.entries) throw new RequestError('packs.error.tooManyEntries', { limit: limits.entries });
    const result: ExtractedArchive = { manifestBytes: Buffer.alloc(0), signature: undefined, files: new Map() };
    let manifestSeen = false;
    const names = new Set<string>();
    const folded = new Set<string>();
    const progress: ReadProgress = { entries: 0, totalEntries: zip.entryCount, bytes: 0 };
    let declaredTotal = 0;
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      const name = entry.fileName;
      const nameProblem = entryNameProblem(name);
      if (nameProblem === 'absolute') throw new RequestError('packs.error.absolutePath', { entry: name.slice(0, 200) });
      if (nameProblem === 'traversal') throw new RequestError('packs.error.zipSlip', { entry: name.slice(0, 200) });
      if (nameProblem) throw new RequestError('packs.error.badName', { entry: name.slice(0, 200) });
      if (names.has(name)) throw new RequestError('packs.error.duplicateEntry', { entry: name });
      if (folded.has(collisionKey(name))) throw new RequestError('packs.error.caseCollision', { entry: name });
      names.add(name);
      folded.add(collisionKey(name));
      if (linkOrSpecial(entry)) throw new RequestError('packs.error.link', { entry: name });
      if (entry.isEncrypted()) throw new RequestError('packs.error.encrypted', { entry: name });
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw new RequestError('packs.error.corrupt', {});
      const isDir = name.endsWith('/');
      const inPack = name.startsWith(ARCHIVE_PACK_DIR);
      if (!inPack && name !== ARCHIVE_MANIFEST && name !== ARCHIVE_SIGNATURE) throw new RequestError('packs.error.unexpectedEntry', { entry: name });
      if (isDir) {
        progress.entries++;
        onProgress?.({ ...progress });
        continue;
      }
      if (isNestedArchive(name)) throw new RequestError('packs.error.nestedArchive', { entry: name });
      if (entry.uncompressedSize > limits.entryBytes) throw new RequestError('packs.error.entryTooLarge', { entry: name, limit: limits.entryBytes });
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.totalBytes) throw new RequestError('packs.error.totalTooLarge', { limit: limits.totalBytes });
      if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > limits.ratio * Math.max(entry.compressedSize, 1)) {
        throw new RequestError('packs.error.zipBomb', { entry: name, limit: limits.ratio });
      }

      if (!inPack) {
        if (entry.uncompressedSize > limits.manifestBytes) throw new RequestError('packs.error.entryTooLarge', { entry: name, limit: limits.manifestBytes });
        const bytes = await readAll(zip, entry);
        if (name === ARCHIVE_MANIFEST) {
          result.manifestBytes = bytes;
          manifestSeen = true;
        } else result.signature = bytes;
      } else {
        const rel = name.slice(ARCHIVE_PACK_DIR.length);
        const target = path.join(stagingDir, ...rel.split('/'));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        result.files.set(rel, await writeEntry(zip, entry, target, name));
      }
      progress.entries++;
      progress.bytes += entry.uncompressedSize;
      onProgress?.({ ...progress });
    }
    if (!manifestSeen) throw new RequestError('packs.error.noManifest', {});
    return result;
  } finally {
    zip.close();
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (e: yauzl.Entry) => done(() => resolve(e));
    const onEnd = () => done(() => resolve(undefined));
    const onError = (e: Error) => done(() => reject(yauzlRefusal(e)));
    const done = (then: () => void) => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
      then();
    };
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

async function openStream(zip: yauzl.ZipFile, entry: yauzl.Entry) {
  try {
    return await zip.openReadStreamPromise(entry);
  } catch {
    throw new RequestError('packs.error.corrupt', {});
  }
}

async function readAll(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const stream = await openStream(zip, entry);
  const chunks: Buffer[] = [];
  try {
    for await (const c of stream) chunks.push(c as Buffer);
  } catch {
    throw new RequestError('packs.error.corrupt', {});
  }
  return Buffer.concat(chunks);
}

/** Streams one entry to its file (which must not exist), hashing it; returns the SHA-256. */
async function writeEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, target: string, name: string): Promise<string> {
  const stream = await openStream(zip, entry);
  const hash = createHash('sha256');
  let first = true;
  const check = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      if (first && chunk.length > 0) {
        first = false;
        if (ARCHIVE_MAGIC.some((m) => chunk.subarray(0, m.length).equals(m))) {
          callback(new RequestError('packs.error.nestedArchive', { entry: name }));
          return;
        }
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(stream, check, fs.createWriteStream(target, { flags: 'wx' }));
  } catch (e) {
    if (e instanceof RequestError) throw e;
    throw new RequestError('packs.error.corrupt', {});
  }
  return hash.digest('hex');
}
