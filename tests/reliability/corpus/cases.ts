// The broken-file corpus: the ways a learner's progress file goes bad on real PCs (crashes and
// power cuts, full disks, other programs, editors, people, a newer app) and hostile content.
// Each case starts from a real history of three saves (so there are backups) and damages it.
// Every case runs twice (checkCase.ts): on a schema-2 progress.json about to be migrated, and on
// the snapshot of the event log (progress-snapshot.json), which the log can always rebuild.
// The log's own damage is in logCases.ts.
//
// expect:
//   kept              nothing was lost: the record is the latest save and there is no notice
//   restored-latest   the file was set aside, the newest backup (holding the latest save) came back
//   restored-previous the newest backup was damaged too: the one before it came back
//   reset             no valid copy was left: a fresh record, and the damaged files are all kept
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { backupsDir } from '../../../electron/services/store/backups';
import { LOCK_FILE_NAME } from '../../../electron/services/store/dataDirLock';
import type { ProgressData } from '../../../src/core/progress/model';
import { seededRandom } from '../spawnTs';

export interface CaseContext {
  dir: string;
  file: string;
  /** Backup files, newest first. */
  backups: string[];
  /** The file as the app wrote it after the last save. */
  latestText: Buffer;
  /** latestText parsed. */
  latestJson: Record<string, unknown>;
  latest: ProgressData;
  previous: ProgressData;
  /** The file the store now reads in place of `file` (a migrated progress.json is kept under another name). */
  current(): string;
}

export interface BrokenFileCase {
  name: string;
  expect: 'kept' | 'restored-latest' | 'restored-previous' | 'reset';
  /** Damages the folder; returns the bytes now in place of the file, to check they are kept. */
  damage(ctx: CaseContext): Buffer | void;
  /** False when there is nothing to keep (the file was deleted). */
  keptAside?: false;
  /** Further checks; returns a problem or undefined. */
  verify?(ctx: CaseContext): string | undefined;
  /** Needs POSIX file types (FIFOs, symbolic links). */
  posixOnly?: true;
}

const MB = 1024 * 1024;
/** A review card every history holds (checkCase.ts), so a hostile key can take its place. */
export const REVIEW_CARD = 'q:wco-ecommerce/basics-quiz/question-1';

function put(file: string, bytes: Buffer | string): Buffer {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  fs.writeFileSync(file, b);
  return b;
}

/** The latest file as compact JSON with one key renamed: how a hostile key gets in. */
function withKeyRenamed(ctx: CaseContext, from: string, to: string): string {
  const text = JSON.stringify(ctx.latestJson);
  if (!text.includes(`"${from}":`)) throw new Error(`no key ${from} in the history`);
  return text.replace(`"${from}":`, `"${to}":`);
}

const startsWithBrace = (ctx: CaseContext) => (fs.readFileSync(ctx.current())[0] === 0x7b ? undefined : 'the file was not rewritten as plain UTF-8 JSON');

