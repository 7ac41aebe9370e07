// A whole-class session as a class keeps it (src/core/classes/session.ts): per question, the
// hands per option and the share who got it right. Only counted questions travel; a session
// where no hands were counted has nothing to add to a class.
import type { ClassSession as ClassRecordSession } from '../classes/session';
import { shareCorrect, type SavedClassSession } from './classSession';

/** Diagnostic sessions (pre-test, post-test) draw from many quizzes: they file under this id. */
export const DIAGNOSTIC_QUIZ_ID = 'diagnostic';

export function sessionForClass(s: SavedClassSession): ClassRecordSession | undefined {
  const questions = s.questions.flatMap((q) => {
    const share = shareCorrect(q);
    if (share === undefined) return [];
    const counts = Object.fromEntries(q.choices.filter((c) => c.hands !== null).map((c) => [c.id, c.hands!]));
    return [{ questionId: q.id, moduleId: q.moduleId, counts, shareCorrect: share }];
  });
  if (questions.length === 0) return undefined;
  return {
    id: s.id.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 64),
    quizId: s.quizId ?? DIAGNOSTIC_QUIZ_ID,
    kind: s.kind,
    at: s.endedAt,
    questions,
  };
}
