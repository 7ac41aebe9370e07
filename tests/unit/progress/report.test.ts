// The progress screen's figures from a record, its study time and a pack: completion per module,
// scores over attempts, time per module and lesson, and weak topics from re-scored answers.
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/core/content/model';
import type { AttemptRecord, ProgressData } from '../../../src/core/progress/model';
import { emptyProgress } from '../../../src/core/progress/model';
import { packReport, RECENT_ATTEMPTS, topicOf, topicsVerdict, weakestTopics, type TopicReport } from '../../../src/core/progress/report';
import type { Answer } from '../../../src/core/quiz/answers';
import { emptyStudyTime, type StudyTimeData } from '../../../src/core/studyTime/record';
import { loadFixture, VALID_PACK } from '../content/fixturePacks';

const PACK = 'valid-minimal';

/** The fixture pack with tags on its questions (the fixture itself has none). */
function taggedPack(): Pack {
  const { pack } = loadFixture(VALID_PACK);
  if (!pack) throw new Error('fixture pack did not load');
  const tags: Record<string, Record<string, string[]>> = {
    'intro-check': { q1: ['std-3', 'definition'], q2: ['std-3'], q3: ['channels'] },
    'basics-quiz': { q1: ['channels'] },
  };
  for (const [quizId, byQuestion] of Object.entries(tags)) {
    for (const q of pack.quizzes.get(quizId)!.questions) if (byQuestion[q.id]) q.tags = byQuestion[q.id];
  }
  return pack;
}

let n = 0;
function attempt(quizId: string, answers: Record<string, Answer>, score: number, passed: boolean, finishedAt: string, over: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id: `a-${++n}`,
    packId: PACK,
    quizId,
    lang: 'en',
    seed: 0,
    startedAt: finishedAt,
    finishedAt,
    durationMs: 1000,
    answers,
    points: 0,
    maxPoints: 3,
    score,
    passMark: 0.5,
    passed,
    ...over,
  };
}

function record(): { progress: ProgressData; studyTime: StudyTimeData } {
  const progress: ProgressData = {
    ...emptyProgress(),
    lessons: { [`${PACK}/intro`]: { openedAt: '2026-01-01T08:00:00.000Z', finishedAt: '2026-01-01T08:10:00.000Z' }, [`${PACK}/channels`]: { openedAt: '2026-01-01T08:20:00.000Z' } },
    attempts: [
      // Listed out of order on purpose: the report orders by finishing time.
      attempt('intro-check', { q1: { type: 'single', option: 'b' }, q2: { type: 'multiple', options: ['a', 'c'] }, q3: { type: 'true-false', value: false } }, 1, true, '2026-01-01T09:30:00.000Z'),
      attempt('intro-check', { q1: { type: 'single', option: 'b' }, q2: { type: 'multiple', options: ['a'] }, q3: { type: 'true-false', value: true } }, 0.5, true, '2026-01-01T09:00:00.000Z'),
      attempt('basics-quiz', { q1: { type: 'single', option: 'postal' }, q2: { type: 'true-false', value: true } }, 0.5, false, '2026-01-01T10:00:00.000Z'),
      // Attempts the pack cannot place are left out, not guessed at.
      attempt('no-such-quiz', {}, 0, false, '2026-01-01T10:00:00.000Z'),
      attempt('intro-check', {}, 0, false, '2026-01-01T10:00:00.000Z', { packId: 'other-pack' }),
    ],
  };
  const studyTime: StudyTimeData = {
    ...emptyStudyTime(),
    lessons: { [`${PACK}/intro`]: 60_000, [`${PACK}/channels`]: 30_000, 'other-pack/intro': 999_000 },
    quizzes: { [`${PACK}/intro-check`]: 20_000, [`${PACK}/basics-quiz`]: 10_000 },
  };
  return { progress, studyTime };
}

