// Where the fixture packs live, and how a test finds the line of a defect in one of them.
// Lines are found by searching the fixture text, so editing a fixture cannot silently leave a
// hard-coded line number behind.
import fs from 'node:fs';
import path from 'node:path';
import { loadPack, type LoadResult } from '../../../src/core/content/loadPack';
import { readPackDir } from '../../../electron/services/content/packReader';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const PACKS_DIR = path.join(REPO_ROOT, 'tests/fixtures/packs');
/** The same folder as PACKS_DIR, as the CLI prints it when run from the repository root. */
export const PACKS_DIR_REL = 'tests/fixtures/packs';
export const VALID_PACK = 'valid-minimal';

export const packDir = (name: string): string => path.join(PACKS_DIR, name);

/** A fixture pack with some files replaced (path relative to the pack → new text). */
export function loadFixtureWith(name: string, files: Record<string, string>): LoadResult {
  const base = readPackDir(packDir(name));
  return loadPack({
    read: (f) => (Object.hasOwn(files, f) ? files[f] : base.read(f)),
    exists: (f) => Object.hasOwn(files, f) || base.exists(f),
  });
}

export function loadFixture(name: string): LoadResult {
  return loadPack(readPackDir(packDir(name)));
}

/**
 * The 1-based line of the `nth` line (1 = first) of `file` that contains `needle`. Throws
 * unless there are exactly `count` such lines, so an ambiguous needle is a test error, not a
 * lucky match.
 */
export function lineOfText(pack: string, file: string, needle: string, nth = 1, count = nth): number {
  const lines = fs.readFileSync(path.join(packDir(pack), file), 'utf8').split(/\r?\n/);
  const hits = lines.flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
  if (hits.length !== count) {
    throw new Error(`${pack}/${file}: expected ${count} line(s) containing ${JSON.stringify(needle)}, found ${hits.length}`);
  }
  const hit = hits[nth - 1];
  if (hit === undefined) throw new Error(`${pack}/${file}: no occurrence ${nth} of ${JSON.stringify(needle)}`);
  return hit;
}

const L = 'modules/basics/lessons';
const Q = 'modules/basics/quizzes';
const MODULE = 'modules/basics/module.yaml';

export interface ExpectedProblem {
  file: string;
  /** Text of the line the validator must point at. */
  needle: string;
  /** Which occurrence of `needle` (1-based), and how many the file holds; default: the only one. */
  nth?: number;
  count?: number;
  message: RegExp;
}

export interface BadPackCase {
  /** Folder name without the "bad-" prefix. */
  name: string;
  /** Files that differ from valid-minimal (changed, added or removed): the one defect. */
  differs: string[];
  /** Every problem the validator must report, and nothing else. */
  problems: ExpectedProblem[];
}

