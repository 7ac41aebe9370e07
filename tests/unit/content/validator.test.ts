// The pack validator, as a trainer meets it: each bad fixture is valid-minimal with one defect,
// and the validator must name that defect's file and line, say what is wrong, and report
// nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/core/content/loadPack';
import type { Problem } from '../../../src/core/content/problems';
import { readPackDir } from '../../../electron/services/content/packReader';
import { BAD_PACKS, PACKS_DIR, VALID_PACK, listFiles, loadFixture, locate, packDir } from './fixturePacks';

const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) =>
  a.file.localeCompare(b.file) || a.line - b.line;

describe('the valid-minimal pack', () => {
  const { pack, problems } = loadFixture(VALID_PACK);

  it('loads with no problem at all', () => {
    expect(problems).toEqual([]);
    expect(pack).not.toBeNull();
  });

  it('keeps the manifest, the module and both lessons in teaching order', () => {
    expect(pack?.manifest).toMatchObject({ id: 'valid-minimal', version: '1.0.0', languages: ['en', 'fr'] });
    expect(pack?.modules.map((m) => ({ id: m.id, lessonIds: m.lessonIds, quiz: m.quiz }))).toEqual([
      { id: 'basics', lessonIds: ['intro', 'channels'], quiz: 'basics-quiz' },
    ]);
    expect([...(pack?.lessons.keys() ?? [])]).toEqual(['intro', 'channels']);
    const intro = pack?.lessons.get('intro');
    expect(intro?.check).toBe('intro-check');
    expect(Object.keys(intro?.byLang ?? {})).toEqual(['en', 'fr']);
    expect(intro?.byLang['en']?.frontMatter).toMatchObject({ id: 'intro', minutes: 10, standard: 3, tags: ['definition'] });
    expect(intro?.byLang['fr']?.frontMatter.title).toBe("Qu'est-ce que le commerce électronique transfrontalier ?");
    // The body starts after the front matter: no "---", no "id:" line.
    expect(intro?.byLang['en']?.body).not.toMatch(/^---|^id:/m);
    expect(intro?.byLang['en']?.body).toMatch(/^## Why it matters$/m);
  });

  it('keeps both quizzes, tells a knowledge check from the module quiz, and applies defaults', () => {
    const check = pack?.quizzes.get('intro-check');
    const moduleQuiz = pack?.quizzes.get('basics-quiz');
    expect(check).toMatchObject({ moduleId: 'basics', lessonId: 'intro', passMark: 0.5 });
    expect(moduleQuiz?.lessonId).toBeUndefined();
    expect(moduleQuiz?.passMark).toBe(0.8);
    expect(check?.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'true-false']);
    expect(check?.questions[1]).toMatchObject({ type: 'multiple', scoring: 'partial', answers: ['a', 'c'] });
    expect(check?.questions[2]).toMatchObject({ type: 'true-false', answer: false });
  });

  it('keeps the glossary', () => {
    expect(pack?.glossary.map((t) => t.id)).toEqual(['express-carrier', 'destination-country', 'aed', 'customs-broker']);
  });
});

describe('each bad pack reports its one defect, at its file and line, and nothing else', () => {
  it('has a fixture folder for every case, and no fixture without a case', () => {
    const onDisk = fs
      .readdirSync(PACKS_DIR)
      .filter((n) => n.startsWith('bad-'))
      .sort();
    expect(onDisk).toEqual(BAD_PACKS.map((c) => `bad-${c.name}`).sort());
  });

  for (const c of BAD_PACKS) {
    describe(`bad-${c.name}`, () => {
      it('differs from valid-minimal only in the files of its defect', () => {
        const good = packDir(VALID_PACK);
        const bad = packDir(`bad-${c.name}`);
        const all = [...new Set([...listFiles(good), ...listFiles(bad)])];
        const differs = all.filter((f) => {
          const a = path.join(good, f);
          const b = path.join(bad, f);
          return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b));
        });
        expect(differs.sort()).toEqual([...c.differs].sort());
      });

      it('is refused, with exactly the expected problems', () => {
        const { pack, problems } = loadFixture(`bad-${c.name}`);
        const expected = locate(c).sort(byPlace);
        expect(pack).toBeNull();
        expect([...problems].sort(byPlace)).toEqual(
          expected.map((e) => expect.objectContaining({ file: e.file, line: e.line, message: expect.stringMatching(e.message) })),
        );
      });
    });
  }

  it('media-outside-pack is refused for its path even though the file it names exists', () => {
    // Not merely "not found": ../secret.svg is a real file next to the pack folders.
    expect(fs.existsSync(path.join(packDir('bad-media-outside-pack'), '..', 'secret.svg'))).toBe(true);
  });
});

describe('a media file that is a symbolic link', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  /** A copy of valid-minimal in a temp folder, with media/parcel-route.svg replaced by a link. */
  function packWithLinkedMedia(target: (root: string, pack: string) => string): string {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-symlink-'));
    const pack = path.join(tmp, 'pack');
    fs.cpSync(packDir(VALID_PACK), pack, { recursive: true });
    const media = path.join(pack, 'media', 'parcel-route.svg');
    const svg = fs.readFileSync(media);
    fs.rmSync(media);
    fs.symlinkSync(target(tmp, pack), media);
    fs.writeFileSync(path.join(tmp, 'outside.svg'), svg);
    fs.writeFileSync(path.join(pack, 'media', 'real.svg'), svg);
    return pack;
  }

  it('pointing outside the pack is reported on each lesson line that shows it', () => {
    const pack = packWithLinkedMedia((root) => path.join(root, 'outside.svg'));
    expect(fs.readFileSync(path.join(pack, 'media', 'parcel-route.svg'), 'utf8')).toMatch(/<svg/); // the link works
    const { pack: loaded, problems } = loadPack(readPackDir(pack));
    const lineIn = (lang: string): number =>
      fs
        .readFileSync(path.join(pack, `modules/basics/lessons/intro.${lang}.md`), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('](media/parcel-route.svg')) + 1;
    expect(loaded).toBeNull();
    expect(problems).toEqual<Problem[]>([
      { file: 'modules/basics/lessons/intro.en.md', line: lineIn('en'), message: expect.stringMatching(/^missing media: "media\/parcel-route\.svg"/) },
      { file: 'modules/basics/lessons/intro.fr.md', line: lineIn('fr'), message: expect.stringMatching(/^missing media: "media\/parcel-route\.svg"/) },
    ]);
    expect(lineIn('en')).toBeGreaterThan(0);
    expect(lineIn('fr')).toBeGreaterThan(0);
  });

  it('pointing at another file inside the pack is accepted (the control case)', () => {
    const pack = packWithLinkedMedia(() => 'real.svg');
    expect(loadPack(readPackDir(pack)).problems).toEqual([]);
  });
});
