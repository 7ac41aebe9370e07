// A small, valid learner record for the portable-file tests: two lessons, attempts, study time.
import { createHash } from 'node:crypto';
import type { AttemptRecord, ProgressData } from '../../../src/core/progress/model';
import { emptyProgress } from '../../../src/core/progress/model';
import type { PortableBody } from '../../../src/core/portable/format';
import { emptyStudyTime } from '../../../src/core/studyTime/record';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function attempt(n: number, over: Partial<AttemptRecord> = {}): AttemptRecord {
  const at = new Date(Date.UTC(2026, 0, 1, 9, 0, 0) + n * 60_000).toISOString();
  return {
    id: `attempt-${n}`,
    packId: 'wco-ecommerce',
    quizId: 'basics-quiz',
    lang: 'en',
    seed: n,
    startedAt: at,
    finishedAt: at,
    durationMs: 60_000,
    answers: { q1: { type: 'single', option: 'b' }, q2: { type: 'true-false', value: true } },
    points: 1,
    maxPoints: 2,
    score: 0.5,
    passMark: 0.8,
    passed: false,
    ...over,
  };
}

export function sampleBody(attempts = 2): PortableBody {
  const progress: ProgressData = {
    ...emptyProgress(),
    lessons: {
      'wco-ecommerce/channels': { openedAt: '2026-01-01T08:00:00.000Z', finishedAt: '2026-01-01T08:20:00.000Z' },
      'wco-ecommerce/stakeholders': { openedAt: '2026-01-01T08:30:00.000Z' },
    },
    attempts: Array.from({ length: attempts }, (_, i) => attempt(i)),
    position: { screen: 'lesson', packId: 'wco-ecommerce', lessonId: 'stakeholders', at: '2026-01-01T08:30:00.000Z' },
  };
  const studyTime = { ...emptyStudyTime(), lessons: { 'wco-ecommerce/channels': 600_000 }, quizzes: { 'wco-ecommerce/basics-quiz': 120_000 } };
  return { progress, studyTime };
}
