// Facilitator guides in content:check: each is checked against its schema, its module's lessons
// and quizzes, and the other languages' version; every problem is reported at its line.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadFixtureWith, packDir, VALID_PACK } from './fixturePacks';
import { formatStats, packStats } from '../../../src/core/content/stats';
import { guideFor } from '../../../src/core/content/guideView';

const readFixture = (f: string) => fs.readFileSync(path.join(packDir(VALID_PACK), f), 'utf8');
const EN = 'modules/basics/guide.en.yaml';
const FR = 'modules/basics/guide.fr.yaml';

/** A valid guide for the fixture's "basics" module; `words` keeps the two languages apart. */
function guide(words: string, edit: (lines: string[]) => void = () => {}): string {
  const lines = [
    'objectives:', // 1
    `  - ${words} objective one`, // 2
    `  - ${words} objective two`, // 3
    `  - ${words} objective three`, // 4
    'plan:', // 5
    '  - minutes: 20', // 6
    `    activity: ${words} welcome`, // 7
    '    mode: discussion', // 8
    '  - minutes: 90', // 9
    `    activity: ${words} present`, // 10
    '    mode: present', // 11
    '    lessons: [intro]', // 12
    '  - minutes: 60', // 13
    `    activity: ${words} exercise`, // 14
    '    mode: exercise', // 15
    '  - minutes: 40', // 16
    `    activity: ${words} self-study and quiz`, // 17
    '    mode: self-study', // 18
    '    lessons: [channels]', // 19
    '    quiz: basics-quiz', // 20
    'discussion:', // 21
    ...[1, 2, 3].flatMap((n) => [`  - question: ${words} question ${n}?`, `    modelAnswer: ${words} answer ${n}.`]), // 22–27
    'groupExercise:', // 28
    `  title: ${words} title`, // 29
    `  caseOrDocument: ${words} CN23`, // 30
    `  roles: [${words} officer, ${words} operator]`, // 31
    `  materials: [${words} a CN23]`, // 32
    `  steps: [${words} read it, ${words} discuss it]`, // 33
    `  debrief: [${words} what was missing]`, // 34
    'misconceptions:', // 35
    ...[1, 2, 3].flatMap((n) => [`  - misconception: ${words} wrong ${n}`, `    correction: ${words} right ${n}`]), // 36–41
    'nationalAdaptation:', // 42
    `  - where: ${words} lesson intro`, // 43
    `    what: ${words} threshold`, // 44
    `  - where: ${words} lesson channels`, // 45
    `    what: ${words} forms`, // 46
  ];
  edit(lines);
  return `${lines.join('\n')}\n`;
}

const check = (files: Record<string, string>) => {
  const { pack, problems } = loadFixtureWith(VALID_PACK, files);
  return { pack, messages: problems.map((p) => `${p.file}:${p.line}: ${p.message}`) };
};

