// `npm run pack -- build` refuses what the installer would refuse, before writing anything.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPack } from '../../../src/core/packs/scaffold';
import { buildPackArchive } from '../../../electron/services/packs/archiveWriter';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-pack-build-');

function writePack(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

describe('building an archive', () => {
  it('refuses HTML in a lesson, an active SVG, a foreign file type and a link, each at its place, and writes no file', async () => {
    const files = scaffoldPack('national', ['en']);
    const lesson = 'modules/national/lessons/who-declares.en.md';
    files[lesson] = `${files[lesson]}\nSee <iframe src="https://x.example"></iframe>\n`;
    files['media/map.svg'] = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>';
    files['tools/run.sh'] = 'rm -rf /';
    const dir = writePack(files);
    fs.symlinkSync('/etc/hostname', path.join(dir, 'media/host.png'));
    const out = path.join(tempDir(), 'national.academypack');
    const result = await buildPackArchive(dir, out, { minAppVersion: '0.1.0' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lessonLines = files[lesson]!.split('\n');
    expect(result.problems.map((p) => `${p.file}:${p.line}`).sort()).toEqual(
      [`${lesson}:${lessonLines.findIndex((l) => l.includes('<iframe')) + 1}`, 'media/host.png:1', 'media/map.svg:1', 'tools/run.sh:1'].sort(),
    );
    expect(result.problems.find((p) => p.file === 'media/map.svg')?.message).toBe('A picture holds event handlers (media/map.svg).');
    expect(fs.existsSync(out)).toBe(false);
  });
});