export const BAD_PACKS: readonly BadPackCase[] = [
  {
    name: 'missing-translation-lesson',
    differs: [`${L}/channels.fr.md`],
    problems: [
      {
        file: MODULE,
        needle: '- id: channels',
        message: /^missing translation: lesson "channels" has no "fr" file \(expected modules\/basics\/lessons\/channels\.fr\.md\)$/,
      },
    ],
  },
  {
    name: 'missing-translation-text',
    differs: [`${Q}/intro-check.yaml`],
    problems: [
      {
        // The language-keyed block starts on its first key: the line right under "explanation:".
        file: `${Q}/intro-check.yaml`,
        needle: 'en: Wrong. The buyer does not talk to customs',
        message: /^missing translation: "questions\[0\]\.options\[0\]\.explanation" has no "fr" text$/,
      },
    ],
  },
  {
    name: 'broken-lesson-link',
    differs: [`${L}/intro.en.md`],
    problems: [
      { file: `${L}/intro.en.md`, needle: '(lesson:no-such-lesson)', message: /^broken link: no lesson "no-such-lesson" in this pack$/ },
    ],
  },
  {
    name: 'broken-anchor',
    differs: [`${L}/intro.en.md`, `${L}/intro.fr.md`],
    problems: [
      {
        file: `${L}/intro.en.md`,
        needle: '(lesson:channels#no-such-heading)',
        message: /^broken link: lesson "channels" has no heading "no-such-heading" in "en"$/,
      },
      { file: `${L}/intro.fr.md`, needle: '(#missing)', message: /^broken link: no heading "missing" in this lesson$/ },
    ],
  },
  {
    name: 'missing-media',
    differs: [`${L}/intro.en.md`],
    problems: [
      {
        file: `${L}/intro.en.md`,
        needle: '](media/no-such-picture.svg',
        message: /^missing media: "media\/no-such-picture\.svg" not found in the pack \(a link leading out of the pack counts as missing\)$/,
      },
    ],
  },
  {
    name: 'media-outside-pack',
    differs: [`${L}/intro.en.md`],
    problems: [
      {
        file: `${L}/intro.en.md`,
        needle: '](../secret.svg',
        message: /^media path "\.\.\/secret\.svg" must stay inside the pack/,
      },
    ],
  },
  {
    name: 'unknown-glossary-term',
    differs: [`${L}/channels.en.md`],
    problems: [{ file: `${L}/channels.en.md`, needle: '[[xyz]]', message: /^unknown glossary term "xyz"$/ }],
  },
  {
    name: 'no-correct-answer',
    differs: [`${Q}/intro-check.yaml`],
    problems: [
      {
        // The "answer" line is gone, so the question itself is the place to point at.
        file: `${Q}/intro-check.yaml`,
        needle: '- id: q1',
        message: /^question "q1": no correct answer: set "answer" to the id of the correct option$/,
      },
      {
        file: `${Q}/intro-check.yaml`,
        needle: 'answers: []',
        message: /^question "q2": no correct answer: set "answers" to the id of each correct option$/,
      },
    ],
  },
  {
    name: 'answer-key-points-at-nothing',
    differs: [`${Q}/intro-check.yaml`],
    problems: [
      {
        file: `${Q}/intro-check.yaml`,
        needle: 'answer: z',
        message: /^question "q1": answer key "z" points at no option \(options: a, b\)$/,
      },
    ],
  },
  {
    name: 'duplicate-ids',
    differs: [MODULE, `${Q}/intro-check.yaml`],
    problems: [
      { file: MODULE, needle: '- id: intro', nth: 2, count: 2, message: /^duplicate lesson id "intro"$/ },
      { file: `${Q}/intro-check.yaml`, needle: '- id: q1', nth: 2, count: 2, message: /^question "q1": duplicate question id$/ },
    ],
  },
  {
    name: 'malformed-yaml',
    differs: [`${Q}/intro-check.yaml`],
    problems: [
      {
        file: `${Q}/intro-check.yaml`,
        needle: '     answer: b',
        message: /^malformed YAML: .*must start at the same column/,
      },
    ],
  },
  {
    name: 'malformed-front-matter',
    differs: [`${L}/intro.en.md`, `${L}/channels.fr.md`],
    problems: [
      // The opening "---" is the only one left in the file.
      { file: `${L}/intro.en.md`, needle: '---', message: /^malformed front matter: no closing "---" line$/ },
      { file: `${L}/channels.fr.md`, needle: 'title: Les filières: postale', message: /^malformed front matter: / },
    ],
  },
  {
    name: 'unknown-question-type',
    differs: [`${Q}/intro-check.yaml`],
    problems: [
      {
        file: `${Q}/intro-check.yaml`,
        needle: 'type: essay',
        message: /^"questions\[2\]\.type" unknown question type \(known: single, multiple, true-false, matching, ordering, cloze, numeric, scenario, inspection\)$/,
      },
    ],
  },
  {
    name: 'unknown-field',
    differs: [`${Q}/intro-check.yaml`],
    problems: [{ file: `${Q}/intro-check.yaml`, needle: 'corect: true', message: /^unknown field "questions\[0\]\.options\[1\]\.corect"$/ }],
  },
  {
    name: 'standard-out-of-range',
    differs: [`${L}/intro.en.md`],
    problems: [{ file: `${L}/intro.en.md`, needle: 'standard: 16', message: /^standard 16 is outside the Framework's standards 1–15$/ }],
  },
  {
    name: 'wrong-format-version',
    differs: ['pack.yaml'],
    problems: [{ file: 'pack.yaml', needle: 'formatVersion: 2', message: /^"formatVersion" must be 1$/ }],
  },
  {
    name: 'guide-missing-translation',
    differs: ['modules/basics/guide.en.yaml'],
    problems: [
      {
        file: 'modules/basics/guide.en.yaml',
        needle: '# Facilitator guide (en)',
        message: /^facilitator guide has no "fr" version: add modules\/basics\/guide\.fr\.yaml$/,
      },
    ],
  },
  {
    name: 'guide-unknown-lesson',
    differs: ['modules/basics/guide.en.yaml', 'modules/basics/guide.fr.yaml'],
    problems: [
      { file: 'modules/basics/guide.fr.yaml', needle: 'lessons: [chanels]', message: /^no lesson "chanels" in module "basics"$/ },
      // The misspelt lesson leaves the real one without a step; reported where the plan starts.
      { file: 'modules/basics/guide.fr.yaml', needle: '- minutes: 20', message: /^the plan leaves out lesson "channels": give it a step, for instance as self-study$/ },
    ],
  },
];

export interface Located {
  file: string;
  line: number;
  message: RegExp;
}

/** The expected problems of a bad pack, with their lines looked up in the fixture. */
export function locate(c: BadPackCase): Located[] {
  return c.problems.map((p) => ({
    file: p.file,
    line: lineOfText(`bad-${c.name}`, p.file, p.needle, p.nth, p.count),
    message: p.message,
  }));
}

/** Every file of a folder, relative to it, with forward slashes. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}
