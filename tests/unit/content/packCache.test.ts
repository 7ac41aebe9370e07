// The pack cache, as a specification: an unchanged folder gives the remembered result; any change
// to a file the loader read (edited, removed, added where it looked) gives a fresh load. Kept on
// disk (usePackDiskCache), the same holds for the next process.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { loadPackDir } from '../../../electron/services/content/packCache';
import { loadPack } from '../../../src/core/content/loadPack';
import { readPackDir } from '../../../electron/services/content/packReader';
import { useTempDirs } from '../tempDirs';
import { packDir, VALID_PACK } from './fixturePacks';

const tempDir = useTempDirs('academy-pack-cache-');

function copyOfValidPack(): string {
  const dir = path.join(tempDir(), 'pack');
  fs.cpSync(packDir(VALID_PACK), dir, { recursive: true });
  return dir;
}

const lessonFile = (dir: string) => {
  const found = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.en.md'));
  if (!found) throw new Error('the fixture pack has no English lesson');
  return path.join(dir, found);
};

describe('loadPackDir', () => {
  it('gives what loadPack gives, and the very same result while nothing changed', () => {
    const dir = copyOfValidPack();
    const first = loadPackDir(dir);
    expect(first.problems).toEqual([]);
    expect(first).toEqual(loadPack(readPackDir(dir)));
    expect(loadPackDir(dir)).toBe(first);
  });

  it('loads again when a file it read changed', () => {
    const dir = copyOfValidPack();
    const first = loadPackDir(dir);
    const file = lessonFile(dir);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: A changed title'));
    const second = loadPackDir(dir);
    expect(second).not.toBe(first);
    expect(second).toEqual(loadPack(readPackDir(dir)));
    expect(JSON.stringify([...second.pack!.lessons.values()])).toContain('A changed title');
  });

  it('loads again when a file it read was removed, and reports the problem', () => {
    const dir = copyOfValidPack();
    expect(loadPackDir(dir).problems).toEqual([]);
    fs.rmSync(lessonFile(dir));
    const after = loadPackDir(dir);
    expect(after.problems.length).toBeGreaterThan(0);
    expect(after).toEqual(loadPack(readPackDir(dir)));
  });
});

describe('loadPackDir with a disk cache (the next process)', () => {
  /** The module as a new process sees it: its in-memory memo empty. */
  async function freshProcess(cacheDir: string, fingerprint = 'build-1') {
    vi.resetModules();
    const cache = await import('../../../electron/services/content/packCache');
    cache.usePackDiskCache(cacheDir, fingerprint);
    return cache;
  }
  const cacheFile = (cacheDir: string) => {
    const files = fs.readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    return path.join(cacheDir, files[0]!);
  };
  /** Marks the kept result, so a test can tell a result read from disk from a fresh load. */
  function markKeptTitle(cacheDir: string, title: string) {
    const file = cacheFile(cacheDir);
    const kept = v8.deserialize(fs.readFileSync(file)) as { result: { pack: { manifest: { title: Record<string, string> } } } };
    kept.result.pack.manifest.title = { en: title };
    fs.writeFileSync(file, v8.serialize(kept));
  }

  it('writes what it loaded, and the next process reads it back equal, without loading again', async () => {
    const dir = copyOfValidPack();
    const cacheDir = path.join(tempDir(), 'cache');
    const first = (await freshProcess(cacheDir)).loadPackDir(dir);
    expect(first.problems).toEqual([]);
    const again = (await freshProcess(cacheDir)).loadPackDir(dir);
    expect(again).toStrictEqual(first);
    expect(again.pack!.lessons).toBeInstanceOf(Map);
    // Proof it came from the file: a mark put in the file comes back.
    markKeptTitle(cacheDir, 'Read from the disk cache');
    expect((await freshProcess(cacheDir)).loadPackDir(dir).pack!.manifest.title).toEqual({ en: 'Read from the disk cache' });
  });

  it('loads afresh when a file the pack was loaded from changed since', async () => {
    const dir = copyOfValidPack();
    const cacheDir = path.join(tempDir(), 'cache');
    (await freshProcess(cacheDir)).loadPackDir(dir);
    markKeptTitle(cacheDir, 'Stale');
    const file = lessonFile(dir);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: A changed title'));
    const after = (await freshProcess(cacheDir)).loadPackDir(dir);
    expect(after).toEqual(loadPack(readPackDir(dir)));
    expect(JSON.stringify([...after.pack!.lessons.values()])).toContain('A changed title');
  });

  it('ignores what another build wrote, and a broken file', async () => {
    const dir = copyOfValidPack();
    const cacheDir = path.join(tempDir(), 'cache');
    (await freshProcess(cacheDir, 'build-1')).loadPackDir(dir);
    markKeptTitle(cacheDir, 'Written by build 1');
    const otherBuild = (await freshProcess(cacheDir, 'build-2')).loadPackDir(dir);
    expect(otherBuild).toEqual(loadPack(readPackDir(dir)));
    for (const file of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, file), 'not a serialized pack');
    expect((await freshProcess(cacheDir, 'build-2')).loadPackDir(dir)).toEqual(loadPack(readPackDir(dir)));
    expect((await freshProcess(cacheDir, 'build-1')).loadPackDir(dir)).toEqual(loadPack(readPackDir(dir)));
  });
});
