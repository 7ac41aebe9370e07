// Import and export on real folders: a new pack from an empty folder, a new module in an
// existing pack, and every refusal leaving the folder exactly as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportPack, importGift, readGiftFile } from '../../../electron/services/gift/giftService';
import { writeAllOrNothing } from '../../../electron/services/gift/stagedWrite';
import { useTempDirs } from '../tempDirs';
import { GIFT_DIR, REPO_ROOT, SOURCE_PACK, copyDir, giftFixture, lineOfText, loadDir, snapshot } from './giftFixtures';

const tempDir = useTempDirs('gift-service-');
const PACKS = path.join(REPO_ROOT, 'tests/fixtures/packs');
const SMALL = '$CATEGORY: customs/checks\n\n::q1::Customs can release low-risk parcels on arrival.{T}\n\n::q2::Who sends postal data?{=The post ~The buyer}\n';

const filesIn = (dir: string) =>
  Object.entries(snapshot(dir))
    .filter(([, bytes]) => bytes !== '<dir>')
    .map(([file]) => file)
    .sort();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('importGift into an empty folder', () => {
  it('makes a minimal valid pack: one language, one module, a stub lesson per quiz', () => {
    const dir = path.join(tempDir(), 'national-module');
    fs.mkdirSync(dir);
    const result = importGift(SMALL, dir, 'fr', { sourceName: 'douane.gift' });
    expect(result.problems).toEqual([]);
    expect(filesIn(dir)).toEqual([
      'modules/douane/lessons/checks.fr.md',
      'modules/douane/module.yaml',
      'modules/douane/quizzes/checks.yaml',
      'pack.yaml',
    ]);
    expect(result.written.map((f) => path.relative(dir, f)).sort()).toEqual([
      'modules/douane/lessons/checks.fr.md',
      'modules/douane/module.yaml',
      'modules/douane/quizzes/checks.yaml',
      'pack.yaml',
    ]);
    const { pack, problems } = loadDir(dir);
    expect(problems).toEqual([]);
    expect(pack?.manifest).toMatchObject({ id: 'national-module', languages: ['fr'], modules: ['douane'] });
    expect(pack?.quizzes.get('checks')?.questions.map((q) => q.type)).toEqual(['true-false', 'single']);
    // Neutral explanations in the target language.
    expect(pack?.quizzes.get('checks')?.questions[1]).toMatchObject({ options: [{ explanation: { fr: 'Bonne réponse.' } }, { explanation: { fr: 'Mauvaise réponse.' } }] });
    expect(fs.readFileSync(path.join(dir, 'modules/douane/lessons/checks.fr.md'), 'utf8')).toMatch(/^---\nid: checks\ntitle: checks\n---\n\nCes questions ont été importées/);
  });

  it('creates the folder when it does not exist', () => {
    const dir = path.join(tempDir(), 'a', 'b');
    expect(importGift(SMALL, dir).problems).toEqual([]);
    expect(loadDir(dir).problems).toEqual([]);
  });

  it('names the quiz after the file when the questions come before any category', () => {
    const dir = path.join(tempDir(), 'p');
    const result = importGift('::q1::Is it?{T}\n', dir, 'en', { sourceName: 'Risk Management.gift' });
    expect(result.quizzes.map((q) => q.file)).toEqual(['modules/risk-management/quizzes/risk-management.yaml']);
    expect(loadDir(dir).problems).toEqual([]);
  });
});

