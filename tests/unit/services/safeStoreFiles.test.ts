// How the store reads a file it did not write itself: other encodings, hostile or enormous
// JSON, something other than a file in its place, a file that is gone. Each is either read
// correctly or set aside with a cause, never hangs, and never throws out of the store.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useTempDirs } from '../tempDirs';
import { decodeStoreText, NotTextError } from '../../../electron/services/store/decodeText';
import { jsonLimitProblem } from '../../../electron/services/store/jsonLimits';
import { MAX_STORE_BYTES, readStoreFile } from '../../../electron/services/store/readStoreFile';
import { backupsDir, openSafeStore, type SafeStore } from '../../../electron/services/store/safeStore';
import { openDataDir } from '../../../electron/services/store/dataDir';
import { createNoticeBoard } from '../../../electron/services/notices';
import { confStoreFactory } from '../../../electron/services/services';
import { emptyProgress, progressSchema, type ProgressData } from '../../../src/core/progress/model';
import { migrateProgress } from '../../../src/core/progress/migrations';

const tempDir = useTempDirs('academy-storefiles-');
const posixOnly = process.platform === 'win32' ? it.skip : it;

const open = (dir: string): SafeStore<ProgressData> =>
  openSafeStore<ProgressData>({ dir, name: 'progress', schema: progressSchema, defaults: emptyProgress, migrate: migrateProgress, createStore: confStoreFactory });
const read = (file: string) => readStoreFile(file, { schema: progressSchema, migrate: migrateProgress });

const record: ProgressData = { ...emptyProgress(), lessons: { 'wco-ecommerce/channels': { openedAt: '2024-05-01T08:00:00.000Z' } } };
const text = JSON.stringify(record);

describe('decodeStoreText', () => {
  it('reads plain UTF-8 as is', () => {
    expect(decodeStoreText(Buffer.from('{"é":1}'))).toEqual({ text: '{"é":1}', reencoded: false });
  });

  it('reads UTF-8 with a byte-order mark, UTF-16LE and UTF-16BE, and asks for a rewrite', () => {
    const le = Buffer.from('{"é":1}', 'utf16le');
    expect(decodeStoreText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"é":1}')]))).toEqual({ text: '{"é":1}', reencoded: true });
    expect(decodeStoreText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text: '{"é":1}', reencoded: true });
    expect(decodeStoreText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]))).toEqual({ text: '{"é":1}', reencoded: true });
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    expect(() => decodeStoreText(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]))).toThrow(NotTextError);
    expect(() => decodeStoreText(Buffer.from([0xff, 0xfe, 0x7b]))).toThrow(/odd number of bytes/);
  });
});

describe('jsonLimitProblem', () => {
  it('accepts a real record', () => {
    expect(jsonLimitProblem(text)).toBeUndefined();
  });

  it('refuses nesting deeper than the limit, and says so', () => {
    expect(jsonLimitProblem('['.repeat(5) + ']'.repeat(5), { maxDepth: 4, maxValues: 100 })).toEqual({ cause: 'wrong-shape', reason: 'nested more than 4 levels deep' });
    expect(jsonLimitProblem('['.repeat(4) + ']'.repeat(4), { maxDepth: 4, maxValues: 100 })).toBeUndefined();
  });

  it('refuses more values than the limit', () => {
    expect(jsonLimitProblem('[1,2,3,4]', { maxDepth: 4, maxValues: 3 })).toMatchObject({ cause: 'too-large' });
    expect(jsonLimitProblem('[1,2,3]', { maxDepth: 4, maxValues: 3 })).toBeUndefined();
  });

  it('does not count brackets, commas or escaped quotes inside strings', () => {
    expect(jsonLimitProblem('["[[[[,,,,\\"[[[[,,,,\\\\"]', { maxDepth: 1, maxValues: 1 })).toBeUndefined();
    expect(jsonLimitProblem('["a\\\\",[[]]]', { maxDepth: 2, maxValues: 10 })).toMatchObject({ cause: 'wrong-shape' });
  });
});

