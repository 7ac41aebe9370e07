// The pack cache, as a specification: an unchanged folder gives the remembered result; any change
// to a file the loader read (edited, removed, added where it looked) gives a fresh load.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