describe('facilitator guides in content:check', () => {
  it('accepts a module with a sound guide in every language and keeps it in the pack', () => {
    const { pack, messages } = check({ [EN]: guide('en'), [FR]: guide('fr') });
    expect(messages).toEqual([]);
    expect(pack!.guides!.get('basics')!['fr']!.plan[1]!.lessons).toEqual(['intro']);
  });

  it('a pack without guides still loads (they are optional)', () => {
    expect(check({}).messages).toEqual([]);
  });

  it('reports a guide missing in French on the English guide', () => {
    expect(check({ [EN]: guide('en') }).messages).toEqual([`${EN}:1: facilitator guide has no "fr" version: add ${FR}`]);
  });

  it('reports a schema defect at its line', () => {
    const broken = guide('fr', (l) => {
      l[14] = '    mode: lecture';
    });
    expect(check({ [EN]: guide('en'), [FR]: broken }).messages).toEqual([`${FR}:15: "plan[2].mode" must be one of present, self-study, exercise, discussion`]);
  });

  it('reports a plan that is not a half day', () => {
    const long = guide('en', (l) => {
      l[8] = '  - minutes: 150';
    });
    expect(check({ [EN]: long, [FR]: guide('fr') }).messages).toEqual([`${EN}:6: "plan" the steps must add up to a half day: 180 to 240 minutes`]);
  });

  it('reports lessons and quizzes that are not in the module, at their lines', () => {
    const wrong = guide('en', (l) => {
      l[11] = '    lessons: [intro, no-such-lesson]';
      l[19] = '    quiz: intro-checkz';
    });
    expect(check({ [EN]: wrong, [FR]: guide('fr') }).messages).toEqual([
      `${EN}:12: no lesson "no-such-lesson" in module "basics"`,
      `${EN}:20: no quiz "intro-checkz" in module "basics"`,
    ]);
  });

  it('reports a plan that leaves a lesson of the module out', () => {
    const without = guide('en', (l) => {
      l[18] = '    lessons: [intro]'; // "channels" was only in step 4
    });
    expect(check({ [EN]: without, [FR]: guide('fr') }).messages).toEqual([
      `${EN}:6: the plan leaves out lesson "channels": give it a step, for instance as self-study`,
    ]);
  });

  it('reports a translation that plans another session, at the differing line', () => {
    const drifted = guide('fr', (l) => {
      l[8] = '  - minutes: 80'; // step 2 shorter…
      l[12] = '  - minutes: 70'; // …step 3 longer: same total, another session
      l[17] = '    mode: present';
      l.push('  - where: fr customs code', '    what: fr legal basis'); // one adaptation point more
    });
    expect(check({ [EN]: guide('en'), [FR]: drifted }).messages).toEqual([
      `${FR}:43: differs from the en guide in number of national adaptation points: en has 2, fr has 3`,
      `${FR}:9: differs from the en guide in plan step 2 minutes: en has 90, fr has 80`,
      `${FR}:13: differs from the en guide in plan step 3 minutes: en has 60, fr has 70`,
      `${FR}:18: differs from the en guide in plan step 4 mode: en has self-study, fr has present`,
    ]);
  });

  it('content:stats counts the guides and the speaker notes per language', () => {
    const withNotes = (lang: string) => {
      const file = `modules/basics/lessons/intro.${lang}.md`;
      const text = readFixture(file).replace(/^(## .*)$/gm, `$1\n\n::: notes\n${lang} note\n:::`);
      return { [file]: text };
    };
    const { pack, messages } = check({ [EN]: guide('en'), [FR]: guide('fr'), ...withNotes('en'), ...withNotes('fr') });
    expect(messages).toEqual([]);
    for (const l of Object.values(packStats(pack!).languages)) expect(l).toMatchObject({ facilitatorGuides: 1, speakerNotes: 2, lessonsWithSpeakerNotes: 1 });
    expect(formatStats(packStats(pack!))).toMatch(/^ +facilitator guides: 1 of 1 modules; speaker notes: 2 in 1 of 2 lessons$/m);
    expect(formatStats(packStats(check({}).pack!))).toMatch(/^ +facilitator guides: 0 of 1 modules; speaker notes: 0 in 0 of 2 lessons$/m);
  });

  it('guideFor gives the guide in the requested language, else in the pack’s first language, and nothing for a module without one', () => {
    const { pack } = check({ [EN]: guide('en'), [FR]: guide('fr') });
    expect(guideFor(pack!, 'basics', 'fr')).toMatchObject({ lang: 'fr', fallback: false, guide: { objectives: ['fr objective one', 'fr objective two', 'fr objective three'] } });
    expect(guideFor(pack!, 'basics', 'de')).toMatchObject({ lang: 'en', fallback: true, guide: { objectives: ['en objective one', 'en objective two', 'en objective three'] } });
    expect(guideFor(pack!, 'no-such-module', 'en')).toBeUndefined();
    expect(guideFor(check({}).pack!, 'basics', 'en')).toBeUndefined();
  });
});
