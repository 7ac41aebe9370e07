// The pure rules of pack archives: version order, entry names, active content, diff and order.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlInLesson, svgProblem } from '../../../src/core/packs/activeContent';
import { collisionKey, entryNameProblem, isNestedArchive } from '../../../src/core/packs/entryNames';
import { orderPacks } from '../../../src/core/packs/packDiff';
import { compareVersions, isSemver } from '../../../src/core/packs/semver';

const CONTENT = path.resolve(import.meta.dirname, '../../../content/wco-ecommerce');
const filesIn = (dir: string, ext: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesIn(path.join(dir, d.name), ext) : d.name.endsWith(ext) ? [path.join(dir, d.name)] : []));

describe('semver order', () => {
  it('orders by major, minor, patch, and puts pre-releases before their release', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-beta.2', '1.2.0-beta.10', '1.2.0-alpha', '0.9.9', '2.0.0', '1.2.0+build.5'];
    expect([...sorted].sort(compareVersions)).toEqual(['0.9.9', '1.2.0-alpha', '1.2.0-beta.2', '1.2.0-beta.10', '1.2.0', '1.2.0+build.5', '1.10.0', '2.0.0']);
    expect(compareVersions('1.2.0', '1.2.0+other')).toBe(0);
    expect(isSemver('1.2')).toBe(false);
    expect(isSemver('01.2.3')).toBe(false);
    expect(() => compareVersions('x', '1.0.0')).toThrow();
  });
});

describe('entry names', () => {
  it('accepts plain relative paths and refuses what could leave the folder or clash', () => {
    expect(entryNameProblem('pack/modules/a/lessons/x.en.md')).toBeUndefined();
    expect(entryNameProblem('pack/media/')).toBeUndefined();
    expect(entryNameProblem('/etc/passwd')).toBe('absolute');
    expect(entryNameProblem('c:/x')).toBe('absolute');
    expect(entryNameProblem('\\\\server\\share')).toBe('absolute');
    expect(entryNameProblem('pack/../x')).toBe('traversal');
    expect(entryNameProblem('pack\\..\\x')).toBe('traversal');
    expect(entryNameProblem('pack/a\\b')).toBe('badName');
    expect(entryNameProblem('pack/./x')).toBe('badName');
    expect(entryNameProblem('pack//x')).toBe('badName');
    expect(entryNameProblem('pack/x.md.')).toBe('badName');
    expect(entryNameProblem('pack/aux.md')).toBe('badName');
    expect(entryNameProblem('pack/a:b')).toBe('badName');
    expect(entryNameProblem('pack/a\u0000b')).toBe('badName');
    expect(collisionKey('pack/Lesson.md')).toBe(collisionKey('pack/lesson.MD'));
    expect(collisionKey('pack/caf\u00e9.md')).toBe(collisionKey('pack/cafe\u0301.md'));
    expect(isNestedArchive('pack/x.ZIP')).toBe(true);
    expect(isNestedArchive('pack/x.academypack')).toBe(true);
    expect(isNestedArchive('pack/x.png')).toBe(false);
  });
});

describe('active content', () => {
  it('finds HTML and script addresses in lesson Markdown, outside code', () => {
    expect(htmlInLesson('# Title\n\nText\n<div>x</div>')).toBe(4);
    expect(htmlInLesson('a <!-- hidden --> b')).toBe(1);
    expect(htmlInLesson('[x](javascript:alert(1))')).toBe(1);
    expect(htmlInLesson('[x](data:text/html,hi)')).toBe(1);
    expect(htmlInLesson('Value < 150 USD and a > b; see <https://www.wcoomd.org>')).toBeUndefined();
    expect(htmlInLesson('Use `<b>` in code.\n\n```\n<script>\n```\n\n    <div>indented code</div>')).toBeUndefined();
  });

  it('passes every lesson of the built-in course', () => {
    const lessons = filesIn(CONTENT, '.md');
    expect(lessons.length).toBeGreaterThan(20);
    for (const f of lessons) expect(htmlInLesson(fs.readFileSync(f, 'utf8')), f).toBeUndefined();
  });

  it('finds scripts, event handlers and outside references in SVG, and passes the built-in diagrams', () => {
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
    expect(svgProblem(svg('<script>x</script>'))).toBe('script');
    expect(svgProblem(svg('<svg:script>x</svg:script>'))).toBe('script');
    expect(svgProblem(svg('<a href="javascript:x">y</a>'))).toBe('script');
    expect(svgProblem(svg('<rect onclick="x"/>'))).toBe('eventHandler');
    expect(svgProblem(svg('<use xlink:href="other.svg#a"/>'))).toBe('externalReference');
    expect(svgProblem(svg('<rect style="fill:url(https://x.example/p)"/>'))).toBe('externalReference');
    expect(svgProblem(svg('<style>@import url(#x);</style>'))).toBe('externalReference');
    expect(svgProblem(svg('<use href="#arrow"/><path marker-end="url(#arrow)"/>'))).toBeUndefined();
    const diagrams = filesIn(CONTENT, '.svg');
    expect(diagrams.length).toBeGreaterThan(10);
    for (const f of diagrams) expect(svgProblem(fs.readFileSync(f, 'utf8')), f).toBeUndefined();
  });
});

describe('pack order on the home screen', () => {
  it('puts the packs the policy names first, in its order, and keeps the others as they were', () => {
    const packs = [{ id: 'wco-ecommerce' }, { id: 'b' }, { id: 'national' }, { id: 'a' }];
    expect(orderPacks(packs, ['national', 'missing', 'a']).map((p) => p.id)).toEqual(['national', 'a', 'wco-ecommerce', 'b']);
    expect(orderPacks(packs, undefined)).toEqual(packs);
  });
});
