// The facilitator guide's shape (modules/<id>/guide.<lang>.yaml), as other parts of the app
// read it: a half-day plan, at least 3 objectives, discussion questions and misconceptions.
import { describe, expect, it } from 'vitest';
import { guidePath, guideSchema, planMinutes, type Guide } from '../../../src/core/content/guide';

const valid = (): Guide => ({
  objectives: ['Explain A', 'Apply B', 'Tell C from D'],
  plan: [
    { minutes: 30, activity: 'Welcome and warm-up', mode: 'discussion' },
    { minutes: 90, activity: 'Present the lesson', mode: 'present', lessons: ['intro'] },
    { minutes: 60, activity: 'Group exercise', mode: 'exercise' },
    { minutes: 30, activity: 'Quiz', mode: 'self-study', lessons: ['channels'], quiz: 'basics-quiz' },
  ],
  discussion: [1, 2, 3].map((n) => ({ question: `Q${n}?`, modelAnswer: `A${n}.` })),
  groupExercise: { title: 'T', caseOrDocument: 'The CN23', roles: ['officer'], materials: ['a CN23'], steps: ['read'], debrief: ['what did you see'] },
  misconceptions: [1, 2, 3].map((n) => ({ misconception: `M${n}`, correction: `C${n}` })),
  nationalAdaptation: [
    { where: 'Lesson x', what: 'your threshold' },
    { where: 'Lesson y', what: 'your forms' },
  ],
});

const issues = (data: unknown) => {
  const r = guideSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('facilitator guide schema', () => {
  it('accepts a complete half-day guide', () => {
    expect(issues(valid())).toEqual([]);
    expect(planMinutes(valid())).toBe(210);
  });

  it('names the file per module and language', () => expect(guidePath('basics', 'fr')).toBe('modules/basics/guide.fr.yaml'));

  it.each([
    [170, false],
    [180, true],
    [240, true],
    [241, false],
  ])('a plan of %i minutes is a half day: %s', (total, ok) => {
    const g = valid();
    g.plan[1]!.minutes = total - 120; // the other steps take 120 minutes
    expect(planMinutes(g)).toBe(total);
    expect(issues(g).length === 0).toBe(ok);
  });

  it('refuses fewer than 3 objectives, discussion questions or misconceptions, and fewer than 2 adaptation points', () => {
    const g = valid();
    g.objectives.pop();
    g.discussion.pop();
    g.misconceptions.pop();
    g.nationalAdaptation.pop();
    expect(issues(g)).toEqual([
      'objectives: list at least 3 learning objectives',
      'discussion: list at least 3 discussion questions',
      'misconceptions: list at least 3 misconceptions',
      'nationalAdaptation: list at least 2 national adaptation points',
    ]);
  });

  it('refuses an unknown mode, a misspelt key and an empty debrief', () => {
    const g = valid() as unknown as { plan: Record<string, unknown>[]; groupExercise: Record<string, unknown> };
    g.plan[1]!['mode'] = 'lecture';
    g.plan[2]!['minuts'] = 5;
    g.groupExercise['debrief'] = [];
    expect(issues(g)).toEqual([
      'plan.1.mode: must be one of present, self-study, exercise, discussion',
      'plan.2: Unrecognized key: "minuts"',
      'groupExercise.debrief: list at least one debriefing point',
    ]);
  });
});
