// The whole-class session as a specification: share correct from a show of hands, per module,
// pre-test against post-test, the CSV a trainer opens in a spreadsheet, and the diagnostic draw.
import { describe, expect, it } from 'vitest';
import { loadContentLibrary } from '../../../electron/services/content/contentLibrary';
import { choicesOf, classSessionSchema, compareSessions, shareCorrect, sharesByModule, type ClassSession } from '../../../src/core/trainer/classSession';
import { sessionCsv } from '../../../src/core/trainer/sessionCsv';
import { diagnosticQuiz } from '../../../src/core/trainer/diagnostic';
import { CONTENT_DIR, PACK_ID } from '../services/packAnswers';

const choice = (id: string, correct: boolean, hands: number | null, label = id.toUpperCase()) => ({ id, label, correct, hands });

function session(kind: ClassSession['kind'], shares: Record<string, [number, number][]>): ClassSession {
  return {
    kind,
    packId: PACK_ID,
    title: 'Diagnostic',
    lang: 'en',
    startedAt: '2026-12-05T09:00:00.000Z',
    endedAt: '2026-12-05T09:30:00.000Z',
    questions: Object.entries(shares).flatMap(([moduleId, list]) =>
      list.map(([right, wrong], i) => ({ id: `${moduleId}-${i}`, moduleId, prompt: `Q ${i}`, choices: [choice('a', true, right), choice('b', false, wrong)] })),
    ),
  };
}

describe('share correct', () => {
  it('is the hands on correct choices over all hands counted; undefined when nobody counted', () => {
    expect(shareCorrect({ id: 'q', moduleId: 'm', prompt: 'p', choices: [choice('a', true, 15), choice('b', false, 5)] })).toBe(0.75);
    expect(shareCorrect({ id: 'q', moduleId: 'm', prompt: 'p', choices: [choice('a', true, null), choice('b', false, null)] })).toBeUndefined();
    expect(shareCorrect({ id: 'q', moduleId: 'm', prompt: 'p', choices: [choice('a', true, 0), choice('b', false, 0)] })).toBeUndefined();
    // A multiple-answer question: hands on every correct option count as correct.
    expect(shareCorrect({ id: 'q', moduleId: 'm', prompt: 'p', choices: [choice('a', true, 6), choice('b', true, 6), choice('c', false, 8)] })).toBe(0.6);
  });

  it('per module is the mean over the questions counted, and the post-test minus the pre-test is the difference', () => {
    const pre = session('pretest', { basics: [[5, 15], [10, 10]], irg: [[8, 12]] });
    const post = session('posttest', { basics: [[15, 5], [18, 2]], irg: [[8, 12]] });
    expect(sharesByModule(pre)).toEqual([
      { moduleId: 'basics', share: 0.375, counted: 2 },
      { moduleId: 'irg', share: 0.4, counted: 1 },
    ]);
    const rows = compareSessions(pre, post);
    expect(rows.map((r) => r.moduleId)).toEqual(['basics', 'irg']);
    expect(rows[0]!.difference).toBeCloseTo(0.825 - 0.375);
    expect(rows[1]!.difference).toBe(0);
    expect(compareSessions(pre, undefined)[0]).toEqual({ moduleId: 'basics', pre: 0.375, post: undefined, difference: undefined });
  });
});

describe('the CSV', () => {
  const s = session('quiz', { basics: [[12, 3]] });
  s.questions[0]!.prompt = 'Who releases goods, customs or the post?';
  s.questions[0]!.choices[1]!.label = '=HYPERLINK("x")';
  const text = (lang: string) => ({
    header: { number: 'N°', module: 'Module', question: 'Question', choice: 'Réponse', correct: 'Correcte', hands: 'Mains levées', share: 'Bonnes réponses (%)' },
    yes: lang === 'fr' ? 'oui' : 'yes',
    no: lang === 'fr' ? 'non' : 'no',
    modules: { basics: 'Les bases' },
  });

  it('starts with a byte order mark, uses ; in French and writes the share with a decimal comma', () => {
    const csv = sessionCsv(s, 'fr', text('fr'));
    expect(csv.startsWith('\uFEFFN°;Module;Question;Réponse;Correcte;Mains levées;Bonnes réponses (%)\r\n')).toBe(true);
    expect(csv).toContain('1;Les bases;Who releases goods, customs or the post?;A;oui;12;80\r\n');
    // A cell a spreadsheet would run as a formula is written as text; quotes are doubled.
    expect(csv).toContain(`1;Les bases;Who releases goods, customs or the post?;"'=HYPERLINK(""x"")";non;3;80\r\n`);
  });

  it('uses , in English and quotes a field that holds a comma', () => {
    const csv = sessionCsv(s, 'en', text('en'));
    expect(csv).toContain('1,Les bases,"Who releases goods, customs or the post?",A,yes,12,80\r\n');
    s.questions[0]!.choices[0]!.hands = 2;
    expect(sessionCsv(s, 'fr', text('fr'))).toContain(';2;40\r\n');
    s.questions[0]!.choices[0]!.hands = 1;
    expect(sessionCsv(s, 'fr', text('fr'))).toContain(';1;25\r\n');
  });

  it('the session schema refuses what no trainer typed (negative hands, an unknown kind)', () => {
    expect(classSessionSchema.safeParse(session('quiz', { basics: [[1, 1]] })).success).toBe(true);
    expect(classSessionSchema.safeParse(session('quiz', { basics: [[-1, 1]] })).success).toBe(false);
    expect(classSessionSchema.safeParse({ ...session('quiz', { basics: [[1, 1]] }), kind: 'exam' }).success).toBe(false);
  });
});

describe('the diagnostic draw (pre-test and post-test)', () => {
  const pack = loadContentLibrary([CONTENT_DIR]).pack(PACK_ID);

  it('asks two questions per module from its quizzes, never from the final exam, the same for the same seed', () => {
    const a = diagnosticQuiz(pack, 'en', 42);
    const b = diagnosticQuiz(pack, 'en', 42);
    expect(b.questions.map((q) => q.question.id)).toEqual(a.questions.map((q) => q.question.id));
    const asked = new Set(a.questions.map((q) => q.moduleId));
    for (const m of pack.modules) {
      const bank = [...pack.quizzes.values()].filter((q) => q.moduleId === m.id && !q.final && !q.draw);
      if (bank.length === 0) expect(asked.has(m.id)).toBe(false);
      else expect(a.questions.filter((q) => q.moduleId === m.id)).toHaveLength(2);
    }
    const finals = [...pack.quizzes.values()].filter((q) => q.final);
    expect(finals.length).toBeGreaterThan(0);
    const finalIds = new Set(finals.flatMap((q) => q.questions.map((x) => `${q.id}/${x.id}`)));
    expect(a.questions.some((q) => finalIds.has(q.question.id))).toBe(false);
    // Another seed draws other questions somewhere in the course.
    expect(diagnosticQuiz(pack, 'en', 43).questions.map((q) => q.question.id)).not.toEqual(a.questions.map((q) => q.question.id));
  });

  it('prefers questions a room answers by a show of hands, and in French gives French text', () => {
    const fr = diagnosticQuiz(pack, 'fr', 7);
    expect(fr.lang).toBe('fr');
    expect(fr.questions.every((q) => ['single', 'true-false', 'multiple'].includes(q.question.type))).toBe(true);
    const labels = { right: 'R', wrong: 'W', true: 'Vrai', false: 'Faux' };
    for (const q of fr.questions) expect(choicesOf(q.question, labels).filter((c) => c.correct).length).toBeGreaterThan(0);
  });
});