describe('readStoreFile', () => {
  it('reads a record and says when it needs a rewrite', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.json');
    fs.writeFileSync(file, text);
    expect(read(file)).toEqual({ ok: true, data: record, rewrite: false });
    fs.writeFileSync(file, JSON.stringify({ lessons: record.lessons, attempts: [] })); // schema 0
    expect(read(file)).toEqual({ ok: true, data: record, rewrite: true });
  });

  it('refuses a folder in place of the file', () => {
    const dir = tempDir();
    expect(read(dir)).toEqual({ ok: false, cause: 'unreadable', reason: 'not a file but a folder' });
  });

  posixOnly('refuses a FIFO in place of the file without blocking on it', () => {
    const fifo = path.join(tempDir(), 'p.json');
    execFileSync('mkfifo', [fifo]);
    expect(read(fifo)).toEqual({ ok: false, cause: 'unreadable', reason: 'not a file but a pipe' });
  });

  it('refuses a file over the size limit without reading it', () => {
    const file = path.join(tempDir(), 'p.json');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_STORE_BYTES + 1);
    expect(read(file)).toMatchObject({ ok: false, cause: 'too-large' });
  });

  it('refuses millions of tiny values before parsing them', () => {
    const file = path.join(tempDir(), 'p.json');
    fs.writeFileSync(file, `[${'0,'.repeat(2_100_000)}0]`);
    expect(read(file)).toMatchObject({ ok: false, cause: 'too-large', reason: expect.stringMatching(/values/) });
  });
});

describe('safeStore: files it did not write', () => {
  it('restores the newest backup when the file is gone, and tells the learner', () => {
    const dir = tempDir();
    const store = open(dir);
    store.write(record);
    fs.rmSync(store.file);
    const reopened = open(dir);
    expect(reopened.read()).toEqual(record);
    expect(reopened.recovery).toMatchObject({ kind: 'restored', cause: 'unreadable', reason: 'file is missing' });
    expect(createNoticeBoard({ progress: reopened.recovery, rejectedPacks: [] }).list().map((n) => n.key)).toEqual(['notice.progressRestored']);
  });

  it('starts fresh without a notice on a first start (no file, no backup)', () => {
    const store = open(tempDir());
    expect(store.recovery).toBeUndefined();
    expect(store.read()).toEqual(emptyProgress());
  });

  it('reads a UTF-16 record and rewrites it as UTF-8, without a notice', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'progress.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const store = open(dir);
    expect(store.recovery).toBeUndefined();
    expect(store.read()).toEqual(record);
    expect(JSON.parse(fs.readFileSync(store.file, 'utf8'))).toEqual(record);
  });

  it('moves a file that sits in place of the backup folder aside, and keeps making backups', () => {
    const dir = tempDir();
    fs.writeFileSync(backupsDir(dir), 'not a folder');
    const store = open(dir);
    store.write(record);
    expect(fs.statSync(backupsDir(dir)).isDirectory()).toBe(true);
    expect(fs.readdirSync(backupsDir(dir))).toHaveLength(2);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('backups.corrupt-'));
    expect(aside.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual(['not a folder']);
  });
});

describe('openDataDir', () => {
  it('removes the temporary files of writes that never finished, and nothing else', () => {
    const dir = tempDir();
    fs.mkdirSync(backupsDir(dir));
    const leftovers = [path.join(dir, 'progress.json.tmp-1714550400abcdef'), path.join(backupsDir(dir), 'progress-00000001-x.json.123.0123456789ab.tmp')];
    const others = [path.join(dir, 'progress.json'), path.join(dir, 'notes.tmp'), path.join(backupsDir(dir), 'progress-00000001-x.json')];
    for (const f of [...leftovers, ...others]) fs.writeFileSync(f, 'x');
    const lock = openDataDir(dir);
    lock.release();
    for (const f of leftovers) expect(fs.existsSync(f)).toBe(false);
    for (const f of others) expect(fs.existsSync(f)).toBe(true);
  });
});
