// Reading a pack folder from disk: packs come from trainers' USB sticks, so no path may leave
// the pack, by "..", an absolute path, a backslash, a NUL byte or a symbolic link.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PACK_FILE_BYTES, findPackDirs, readPackDir, resolveInside } from '../../../electron/services/content/packReader';
import { BAD_PACKS, PACKS_DIR, VALID_PACK, packDir } from './fixturePacks';

let tmp: string;
/** A small pack in a temp folder, with a secret file next to it and links in and out. */
let pack: string;

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pack-reader-')));
  pack = path.join(tmp, 'pack');
  fs.mkdirSync(path.join(pack, 'media'), { recursive: true });
  fs.writeFileSync(path.join(pack, 'pack.yaml'), 'id: p\n');
  fs.writeFileSync(path.join(pack, 'media', 'inside.svg'), '<svg/>');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'SECRET');
  fs.mkdirSync(path.join(tmp, 'elsewhere'));
  fs.writeFileSync(path.join(tmp, 'elsewhere', 'leak.svg'), '<svg>SECRET</svg>');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(pack, 'media', 'out.svg'));
  fs.symlinkSync('../../secret.txt', path.join(pack, 'media', 'out-relative.svg'));
  fs.symlinkSync(path.join(tmp, 'elsewhere'), path.join(pack, 'linked-dir'));
  fs.symlinkSync('inside.svg', path.join(pack, 'media', 'in.svg'));
  fs.symlinkSync(path.join(tmp, 'pack'), path.join(tmp, 'pack-link'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it('resolves a plain relative path to the real file inside the pack', () => {
    expect(resolveInside(pack, 'pack.yaml')).toBe(path.join(pack, 'pack.yaml'));
    expect(resolveInside(pack, 'media/inside.svg')).toBe(path.join(pack, 'media', 'inside.svg'));
  });

  it('rejects ".." anywhere, even when the path would land back inside the pack', () => {
    expect(resolveInside(pack, '../secret.txt')).toBeUndefined();
    expect(resolveInside(pack, 'media/../../secret.txt')).toBeUndefined();
    expect(resolveInside(pack, 'media/../pack.yaml')).toBeUndefined();
    expect(resolveInside(pack, '..')).toBeUndefined();
  });

  it('rejects "." segments and the empty path', () => {
    expect(resolveInside(pack, './pack.yaml')).toBeUndefined();
    expect(resolveInside(pack, '')).toBeUndefined();
  });

  it('rejects absolute paths, even one that points into the pack', () => {
    expect(resolveInside(pack, path.join(tmp, 'secret.txt'))).toBeUndefined();
    expect(resolveInside(pack, path.join(pack, 'pack.yaml'))).toBeUndefined();
    expect(resolveInside(pack, '/etc/passwd')).toBeUndefined();
    expect(resolveInside(pack, 'C:/Windows/win.ini')).toBeUndefined();
    expect(resolveInside(pack, 'c:pack.yaml')).toBeUndefined();
  });

  it('rejects backslashes', () => {
    expect(resolveInside(pack, 'media\\inside.svg')).toBeUndefined();
    expect(resolveInside(pack, '..\\secret.txt')).toBeUndefined();
  });

  it('rejects a NUL byte', () => {
    expect(resolveInside(pack, 'pack.yaml\0')).toBeUndefined();
    expect(resolveInside(pack, 'pack.yaml\0.svg')).toBeUndefined();
  });

  it('rejects a symbolic link that points out of the pack, absolute or relative, file or folder', () => {
    // The links themselves work: the files they point at are readable.
    expect(fs.readFileSync(path.join(pack, 'media', 'out.svg'), 'utf8')).toBe('SECRET');
    expect(fs.readFileSync(path.join(pack, 'linked-dir', 'leak.svg'), 'utf8')).toContain('SECRET');
    expect(resolveInside(pack, 'media/out.svg')).toBeUndefined();
    expect(resolveInside(pack, 'media/out-relative.svg')).toBeUndefined();
    expect(resolveInside(pack, 'linked-dir/leak.svg')).toBeUndefined();
  });

  it('follows a symbolic link that stays inside the pack, and a pack folder that is itself a link', () => {
    expect(resolveInside(pack, 'media/in.svg')).toBe(path.join(pack, 'media', 'inside.svg'));
    expect(resolveInside(path.join(tmp, 'pack-link'), 'pack.yaml')).toBe(path.join(pack, 'pack.yaml'));
  });

  it('rejects a path that does not exist, and a missing pack folder', () => {
    expect(resolveInside(pack, 'media/nothing.svg')).toBeUndefined();
    expect(resolveInside(path.join(tmp, 'no-such-pack'), 'pack.yaml')).toBeUndefined();
  });

  it('does not accept a sibling folder whose name starts with the pack name', () => {
    const sibling = path.join(tmp, 'pack-evil');
    fs.mkdirSync(sibling, { recursive: true });
    fs.writeFileSync(path.join(sibling, 'x.svg'), '<svg/>');
    fs.symlinkSync(path.join(sibling, 'x.svg'), path.join(pack, 'media', 'sibling.svg'));
    expect(resolveInside(pack, 'media/sibling.svg')).toBeUndefined();
  });
});

