// `npm run content:stats`, run for real. The course's own numbers are requirements: this test
// fails the day a module loses its check, a language falls behind, or the bank shrinks.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/core/content/loadPack';
import { formatStats, packStats, type PackStats } from '../../../src/core/content/stats';
import { QUESTION_TYPES } from '../../../src/core/content/schemas';
import { readPackDir } from '../../../electron/services/content/packReader';
import { packDir, REPO_ROOT, VALID_PACK } from './fixturePacks';

const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
const stats = (...args: string[]) => spawnSync(TSX, ['electron/services/cli/contentStats.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });

describe('packStats', () => {
  const { pack } = loadPack(readPackDir(packDir(VALID_PACK)));
  const s = packStats(pack!);

  it('counts the fixture pack exactly, in each language', () => {
    for (const lang of ['en', 'fr']) {
      const l = s.languages[lang]!;
      expect(l).toMatchObject({ modules: 1, lessons: 2, standardLessons: 1, standards: [3], diagrams: 1, lessonsWithoutCheck: ['channels'], smallModuleQuizzes: ['basics-quiz'] });
      expect(l.objectivesPerLesson).toEqual({ intro: 0, channels: 0 });
      expect(l.lessonsWithoutObjectives).toEqual(['intro', 'channels']);
      expect(l.questions).toBe(Object.values(l.questionsByType).reduce((a, b) => a + b, 0));
      expect(l.questionsByType.single).toBe(2);
    }
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
    it(`${lang}: 300+ questions, 10+ of each new type, 60+ glossary terms, 6+ diagrams, all 15 standards, 2-4 objectives in every lesson`, () => {
      const l = course!.languages[lang]!;
      expect(l.questions).toBeGreaterThanOrEqual(300);
      for (const type of QUESTION_TYPES) expect(l.questionsByType[type], type).toBeGreaterThanOrEqual(10);
      expect(l.glossaryTerms).toBeGreaterThanOrEqual(60);
      expect(l.diagrams).toBeGreaterThanOrEqual(6);
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
    it(`${lang}: the final exam draws 40 from a bank of 120+ covering every other module`, () => {
      const l = course!.languages[lang]!;
      expect(l.finalExam).toMatchObject({ draws: 40 });
      expect(l.finalExam!.bank).toBeGreaterThanOrEqual(120);
      expect(l.finalExam!.modulesInBank).toBe(l.modules - 1);
    });
  }
  it('both languages have the same numbers', () => {
    expect(course!.languages.fr).toEqual(course!.languages.en);
  });
});