export const BROKEN_FILE_CASES: BrokenFileCase[] = [
  // --- Interrupted or lost writes
  { name: 'truncated in the middle', expect: 'restored-latest', damage: (c) => put(c.file, c.latestText.subarray(0, c.latestText.length >> 1)) },
  { name: 'empty (0 bytes)', expect: 'restored-latest', damage: (c) => put(c.file, '') },
  { name: 'only whitespace', expect: 'restored-latest', damage: (c) => put(c.file, ' \n\t\r\n ') },
  { name: 'zero-filled (power cut before the data reached the disk)', expect: 'restored-latest', damage: (c) => put(c.file, Buffer.alloc(c.latestText.length)) },
  { name: 'random binary garbage', expect: 'restored-latest', damage: (c) => put(c.file, Buffer.from(Array.from({ length: 4096 }, seededRandom(42)).map((x) => Math.floor(x * 256)))) },
  { name: 'a good record followed by garbage', expect: 'restored-latest', damage: (c) => put(c.file, Buffer.concat([c.latestText, Buffer.from('\u0000\u0000garbage')])) },
  { name: 'a NUL byte inside the JSON', expect: 'restored-latest', damage: (c) => put(c.file, Buffer.from(c.latestText).fill(0, c.latestText.length >> 1, (c.latestText.length >> 1) + 1)) },
  { name: 'invalid UTF-8 inside a string', expect: 'restored-latest', damage: (c) => {
    const b = Buffer.from(c.latestText);
    b.set([0xc3, 0x28], b.indexOf('channels') + 2);
    return put(c.file, b);
  } },
  { name: 'the file deleted (antivirus, sync tool), backups intact', expect: 'restored-latest', keptAside: false, damage: (c) => fs.rmSync(c.file) },

  // --- Valid JSON that is not a progress record
  { name: 'valid JSON of the wrong shape: an array', expect: 'restored-latest', damage: (c) => put(c.file, '[1,2,3]') },
  { name: 'valid JSON of the wrong shape: null', expect: 'restored-latest', damage: (c) => put(c.file, 'null') },
  { name: 'valid JSON with fields of the wrong type', expect: 'restored-latest', damage: (c) => put(c.file, JSON.stringify({ ...c.latestJson, lessons: [], attempts: {} })) },
  { name: 'a record from a newer version of the app (schemaVersion 99)', expect: 'restored-latest', damage: (c) => put(c.file, JSON.stringify({ ...c.latestJson, schemaVersion: 99, snapshotVersion: 99 })) },

  // --- Hostile content
  { name: '"__proto__" key at the top level', expect: 'restored-latest', damage: (c) => put(c.file, `{"__proto__":{"polluted":"yes"},${JSON.stringify(c.latest).slice(1)}`) },
  { name: '"constructor" key in the lessons', expect: 'restored-latest', damage: (c) => put(c.file, withKeyRenamed(c, 'wco-ecommerce/channels', 'constructor')) },
  { name: '"__proto__" key in the review cards', expect: 'restored-latest', damage: (c) => put(c.file, withKeyRenamed(c, REVIEW_CARD, '__proto__')) },
  { name: 'deeply nested JSON (1,000,000 levels)', expect: 'restored-latest', damage: (c) => put(c.file, '['.repeat(1_000_000) + ']'.repeat(1_000_000)) },
  { name: 'huge: 50 MB of "{}," (millions of objects)', expect: 'restored-latest', damage: (c) => {
    const b = Buffer.alloc(50 * MB, '{},');
    b[0] = 0x5b;
    b[b.length - 1] = 0x5d;
    return put(c.file, b);
  } },
  { name: 'huge: a 50 MB string in an object', expect: 'restored-latest', damage: (c) => put(c.file, Buffer.concat([Buffer.from('{"schemaVersion":1,"padding":"'), Buffer.alloc(50 * MB, 'x'), Buffer.from('"}')])) },
  { name: 'over the size limit (a 200 MB sparse file)', expect: 'restored-latest', damage: (c) => {
    fs.writeFileSync(c.file, '');
    fs.truncateSync(c.file, 200 * MB);
  }, verify: (c) => (fs.readdirSync(c.dir).some((f) => f.includes('.corrupt-') && fs.statSync(path.join(c.dir, f)).size === 200 * MB) ? undefined : 'the 200 MB file was not kept') },

  // --- Encodings (editors, PowerShell)
  { name: 'UTF-8 byte-order mark before a good record', expect: 'kept', damage: (c) => put(c.file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), c.latestText])), verify: startsWithBrace },
  { name: 'UTF-16LE with byte-order mark (PowerShell)', expect: 'kept', damage: (c) => put(c.file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.latestText.toString('utf8'), 'utf16le')])), verify: startsWithBrace },
  { name: 'UTF-16BE with byte-order mark', expect: 'kept', damage: (c) => put(c.file, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(c.latestText.toString('utf8'), 'utf16le').swap16()])), verify: startsWithBrace },
  { name: 'UTF-16 without a byte-order mark', expect: 'restored-latest', damage: (c) => put(c.file, Buffer.from(c.latestText.toString('utf8'), 'utf16le')) },

  // --- Something else in place of the file (these work as root too, unlike chmod 000)
  { name: 'a folder in place of the file', expect: 'restored-latest', damage: (c) => {
    fs.rmSync(c.file);
    fs.mkdirSync(c.file);
    fs.writeFileSync(path.join(c.file, 'inside.txt'), 'x');
  } },
  { name: 'a named pipe (FIFO) in place of the file: must not hang', expect: 'restored-latest', posixOnly: true, damage: (c) => {
    fs.rmSync(c.file);
    execFileSync('mkfifo', [c.file]);
  } },
  { name: 'a broken symbolic link in place of the file', expect: 'restored-latest', posixOnly: true, damage: (c) => {
    fs.rmSync(c.file);
    fs.symlinkSync(path.join(c.dir, 'no-such-folder', 'progress.json'), c.file);
  } },
  { name: 'a symbolic link loop in place of the file', expect: 'restored-latest', posixOnly: true, damage: (c) => {
    fs.rmSync(c.file);
    fs.symlinkSync(path.basename(c.file), c.file);
  } },

  // --- Damaged backups
  { name: 'a damaged file and a damaged newest backup', expect: 'restored-previous', damage: (c) => {
    put(c.backups[0]!, '{"schemaVersion":1,"less');
    return put(c.file, 'garbage');
  } },
  { name: 'a damaged file and the newest backup replaced by a folder', expect: 'restored-previous', damage: (c) => {
    fs.rmSync(c.backups[0]!);
    fs.mkdirSync(c.backups[0]!);
    return put(c.file, '{"trunc');
  } },
  { name: 'a damaged file and every backup damaged', expect: 'reset', damage: (c) => {
    for (const b of c.backups) put(b, '');
    return put(c.file, '{"trunc');
  }, verify: (c) => (c.backups.every((b) => fs.existsSync(b)) ? undefined : 'a damaged backup was deleted') },
  { name: 'the backup folder replaced by a file', expect: 'kept', damage: (c) => {
    fs.rmSync(backupsDir(c.dir), { recursive: true });
    put(backupsDir(c.dir), 'not a folder');
  }, verify: (c) => (fs.statSync(backupsDir(c.dir)).isDirectory() && fs.readdirSync(c.dir).some((f) => f.startsWith('backups.corrupt-')) ? undefined : 'the backup folder was not restored, or the file in its place not kept') },
  { name: 'a damaged file and the backup folder replaced by a file', expect: 'reset', damage: (c) => {
    fs.rmSync(backupsDir(c.dir), { recursive: true });
    put(backupsDir(c.dir), 'not a folder');
    return put(c.file, 'garbage');
  } },

  // --- What a killed copy of the app leaves behind
  { name: 'temporary files of an interrupted write', expect: 'kept', damage: (c) => {
    put(`${c.file}.tmp-1714550400abcdef`, c.latestText.subarray(0, 10));
    put(`${c.backups[0]}.4242.0123456789ab.tmp`, '');
  }, verify: (c) => (fs.readdirSync(c.dir).concat(fs.readdirSync(backupsDir(c.dir))).some((f) => /tmp/.test(f)) ? 'a temporary file was left' : undefined) },
  { name: 'a lock file left by a killed copy of the app', expect: 'kept', damage: (c) => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    put(path.join(c.dir, LOCK_FILE_NAME), JSON.stringify({ pid: dead, host: hostname(), startedAt: '2024-05-01T08:00:00.000Z', token: 'x' }));
  } },
  { name: 'a lock file with garbage in it', expect: 'kept', damage: (c) => void put(path.join(c.dir, LOCK_FILE_NAME), Buffer.from([0, 1, 2, 3])) },
];
