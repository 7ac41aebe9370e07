// Lesson checks added with the full curriculum: the languages of a lesson must match, and a
// glossary link inside a table must escape its |.
import { describe, expect, it } from 'vitest';
import { loadFixtureWith, VALID_PACK, packDir } from './fixturePacks';
import fs from 'node:fs';
import path from 'node:path';

const EN = 'modules/basics/lessons/intro.en.md';
const FR = 'modules/basics/lessons/intro.fr.md';
const read = (f: string) => fs.readFileSync(path.join(packDir(VALID_PACK), f), 'utf8');
const messages = (files: Record<string, string>) => loadFixtureWith(VALID_PACK, files).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('the languages of a lesson must match', () => {
  it('the fixture lesson matches as it is', () => expect(messages({})).toEqual([]));

  it('reports a translation that names another standard', () => {
    expect(messages({ [FR]: read(FR).replace('standard: 3', 'standard: 4') })).toEqual([`${FR}:1: differs from the en version in FoS standard: en has 3, fr has 4`]);
  });

  it('reports a translation that drops a glossary link and a figure', () => {
    const fr = read(FR).replace(/\[\[aed\|([^\]]+)\]\]/, '$1').replace(/^!\[.*$/m, '');
    expect(read(FR)).not.toBe(fr);
    const found = messages({ [FR]: fr });
    expect(found).toContain(`${FR}:1: differs from the en version in glossary terms: en has aed, fr has (none)`);
    expect(found).toContain(`${FR}:1: differs from the en version in number of figures: en has 1, fr has 0`);
  });

  it('reports one problem, not two, when a translation has its own defect', () => {
    const fr = read(FR).replace('[[aed|', '[[no-such-term|');
    expect(messages({ [FR]: fr })).toEqual([expect.stringMatching(/^modules\/basics\/lessons\/intro\.fr\.md:\d+: unknown glossary term "no-such-term"$/)]);
  });
});

describe('glossary links in tables', () => {
  it('reports a bare | inside a table cell, at its line', () => {
    const en = `${read(EN)}\n| Term | Meaning |\n|---|---|\n| [[aed|AED]] | data |\n`;
    const fr = `${read(FR)}\n| Terme | Sens |\n|---|---|\n| [[aed\\|DEP]] | données |\n`;
    const line = en.split('\n').findIndex((l) => l.startsWith('| [[aed|')) + 1;
    expect(messages({ [EN]: en, [FR]: fr })).toEqual([`${EN}:${line}: in a table, write [[aed\\|words]]: a bare | ends the table cell`]);
  });
});

describe('learning objectives', () => {
  const CH_EN = 'modules/basics/lessons/channels.en.md';
  const CH_FR = 'modules/basics/lessons/channels.fr.md';
  const withObjectives = (text: string, items: string[]) => text.replace(/^---\n/, `---\nobjectives:\n${items.map((i) => `  - ${i}`).join('\n')}\n`);
  const all = {
    [EN]: withObjectives(read(EN), ['Define cross-border e-commerce', 'Tell B2C from C2C']),
    [FR]: withObjectives(read(FR), ['Définir le commerce électronique transfrontalier', 'Distinguer B2C et C2C']),
    [CH_EN]: withObjectives(read(CH_EN), ['Name the three channels', 'Say who holds the data']),
    [CH_FR]: withObjectives(read(CH_FR), ['Nommer les trois circuits', 'Dire qui détient les données']),
  };

  it('a pack without objectives still loads (they are optional in format 1)', () => expect(messages({})).toEqual([]));

  it('a pack with objectives in every lesson and language loads', () => expect(messages(all)).toEqual([]));

  it('once one lesson states objectives, every lesson file without them is reported', () => {
    expect(messages({ [EN]: all[EN]!, [FR]: all[FR]! })).toEqual([
      `${CH_EN}:1: no learning objectives: this pack states them in its lessons (for example ${EN}), so add "objectives:" with 2 to 4 items to the front matter`,
      `${CH_FR}:1: no learning objectives: this pack states them in its lessons (for example ${EN}), so add "objectives:" with 2 to 4 items to the front matter`,
    ]);
  });

  it('reports a translation with a different number of objectives', () => {
    const fr = withObjectives(read(FR), ['Définir le commerce électronique transfrontalier', 'Distinguer B2C et C2C', 'Citer un exemple']);
    expect(messages({ ...all, [FR]: fr })).toEqual([`${FR}:1: differs from the en version in number of learning objectives: en has 2, fr has 3`]);
  });

  it('refuses fewer than 2 or more than 4 objectives, at the line of the list', () => {
    const one = messages({ ...all, [EN]: withObjectives(read(EN), ['Define it']) });
    expect(one).toEqual([expect.stringMatching(/^modules\/basics\/lessons\/intro\.en\.md:3: .*at least 2 learning objectives/)]);
    const five = messages({ ...all, [EN]: withObjectives(read(EN), ['a1', 'a2', 'a3', 'a4', 'a5']) });
    expect(five).toEqual([expect.stringMatching(/^modules\/basics\/lessons\/intro\.en\.md:3: .*at most 4 learning objectives/)]);
  });
});

describe('speaker notes in lessons', () => {
  const withNote = (text: string, note: string) => text.replace(/^(## .*)$/m, `$1\n\n::: notes\n${note}\n:::`);

  it('a pack with the same notes in every language loads', () => {
    expect(messages({ [EN]: withNote(read(EN), 'Ask the room.'), [FR]: withNote(read(FR), 'Interrogez la salle.') })).toEqual([]);
  });

  it('reports a note missing from a translation', () => {
    expect(messages({ [EN]: withNote(read(EN), 'Ask the room.') })).toEqual([`${FR}:1: differs from the en version in number of speaker notes: en has 1, fr has 0`]);
  });

  it('reports an unknown glossary term inside a note, at its line', () => {
    const en = withNote(read(EN), 'Explain [[no-such-term|this]].');
    const line = en.split('\n').findIndex((l) => l.includes('no-such-term')) + 1;
    expect(messages({ [EN]: en, [FR]: withNote(read(FR), 'Expliquez.') })).toEqual([`${EN}:${line}: unknown glossary term "no-such-term"`]);
  });
});
