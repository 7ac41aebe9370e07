// A whole-class quiz session as the trainer ran it: for each question the choices shown to the
// room, which were correct, and the show of hands the trainer typed (optional). Questions with
// options (single, multiple, true/false) count hands per option; the others count hands for
// "got it right" and "did not". From that: the share correct per question, per module and for
// the session, and the CSV a trainer keeps.
import { z } from 'zod';
import { idSchema, langSchema } from '../ids';
import type { QuestionView } from '../content/views';

export const SESSION_KINDS = ['quiz', 'pretest', 'posttest'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Bounds that no real class reaches and that keep a hostile file small. */
export const MAX_SESSION_QUESTIONS = 300;
export const MAX_HANDS = 10_000;

const text = z.string().max(4000);
const choiceSchema = z.strictObject({ id: z.string().min(1).max(100), label: text, correct: z.boolean(), hands: z.number().int().min(0).max(MAX_HANDS).nullable() });
const questionSchema = z.strictObject({ id: z.string().min(1).max(200), moduleId: idSchema, prompt: text, choices: z.array(choiceSchema).min(1).max(40) });

export const classSessionSchema = z.strictObject({
  kind: z.enum(SESSION_KINDS),
  packId: idSchema,
  /** The quiz run, for kind 'quiz'. */
  quizId: idSchema.optional(),
  /** The draw of a pre-test or post-test. */
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
  title: z.string().min(1).max(300),
  lang: langSchema,
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  questions: z.array(questionSchema).min(1).max(MAX_SESSION_QUESTIONS),
});
export type ClassSession = z.infer<typeof classSessionSchema>;
export type SessionQuestion = ClassSession['questions'][number];
export type SessionChoice = SessionQuestion['choices'][number];

export interface SavedClassSession extends ClassSession {
  id: string;
}

/** Choice ids of the right/wrong count of a question without options. */
export const RIGHT = 'right';
export const WRONG = 'wrong';

/** The choices the room answers by a show of hands, before anyone counts. */
export function choicesOf(q: QuestionView, labels: { right: string; wrong: string; true: string; false: string }): SessionChoice[] {
  if (q.type === 'single') return q.options.map((o) => ({ id: o.id, label: o.text, correct: o.id === q.answer, hands: null }));
  if (q.type === 'multiple') return q.options.map((o) => ({ id: o.id, label: o.text, correct: q.answers.includes(o.id), hands: null }));
  if (q.type === 'true-false') {
    return [
      { id: 'true', label: labels.true, correct: q.answer, hands: null },
      { id: 'false', label: labels.false, correct: !q.answer, hands: null },
    ];
  }
  return [
    { id: RIGHT, label: labels.right, correct: true, hands: null },
    { id: WRONG, label: labels.wrong, correct: false, hands: null },
  ];
}

/** Hands counted for a question, and how many of them on a correct choice; undefined when nobody counted. */
export function handsOf(q: SessionQuestion): { total: number; correct: number } | undefined {
  const counted = q.choices.filter((c) => c.hands !== null);
  if (counted.length === 0) return undefined;
  const total = counted.reduce((n, c) => n + (c.hands ?? 0), 0);
  const correct = counted.filter((c) => c.correct).reduce((n, c) => n + (c.hands ?? 0), 0);
  return total === 0 ? undefined : { total, correct };
}

/** Share of hands on correct choices, 0 to 1; undefined when no hands were counted. */
export function shareCorrect(q: SessionQuestion): number | undefined {
  const h = handsOf(q);
  return h && h.correct / h.total;
}

export interface ModuleShare {
  moduleId: string;
  /** Mean share correct over the module's counted questions; undefined when none was counted. */
  share: number | undefined;
  counted: number;
}

/** Mean share correct per module, in the order modules first appear. */
export function sharesByModule(s: ClassSession): ModuleShare[] {
  const byModule = new Map<string, number[]>();
  for (const q of s.questions) {
    const list = byModule.get(q.moduleId) ?? [];
    const share = shareCorrect(q);
    if (share !== undefined) list.push(share);
    byModule.set(q.moduleId, list);
  }
  return [...byModule].map(([moduleId, shares]) => ({
    moduleId,
    counted: shares.length,
    share: shares.length === 0 ? undefined : shares.reduce((a, b) => a + b, 0) / shares.length,
  }));
}

export interface ModuleComparison {
  moduleId: string;
  pre: number | undefined;
  post: number | undefined;
  /** post − pre, when both were counted. */
  difference: number | undefined;
}

/** Pre-test against post-test, module by module (modules of either, pre-test's order first). */
export function compareSessions(pre: ClassSession | undefined, post: ClassSession | undefined): ModuleComparison[] {
  const a = new Map((pre ? sharesByModule(pre) : []).map((m) => [m.moduleId, m.share]));
  const b = new Map((post ? sharesByModule(post) : []).map((m) => [m.moduleId, m.share]));
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  return ids.map((moduleId) => {
    const p = a.get(moduleId);
    const q = b.get(moduleId);
    return { moduleId, pre: p, post: q, difference: p !== undefined && q !== undefined ? q - p : undefined };
  });
}
