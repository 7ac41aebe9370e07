// A whole-class quiz session run by the trainer (projector, everyone answers on a signal): what
// the class as a whole got right, per question. The trainer area records one after each session
// (classes.recordSession); the class view compares the pre-test with the post-test per module.
import { z } from 'zod';
import { idSchema } from '../ids';
import { questionRefSchema } from '../quiz/answers';
import { safeRecord } from '../safeRecord';

export const SESSION_KINDS = ['quiz', 'pretest', 'posttest'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const sessionQuestionSchema = z.strictObject({
  questionId: questionRefSchema,
  moduleId: idSchema,
  /** How many chose each option, for choice questions. */
  counts: safeRecord(idSchema, z.number().int().nonnegative().max(100_000)).optional(),
  /** Share of the class that answered right, 0 to 1. */
  shareCorrect: z.number().min(0).max(1),
});

export const classSessionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  quizId: idSchema,
  kind: z.enum(SESSION_KINDS),
  at: z.iso.datetime(),
  questions: z.array(sessionQuestionSchema).max(500),
});
export type ClassSession = z.infer<typeof classSessionSchema>;

export interface PrePostRow {
  moduleId: string;
  /** Mean share correct over the module's questions in the latest pre-test, if any. */
  pre?: number;
  post?: number;
  /** post − pre, when both exist. */
  difference?: number;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function latest(sessions: readonly ClassSession[], kind: SessionKind): ClassSession | undefined {
  let found: ClassSession | undefined;
  for (const s of sessions) if (s.kind === kind && (!found || s.at > found.at)) found = s;
  return found;
}

function byModule(session: ClassSession | undefined): Map<string, number> {
  const shares = new Map<string, number[]>();
  for (const q of session?.questions ?? []) shares.set(q.moduleId, [...(shares.get(q.moduleId) ?? []), q.shareCorrect]);
  return new Map([...shares].map(([m, xs]) => [m, mean(xs)]));
}

/** Pre-test vs post-test share correct per module (the latest session of each kind), in module order. */
export function prePostByModule(sessions: readonly ClassSession[], moduleOrder: readonly string[]): PrePostRow[] {
  const pre = byModule(latest(sessions, 'pretest'));
  const post = byModule(latest(sessions, 'posttest'));
  const ids = [...new Set([...pre.keys(), ...post.keys()])];
  const rank = (id: string) => {
    const i = moduleOrder.indexOf(id);
    return i < 0 ? moduleOrder.length : i;
  };
  ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return ids.map((moduleId) => {
    const p = pre.get(moduleId);
    const q = post.get(moduleId);
    return { moduleId, pre: p, post: q, difference: p !== undefined && q !== undefined ? q - p : undefined };
  });
}
