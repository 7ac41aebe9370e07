// A lesson's knowledge check is formative (3 of 4 pass); module quizzes and the final exam keep
// the stricter mark of their file. Checked on the rule and on the real course as loaded.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_PASS_MARK, passMarkFor, pointsToPass } from '../../../src/core/quiz/passRule';
import { scoreQuiz } from '../../../src/core/quiz/scoring';
import { questionView } from '../../../src/core/content/questionViews';
import { loadPack } from '../../../src/core/content/loadPack';
import { readPackDir } from '../../../electron/services/content/packReader';
import { REPO_ROOT } from '../content/fixturePacks';

describe('passMarkFor', () => {
  it('caps a lesson check at 3 of 4 and leaves other quizzes as written', () => {
    expect(CHECK_PASS_MARK).toBe(0.75);
    expect(passMarkFor(0.8, true)).toBe(0.75);
    expect(passMarkFor(0.5, true)).toBe(0.5);
    expect(passMarkFor(0.8, false)).toBe(0.8);
    expect(passMarkFor(0.9, false)).toBe(0.9);
  });

  it('names the right answers needed: 3 of 4 at 75 %, 4 of 4 at 80 %, 8 of 10 at 80 %', () => {
    expect(pointsToPass(0.75, 4)).toBe(3);
    expect(pointsToPass(0.8, 4)).toBe(4);
    expect(pointsToPass(0.8, 10)).toBe(8);
    expect(pointsToPass(0.7, 10)).toBe(7);
  });
});

describe('the built-in course as loaded', () => {
  const { pack } = loadPack(readPackDir(path.join(REPO_ROOT, 'content/wco-ecommerce')));
  it('loads', () => expect(pack).toBeDefined());

  it('every lesson check passes at 3 of 4 at most; module quizzes keep their own mark', () => {
    const checks = [...pack!.quizzes.values()].filter((q) => q.lessonId);
    const others = [...pack!.quizzes.values()].filter((q) => !q.lessonId);
    expect(checks.length).toBeGreaterThan(10);
    for (const q of checks) expect(q.passMark, q.id).toBeLessThanOrEqual(CHECK_PASS_MARK);
    expect(others.some((q) => q.passMark > CHECK_PASS_MARK)).toBe(true);
  });

  it('one slip in a four-question check still passes', () => {
    const check = [...pack!.quizzes.values()].find((q) => q.lessonId && q.questions.length === 4 && q.questions.every((x) => ['single', 'multiple', 'true-false'].includes(x.type)))!;
    expect(check).toBeDefined();
    const questions = check.questions.map((q) => questionView(q, 'en'));
    const answers = Object.fromEntries(
      check.questions.map((q, i) => {
        if (q.type === 'true-false') return [q.id, { type: 'true-false', value: i === 0 ? !q.answer : q.answer }];
        if (q.type === 'multiple') return [q.id, { type: 'multiple', options: i === 0 ? [] : q.answers }];
        if (q.type !== 'single') throw new Error(`unexpected ${q.type}`);
        const wrong = q.options.find((o) => o.id !== q.answer)!.id;
        return [q.id, { type: 'single', option: i === 0 ? wrong : q.answer }];
      }),
    );
    const result = scoreQuiz(questions, answers, check.passMark);
    expect(result.points).toBe(3);
    expect(result.passed).toBe(true);
  });
});
