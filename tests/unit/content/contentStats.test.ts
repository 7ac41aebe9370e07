// `npm run content:stats`, run for real. The course's own numbers are requirements: this test
// fails the day a module loses its check, a language falls behind, or the bank shrinks.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/core/content/loadPack';
import { formatStats, packStats, type PackStats } from '../../../src/core/content/stats';
import { QUESTION_TYPES } from '../../../src/core/content/schemas';
import { speakerNotesOf } from '../../../src/core/markdown';
import { readPackDir } from '../../../electron/services/content/packReader';
import fs from 'node:fs';
import { loadFixtureWith, packDir, REPO_ROOT, VALID_PACK } from './fixturePacks';

const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
const stats = (...args: string[]) => spawnSync(TSX, ['electron/services/cli/contentStats.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });

describe('packStats', () => {
  const { pack } = loadPack(readPackDir(packDir(VALID_PACK)));
  const s = packStats(pack!);

  it('counts the fixture pack exactly, in each language', () => {
    for (const lang of ['en', 'fr']) {
      const l = s.languages[lang]!;
      expect(l).toMatchObject({ modules: 1, lessons: 2, standardLessons: 1, standards: [3], diagrams: 1, documents: 0, documentExercises: 0, dataExercises: 0, lessonsWithoutCheck: ['channels'], smallModuleQuizzes: ['basics-quiz'] });
      expect(l.objectivesPerLesson).toEqual({ intro: 0, channels: 0 });
      expect(l.lessonsWithoutObjectives).toEqual(['intro', 'channels']);
      expect(l.questions).toBe(Object.values(l.questionsByType).reduce((a, b) => a + b, 0));
      expect(l.questionsByType.single).toBe(2);
    }
  });

  it('counts a doc-* figure as a document, not a diagram, and the questions tagged document or data-exercise', () => {
    const lessons = 'modules/basics/lessons';
    const quiz = 'modules/basics/quizzes/intro-check.yaml';
    const read = (f: string) => fs.readFileSync(path.join(packDir(VALID_PACK), f), 'utf8');
    const withDoc = (f: string, alt: string) => read(f).replace(/^(!\[.*\]\(media\/parcel-route\.svg .*\))$/m, `$1\n\n![${alt}](media/doc-cn23.svg "CN23")`);
    const { pack, problems } = loadFixtureWith(VALID_PACK, {
      [`${lessons}/intro.en.md`]: withDoc(`${lessons}/intro.en.md`, 'A filled-in CN23'),
      [`${lessons}/intro.fr.md`]: withDoc(`${lessons}/intro.fr.md`, 'Une CN23 remplie'),
      'media/doc-cn23.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      // q1 works on a document, q2 on a data table, q3 on both.
      [quiz]: read(quiz)
        .replace(/^( {2}- id: q1\n)/m, '$1    tags: [document]\n')
        .replace(/^( {2}- id: q2\n)/m, '$1    tags: [data-exercise]\n')
        .replace(/^( {2}- id: q3\n)/m, '$1    tags: [document, data-exercise, other]\n'),
    });
    expect(problems).toEqual([]);
    for (const l of Object.values(packStats(pack!).languages)) {
      expect(l).toMatchObject({ diagrams: 1, documents: 1, documentExercises: 2, dataExercises: 2 });
    }
    expect(formatStats(packStats(pack!))).toMatch(/^ +documents 1, document exercises 2, data exercises 2$/m);
  });

  it('prints one block per language', () => {
    const text = formatStats(s);
    expect(text).toMatch(/^ {2}\[en\] modules 1, lessons 2 \(1 on a standard\), questions \d+$/m);
    expect(text).toMatch(/^ {2}\[fr\] modules 1/m);
    expect(text).toMatch(/FoS standards covered: 3$/m);
    expect(text).toMatch(/^ +learning objectives: 0 in 0 of 2 lessons$/m);
    expect(text).toMatch(/^ +lessons without learning objectives: intro, channels$/m);
  });
});

describe('the course meets its curriculum requirements (content:stats --json)', () => {
  const run = stats('--json');
  it('exits 0 with JSON for the built-in pack', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  const [course] = JSON.parse(run.stdout || '[]') as PackStats[];

  for (const lang of ['en', 'fr']) {
    it(`${lang}: 300+ questions, 10+ of each new type, 60+ glossary terms, 13+ diagrams, 6+ document or data exercises, all 15 standards, 2-4 objectives in every lesson`, () => {
      const l = course!.languages[lang]!;
      expect(l.questions).toBeGreaterThanOrEqual(300);
      for (const type of QUESTION_TYPES) expect(l.questionsByType[type], type).toBeGreaterThanOrEqual(10);
      expect(l.glossaryTerms).toBeGreaterThanOrEqual(60);
      expect(l.diagrams).toBeGreaterThanOrEqual(13);
      expect(l.documents).toBeGreaterThanOrEqual(2);
      expect(l.documentExercises + l.dataExercises).toBeGreaterThanOrEqual(6);
      expect(l.dataExercises).toBeGreaterThanOrEqual(1);
      expect(l.standards).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect(l.modulesWithSources).toBe(l.modules);
      expect(l.lessonsWithoutCheck).toEqual([]);
      expect(l.lessonsWithoutObjectives).toEqual([]);
      expect(Object.keys(l.objectivesPerLesson)).toHaveLength(l.lessons);
      for (const [lesson, n] of Object.entries(l.objectivesPerLesson)) expect(n, lesson).toBeGreaterThanOrEqual(2);
      for (const [lesson, n] of Object.entries(l.objectivesPerLesson)) expect(n, lesson).toBeLessThanOrEqual(4);
      expect(l.smallModuleQuizzes).toEqual([]);
      expect(l.unlinkedTerms).toEqual([]);
    });
    it(`${lang}: a facilitator guide for each of the 15 modules, and speaker notes in the lessons`, () => {
      const l = course!.languages[lang]!;
      expect(l.modules).toBe(15);
      expect(l.facilitatorGuides).toBe(l.modules);
      expect(l.lessonsWithSpeakerNotes).toBeGreaterThanOrEqual(2 * (l.modules - 1) + 1);
    });
    it(`${lang}: the final exam draws 40 from a bank of 120+ covering every other module`, () => {
      const l = course!.languages[lang]!;
      expect(l.finalExam).toMatchObject({ draws: 40 });
      expect(l.finalExam!.bank).toBeGreaterThanOrEqual(120);
      expect(l.finalExam!.modulesInBank).toBe(l.modules - 1);
    });
  }
  for (const lang of ['en', 'fr']) {
    it(`${lang}: under 5 % of distractors give themselves away with an absolute word (never, always, only, all...)`, () => {
      const a = course!.languages[lang]!.absoluteWordDistractors!;
      expect(a.distractors).toBeGreaterThanOrEqual(500);
      expect(a.withAbsoluteWord, a.items.join('\n')).toBeLessThan(a.distractors * 0.05);
    });
  }
  it('speaker notes sit in at least two lessons of every module (one for a one-lesson module), in both languages', () => {
    const { pack } = loadPack(readPackDir(path.join(REPO_ROOT, 'content/wco-ecommerce')));
    for (const module of pack!.modules) {
      for (const lang of ['en', 'fr']) {
        const withNotes = module.lessonIds.filter((id) => speakerNotesOf(pack!.lessons.get(id)!.byLang[lang]!.body).length > 0);
        expect(withNotes.length, `${module.id} ${lang}`).toBeGreaterThanOrEqual(Math.min(2, module.lessonIds.length));
      }
    }
  });
  it('both languages have the same numbers (the wording measure aside, which each language counts in its own words)', () => {
    const { absoluteWordDistractors: enWords, ...en } = course!.languages.en!;
    const { absoluteWordDistractors: frWords, ...fr } = course!.languages.fr!;
    expect(fr).toEqual(en);
    expect(frWords!.distractors).toBe(enWords!.distractors);
  });
});
