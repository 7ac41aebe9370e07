import { describe, expect, it } from 'vitest';
import { classSessionSchema, prePostByModule } from '../../../src/core/classes/session';
import type { SavedClassSession } from '../../../src/core/trainer/classSession';
import { DIAGNOSTIC_QUIZ_ID, sessionForClass } from '../../../src/core/trainer/classRecord';

const base: Omit<SavedClassSession, 'kind' | 'id' | 'questions'> = {
  packId: 'wco-ecommerce',
  title: 'Pre-test',
  lang: 'en',
  startedAt: '2026-12-05T09:00:00.000Z',
  endedAt: '2026-12-05T09:20:00.000Z',
};

describe('a whole-class session filed in a class', () => {
  it('keeps only counted questions, with the hands per choice and the share right (computed by hand)', () => {
    const s: SavedClassSession = {
      ...base,
      id: '20261205T092000Z-ab12cd34',
      kind: 'pretest',
      questions: [
        // 12 of 15 hands on the right option: 0.8.
        { id: 'basics-quiz/q1', moduleId: 'basics', prompt: 'Who?', choices: [{ id: 'a', label: 'Customs', correct: true, hands: 12 }, { id: 'b', label: 'Post', correct: false, hands: 3 }] },
        // Not counted: left out.
        { id: 'revenue-quiz/q2', moduleId: 'revenue', prompt: 'What?', choices: [{ id: 'a', label: 'x', correct: true, hands: null }, { id: 'b', label: 'y', correct: false, hands: null }] },
      ],
    };
    const record = sessionForClass(s)!;
    expect(classSessionSchema.parse(record)).toEqual(record);
    expect(record).toEqual({
      id: '20261205t092000z-ab12cd34',
      quizId: DIAGNOSTIC_QUIZ_ID,
      kind: 'pretest',
      at: base.endedAt,
      questions: [{ questionId: 'basics-quiz/q1', moduleId: 'basics', counts: { a: 12, b: 3 }, shareCorrect: 0.8 }],
    });
  });

  it('a session with no hands counted has nothing to file', () => {
    const s: SavedClassSession = { ...base, id: 'x', kind: 'quiz', quizId: 'basics-quiz', questions: [{ id: 'q1', moduleId: 'basics', prompt: 'p', choices: [{ id: 'a', label: 'l', correct: true, hands: null }] }] };
    expect(sessionForClass(s)).toBeUndefined();
  });

  it('filed pre- and post-tests give the class view its difference per module', () => {
    const run = (kind: 'pretest' | 'posttest', right: number, at: string): SavedClassSession => ({
      ...base,
      endedAt: at,
      id: `${kind}-1`,
      kind,
      questions: [{ id: 'q1', moduleId: 'basics', prompt: 'p', choices: [{ id: 'a', label: 'l', correct: true, hands: right }, { id: 'b', label: 'm', correct: false, hands: 20 - right }] }],
    });
    const rows = prePostByModule([sessionForClass(run('pretest', 8, '2026-12-01T10:00:00.000Z'))!, sessionForClass(run('posttest', 17, '2026-12-05T10:00:00.000Z'))!], ['basics']);
    // 8/20 = 0.40 before, 17/20 = 0.85 after: +0.45.
    expect(rows).toHaveLength(1);
    expect(rows[0]!.pre).toBeCloseTo(0.4);
    expect(rows[0]!.post).toBeCloseTo(0.85);
    expect(rows[0]!.difference).toBeCloseTo(0.45);
  });
});