describe('readPackDir', () => {
  it('reads files inside the pack, and nothing through a link out of it', () => {
    const source = readPackDir(pack);
    expect(source.read('pack.yaml')).toBe('id: p\n');
    expect(source.exists('media/inside.svg')).toBe(true);
    expect(source.read('media/out.svg')).toBeUndefined();
    expect(source.exists('media/out.svg')).toBe(false);
    expect(source.read('../secret.txt')).toBeUndefined();
    expect(source.exists('../secret.txt')).toBe(false);
  });

  it('treats a folder as no file', () => {
    const source = readPackDir(pack);
    expect(source.exists('media')).toBe(false);
    expect(source.read('media')).toBeUndefined();
  });

  it('refuses to read a file above MAX_PACK_FILE_BYTES, and reads one exactly at the limit', () => {
    fs.writeFileSync(path.join(pack, 'at-limit.yaml'), Buffer.alloc(MAX_PACK_FILE_BYTES, 0x61));
    fs.writeFileSync(path.join(pack, 'too-big.yaml'), Buffer.alloc(MAX_PACK_FILE_BYTES + 1, 0x61));
    const source = readPackDir(pack);
    expect(source.read('at-limit.yaml')?.length).toBe(MAX_PACK_FILE_BYTES);
    expect(source.read('too-big.yaml')).toBeUndefined();
    // It exists (the loader can say so); it is only too big to read.
    expect(source.exists('too-big.yaml')).toBe(true);
  });
});

describe('findPackDirs', () => {
  let root: string;
  beforeAll(() => {
    root = path.join(tmp, 'content-root');
    for (const dir of ['zeta', 'alpha', 'no-pack', 'deeper/nested']) fs.mkdirSync(path.join(root, dir), { recursive: true });
    fs.writeFileSync(path.join(root, 'zeta', 'pack.yaml'), 'id: zeta\n');
    fs.writeFileSync(path.join(root, 'alpha', 'pack.yaml'), 'id: alpha\n');
    fs.writeFileSync(path.join(root, 'no-pack', 'module.yaml'), 'id: m\n');
    fs.writeFileSync(path.join(root, 'deeper', 'nested', 'pack.yaml'), 'id: nested\n');
    fs.writeFileSync(path.join(root, 'notes.txt'), 'not a pack');
  });

  it('finds the packs one level down, sorted, and not deeper', () => {
    expect(findPackDirs(root)).toEqual([path.join(root, 'alpha'), path.join(root, 'zeta')]);
  });

  it('returns a root that is itself a pack, alone', () => {
    expect(findPackDirs(path.join(root, 'alpha'))).toEqual([path.join(root, 'alpha')]);
    expect(findPackDirs(packDir(VALID_PACK))).toEqual([packDir(VALID_PACK)]);
  });

  it('returns nothing for a missing folder or a folder without packs', () => {
    expect(findPackDirs(path.join(tmp, 'does-not-exist'))).toEqual([]);
    expect(findPackDirs(path.join(root, 'no-pack'))).toEqual([]);
  });

  it('finds every fixture pack under tests/fixtures/packs', () => {
    const expected = [VALID_PACK, 'english-only', 'every-type', ...BAD_PACKS.map((c) => `bad-${c.name}`)].map(packDir).sort();
    expect(findPackDirs(PACKS_DIR)).toEqual(expected);
  });
});
