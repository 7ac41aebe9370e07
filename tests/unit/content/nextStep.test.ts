// "Continue" after a quiz goes forward in the course, never back into the quiz just taken.
import { describe, expect, it } from 'vitest';
import { nextAfterQuiz } from '../../../src/core/content/catalogLookup';
import type { Catalog, ModuleSummary } from '../../../src/core/content/views';

const module = (id: string, lessons: string[], quizId?: string): ModuleSummary => ({
  id,
  title: id,
  lessons: lessons.map((l) => ({ id: l, title: l, checkId: `${l}-check` })),
  quizId,
});
const catalog: Catalog = {
  packs: [
    {
      id: 'p',
      version: '1.0.0',
      title: 'P',
      languages: ['en'],
      lang: 'en',
      fallback: false,
      modules: [module('m1', ['a', 'b'], 'm1-quiz'), module('empty', []), module('m2', ['c'], 'm2-quiz')],
    },
  ],
  rejected: [],
};
const step = (quizId: string) => {
  const s = nextAfterQuiz(catalog, 'p', quizId);
  return s && (s.kind === 'lesson' ? `lesson ${s.lesson.id}` : `quiz ${s.quizId}`);
};

describe('nextAfterQuiz', () => {
  it('after a lesson check: the next lesson, or the module quiz after the last lesson', () => {
    expect(step('a-check')).toBe('lesson b');
    expect(step('b-check')).toBe('quiz m1-quiz');
  });

  it('after a module quiz: the first lesson of the next module that has one', () => {
    expect(step('m1-quiz')).toBe('lesson c');
  });

  it('nothing after the last module, or for a quiz the catalog does not place', () => {
    expect(step('m2-quiz')).toBeUndefined();
    expect(step('final-exam')).toBeUndefined();
  });
});