describe('importGift into an existing pack', () => {
  it('adds a new module; existing files stay as they were, pack.yaml only gains the module', () => {
    const dir = copyDir(path.join(PACKS, 'english-only'), path.join(tempDir(), 'english-only'));
    const before = snapshot(dir);
    const manifestBefore = fs.readFileSync(path.join(dir, 'pack.yaml'), 'utf8');
    const result = importGift(SMALL, dir, 'en', { sourceName: 'more-checks.gift' });
    expect(result.problems).toEqual([]);
    const after = snapshot(dir);
    for (const [file, bytes] of Object.entries(before)) if (file !== 'pack.yaml') expect(after[file], file).toBe(bytes);
    expect(fs.readFileSync(path.join(dir, 'pack.yaml'), 'utf8')).toBe(manifestBefore.replace('modules: [ basics ]', 'modules: [ basics, more-checks ]'));
    const { pack, problems } = loadDir(dir);
    expect(problems).toEqual([]);
    expect(pack?.modules.map((m) => m.id)).toEqual(['basics', 'more-checks']);
    expect([...(pack?.quizzes.keys() ?? [])]).toEqual(['intro-check', 'basics-quiz', 'checks']);
  });

  it('never replaces: a second import gets its own module and quiz ids', () => {
    const dir = path.join(tempDir(), 'p');
    expect(importGift(SMALL, dir, 'en', { sourceName: 'checks.gift' }).problems).toEqual([]);
    const second = importGift(SMALL, dir, 'en', { sourceName: 'checks.gift' });
    expect(second.problems).toEqual([]);
    expect(second.quizzes.map((q) => q.file)).toEqual(['modules/checks-2/quizzes/checks-2.yaml']);
    const { pack, problems } = loadDir(dir);
    expect(problems).toEqual([]);
    expect(pack?.manifest.modules).toEqual(['checks', 'checks-2']);
  });

  it('refuses a module id that exists', () => {
    const dir = copyDir(path.join(PACKS, 'english-only'), path.join(tempDir(), 'p'));
    const before = snapshot(dir);
    expect(importGift(SMALL, dir, 'en', { module: 'basics' }).problems.map((p) => p.message)).toEqual([
      'module "basics" already exists in the pack: choose another --module (existing files are never replaced)',
    ]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a refused import leaves the folder exactly as it was', () => {
  const malformedLine = lineOfText('malformed.gift', '::broken::');

  it('names each problem by a reason key with its values and line, for the app to translate', () => {
    const dir = path.join(tempDir(), 'target');
    const [first] = importGift(giftFixture('malformed.gift'), dir, 'en').problems;
    expect(first).toEqual({ reason: 'errors.gift.unclosedBlock', params: {}, line: malformedLine, message: expect.any(String) });
    const [pairs] = importGift('::bad::Match.{=a -> b}\n', dir, 'en').problems;
    expect(pairs).toMatchObject({ reason: 'errors.gift.tooFewPairs', params: { count: 1 }, line: 1 });
  });

  it.each([
    ['malformed GIFT, into an empty folder', 'empty', giftFixture('malformed.gift'), 'en', [`line ${malformedLine}: unclosed answer block: "{" has no closing "}"`]],
    ['malformed GIFT, into an existing pack', 'english-only', giftFixture('malformed.gift'), 'en', [`line ${malformedLine}: unclosed answer block: "{" has no closing "}"`]],
    ['a question that cannot be valid', 'english-only', '::ok::Fine?{T}\n\n::bad::Match.{=a -> b}\n', 'en', ['line 3: a matching question needs at least two pairs (it has 1)']],
    ['a bilingual pack (GIFT has one language)', 'valid-minimal', SMALL, 'en', [expect.stringMatching(/^the pack is in en, fr, but a GIFT file holds one language: the imported questions would have no fr text/)]],
    ['a language the pack does not have', 'english-only', SMALL, 'fr', ['the pack is in en, not in "fr": import with --lang en, or into another pack']],
    ['a language with no neutral texts', 'empty', SMALL, 'de', [expect.stringMatching(/^no neutral feedback texts for "de" yet \(known: en, fr\)/)]],
    ['a pack with problems', 'bad-answer-key-points-at-nothing', SMALL, 'en', ['the pack has problems; fix them first (npm run content:check):', expect.stringMatching(/intro-check\.yaml:\d+: question "q1": answer key "z"/)]],
    ['only questions with no counterpart', 'empty', '::e::Explain.{}\n', 'en', ['no question to import']],
  ])('%s', (_name, fixture, gift, lang, problems) => {
    const dir = path.join(tempDir(), 'target');
    if (fixture === 'empty') fs.mkdirSync(dir);
    else copyDir(path.join(PACKS, fixture), dir);
    const before = snapshot(dir);
    const result = importGift(gift, dir, lang);
    expect(result.problems.map((p) => p.message)).toEqual(problems);
    expect(result.written).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a folder that is neither a pack nor empty', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(importGift(SMALL, dir).problems.map((p) => p.message)).toEqual([expect.stringMatching(/is neither a pack \(no pack\.yaml\) nor an empty folder/)]);
    expect(snapshot(dir)).toEqual({ 'notes.txt': Buffer.from('mine').toString('base64') });
  });

  it('undoes every file already moved into place when a later one fails', () => {
    const dir = copyDir(path.join(PACKS, 'english-only'), path.join(tempDir(), 'p'));
    const before = snapshot(dir);
    const rename = fs.renameSync;
    let calls = 0;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (++calls === 3) throw new Error('disk full');
      rename(from, to);
    });
    const result = importGift(SMALL, dir, 'en', { sourceName: 'checks.gift' });
    expect(calls).toBe(3);
    expect(result.problems.map((p) => p.message)).toEqual(['nothing written: disk full']);
    expect(snapshot(dir)).toEqual(before);
  });

  it('writeAllOrNothing refuses to replace a file it was told is new, and removes what it staged', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'b.txt'), 'old');
    expect(() =>
      writeAllOrNothing(dir, [
        { path: 'a/one.txt', text: '1', replaces: false },
        { path: 'b.txt', text: '2', replaces: false },
      ]),
    ).toThrow('b.txt already exists');
    expect(snapshot(dir)).toEqual({ 'b.txt': Buffer.from('old').toString('base64') });
    expect(() => writeAllOrNothing(dir, [{ path: '../escape.txt', text: 'x', replaces: false }])).toThrow(/outside the pack folder/);
  });
});