describe('packReport', () => {
  it('completion and time per module and lesson', () => {
    const { progress, studyTime } = record();
    const r = packReport(taggedPack(), progress, studyTime, 'en');
    expect(r.modules).toEqual([
      {
        id: 'basics',
        title: 'The basics',
        done: 2, // the intro lesson and its passed check
        total: 4, // two lessons, one check, the module quiz
        quizPassed: false,
        timeMs: 120_000,
        lessons: [
          { id: 'intro', title: 'What is cross-border e-commerce?', finished: true, timeMs: 60_000 },
          { id: 'channels', title: 'Postal and express channels', finished: false, timeMs: 30_000 },
        ],
      },
    ]);
    expect(r.totals).toEqual({ timeMs: 120_000, lessonsFinished: 1, lessons: 2, attempts: 4 });
  });

  it('scores over attempts per quiz, in teaching order, oldest attempt first', () => {
    const { progress, studyTime } = record();
    const r = packReport(taggedPack(), progress, studyTime, 'en');
    expect(r.quizzes.map((q) => q.id)).toEqual(['intro-check', 'basics-quiz']);
    const check = r.quizzes[0]!;
    expect(check).toMatchObject({ lessonId: 'intro', moduleId: 'basics', passMark: 0.5, attemptCount: 2, bestScore: 1, timeMs: 20_000 });
    expect(check.recent.map((a) => [a.score, a.passed, a.finishedAt])).toEqual([
      [0.5, true, '2026-01-01T09:00:00.000Z'],
      [1, true, '2026-01-01T09:30:00.000Z'],
    ]);
  });

  it(`keeps only the last ${RECENT_ATTEMPTS} attempts of a quiz for its chart, and counts them all`, () => {
    const { studyTime } = record();
    const progress: ProgressData = {
      ...emptyProgress(),
      attempts: Array.from({ length: 25 }, (_, i) => attempt('basics-quiz', {}, i / 25, false, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString())),
    };
    const quiz = packReport(taggedPack(), progress, studyTime, 'en').quizzes[0]!;
    expect(quiz.attemptCount).toBe(25);
    expect(quiz.recent).toHaveLength(RECENT_ATTEMPTS);
    expect(quiz.recent[0]!.score).toBe(5 / 25);
    expect(quiz.bestScore).toBe(24 / 25);
  });

  it('weak topics: every asked question re-scored from its stored answer, by FoS standard or first tag', () => {
    const { progress, studyTime } = record();
    const r = packReport(taggedPack(), progress, studyTime, 'en');
    expect(r.topics).toEqual<TopicReport[]>([
      // intro-check q3 (wrong, then right) and basics-quiz q1 (wrong)
      { id: 'channels', kind: 'tag', title: 'Postal and express channels', answered: 3, mean: 1 / 3 },
      // intro-check q1 (right twice) and q2 (half, then right)
      { id: 'std-3', kind: 'standard', standard: 3, title: 'What is cross-border e-commerce?', answered: 4, mean: 3.5 / 4 },
      // basics-quiz q2 has no tag: it counts under the module of its quiz
      { id: 'module:basics', kind: 'module', title: 'The basics', answered: 1, mean: 1 },
    ]);
  });

  it('untagged questions count under the lesson their check belongs to, else the module: low scores are never hidden', () => {
    // The fixture as shipped: no tags at all, like the first module of the built-in course.
    const { pack } = loadFixture(VALID_PACK);
    const progress: ProgressData = {
      ...emptyProgress(),
      attempts: [
        attempt('intro-check', { q1: { type: 'single', option: 'a' }, q2: { type: 'multiple', options: ['a'] }, q3: { type: 'true-false', value: true } }, 0.2, false, '2026-01-01T09:00:00.000Z'),
        attempt('basics-quiz', { q1: { type: 'single', option: 'postal' }, q2: { type: 'true-false', value: true } }, 0.5, false, '2026-01-01T10:00:00.000Z'),
      ],
    };
    const r = packReport(pack!, progress, emptyStudyTime(), 'en');
    expect(r.topics.map((t) => [t.id, t.kind, t.title, t.answered])).toEqual([
      ['lesson:intro', 'lesson', 'What is cross-border e-commerce?', 3],
      ['module:basics', 'module', 'The basics', 2],
    ]);
    expect(r.topics[0]!.mean).toBeLessThan(1);
    expect(topicsVerdict(r.topics)).toBe('weak');
    expect(weakestTopics(r.topics).map((t) => t.id)).toContain('lesson:intro');
  });

  it('gives titles in the requested language', () => {
    const { progress, studyTime } = record();
    const r = packReport(taggedPack(), progress, studyTime, 'fr');
    expect(r.lang).toBe('fr');
    expect(r.modules[0]!.title).toBe('Les bases');
    expect(r.topics[0]!.title).toBe('Les filières postale et express');
  });

  it('an empty record gives zero figures, no quizzes and no topics', () => {
    const r = packReport(taggedPack(), emptyProgress(), emptyStudyTime(), 'en');
    expect(r.modules[0]).toMatchObject({ done: 0, total: 4, timeMs: 0 });
    expect(r.quizzes).toEqual([]);
    expect(r.topics).toEqual([]);
  });
});

describe('topicOf and weakestTopics', () => {
  it('a std-N tag wins over other tags; else the first tag; untagged questions have no topic', () => {
    expect(topicOf(['definition', 'std-12'])).toEqual({ id: 'std-12', kind: 'standard', standard: 12 });
    expect(topicOf(['std-12-international-cooperation', 'std-12'])).toEqual({ id: 'std-12', kind: 'standard', standard: 12 });
    expect(topicOf(['de-minimis', 'revenue'])).toEqual({ id: 'de-minimis', kind: 'tag' });
    expect(topicOf([])).toBeUndefined();
  });

  it('leaves out topics answered fewer than twice and topics fully mastered', () => {
    const t = (id: string, answered: number, mean: number): TopicReport => ({ id, kind: 'tag', answered, mean });
    const topics = [t('once', 1, 0), t('weak', 5, 0.2), t('middling', 4, 0.6), t('mastered', 9, 1)];
    expect(weakestTopics(topics).map((x) => x.id)).toEqual(['weak', 'middling']);
    expect(weakestTopics(topics, 1).map((x) => x.id)).toEqual(['weak']);
  });

  it('says what the topics show as a whole, and praises only when every answer was right', () => {
    const t = (id: string, answered: number, mean: number): TopicReport => ({ id, kind: 'tag', answered, mean });
    expect(topicsVerdict([])).toBe('noAnswers');
    expect(topicsVerdict([t('once', 1, 0)])).toBe('tooFew');
    expect(topicsVerdict([t('a', 3, 1), t('b', 1, 1)])).toBe('allRight');
    expect(topicsVerdict([t('a', 3, 1), t('weak', 2, 0.5)])).toBe('weak');
  });
});
