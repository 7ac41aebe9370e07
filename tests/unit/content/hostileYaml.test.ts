// Packs come from outside (a trainer's USB stick): odd YAML must give a clear problem, never a crash.
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/core/content/loadPack';
import type { PackSource } from '../../../src/core/content/model';

function memoryPack(files: Record<string, string>): PackSource {
  return { read: (p) => files[p], exists: (p) => Object.hasOwn(files, p) };
}

const manifest = (extra: string) => `formatVersion: 1\nid: p\nversion: 1.0.0\nlanguages: [en, fr]\n${extra}`;

describe('hostile or odd YAML in a pack', () => {
  it('an unresolved alias is a problem on its file, not an exception', () => {
    const { pack, problems } = loadPack(memoryPack({ 'pack.yaml': manifest('title: { en: a, fr: b }\nmodules: [*m]\n') }));
    expect(pack).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'pack.yaml', message: expect.stringMatching(/malformed YAML/) });
  });

  it('an alias bomb is refused with a problem, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    const { problems } = loadPack(memoryPack({ 'pack.yaml': `${bomb}\n` }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/malformed YAML/);
  });

  it('text only in languages the pack does not declare is reported for each missing language', () => {
    const { problems } = loadPack(memoryPack({ 'pack.yaml': manifest('title: { de: Titel, it: Titolo }\nmodules: [m]\n') }));
    const messages = problems.filter((p) => p.file === 'pack.yaml').map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '"title" has no "en" text'.replace(/^/, 'missing translation: '),
        'missing translation: "title" has no "fr" text',
        '"title" has text in "de", which the pack does not declare',
      ]),
    );
  });

  it('a __proto__ key does not pollute objects', () => {
    loadPack(memoryPack({ 'pack.yaml': manifest('title: { en: a, fr: b }\nmodules: [m]\n__proto__: { polluted: yes }\n') }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