describe('readGiftFile', () => {
  it('reads UTF-8, and refuses another encoding rather than import broken letters', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'utf8.gift'), 'Déclaration ?{T}');
    fs.writeFileSync(path.join(dir, 'latin1.gift'), Buffer.from('Déclaration ?{T}', 'latin1'));
    expect(readGiftFile(path.join(dir, 'utf8.gift'))).toEqual({ text: 'Déclaration ?{T}' });
    expect(readGiftFile(path.join(dir, 'latin1.gift')).problem).toMatch(/is not UTF-8 text/);
    expect(readGiftFile(path.join(dir, 'missing.gift')).problem).toMatch(/not found/);
  });
});

describe('exportPack', () => {
  it('refuses a pack with problems, and a language the pack does not have', () => {
    expect(exportPack(path.join(PACKS, 'bad-no-correct-answer'), 'en').problems[0]?.message).toMatch(/intro-check\.yaml:\d+: question "q1": no correct answer/);
    expect(exportPack(path.join(PACKS, 'english-only'), 'fr').problems).toEqual([
      { reason: 'errors.gift.packLacksLanguage', params: { lang: 'fr', langs: 'en' }, message: 'the pack has no "fr" text (its languages: en)' },
    ]);
  });
});

describe('npm run questions (the CLI, run for real)', () => {
  const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
  const run = (...args: string[]) => {
    const r = spawnSync(TSX, ['electron/services/cli/questions.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw r.error;
    return r;
  };

  it('export: writes the file and lists, with reasons, what it approximated or could not write', () => {
    const out = path.join(tempDir(), 'out.gift');
    const r = run('export', '--format', 'gift', '--pack', SOURCE_PACK, '--lang', 'fr', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Exported 11 question\(s\) to .*out\.gift\.$/m);
    expect(r.stdout).toMatch(/^ {2}basics\/all-types\/multiple-strict \(multiple\): all-or-nothing scoring cannot be written in GIFT/m);
    expect(r.stdout).toMatch(/^Not exported \(4\): GIFT cannot express them:$/m);
    expect(r.stdout).toMatch(/^ {2}basics\/all-types\/ordering \(ordering\): GIFT has no ordering question$/m);
    expect(r.stdout).toMatch(/^ {2}basics\/all-types\/two-blanks \(cloze\): 2 blanks/m);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\$CATEGORY: gift-source\/basics\/all-types$/m);
  }, 60_000);

  it('import: a malformed file is refused with its line, exit 1, and the folder is unchanged', () => {
    const dir = copyDir(path.join(PACKS, 'english-only'), path.join(tempDir(), 'p'));
    const before = snapshot(dir);
    const r = run('import', '--format', 'gift', '--in', path.join(GIFT_DIR, 'malformed.gift'), '--out', dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`malformed.gift: line ${lineOfText('malformed.gift', '::broken::')}: unclosed answer block`);
    expect(r.stdout).toMatch(/^Nothing imported: 1 problem\(s\)\. .* is unchanged\.$/m);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('import: writes the pack and reports what changed and what was skipped', () => {
    const dir = path.join(tempDir(), 'moodle');
    const r = run('import', '--format', 'gift', '--in', path.join(GIFT_DIR, 'moodle-examples.gift'), '--out', dir, '--lang', 'en', '--module', 'from-moodle');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Imported 41 question\(s\) into .*moodle:$/m);
    expect(r.stdout).toMatch(/^ {2}modules\/from-moodle\/quizzes\/harry\.yaml: 9 question\(s\) \("harry"\)$/m);
    expect(r.stdout).toMatch(/^ {2}.*moodle-examples\.gift: line \d+: essay/m);
    expect(loadDir(dir).problems).toEqual([]);
  }, 60_000);

  it('bad usage exits 2 with the usage', () => {
    const r = run('import', '--format', 'qti', '--in', 'x', '--out', 'y');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^unknown format "qti" \(known: gift\)\nUsage:/);
  }, 60_000);
});
