// The progress service: scores attempts from the pack's own keys, refuses ids the pack does not
// have, and keeps everything on disk across restarts (a new createServices on the same folder).
import { describe, it, expect } from 'vitest';
import { useTempDirs } from '../tempDirs';
import { learnerDir } from '../../learnerDir';
import fs from 'node:fs';
import path from 'node:path';
import { createServices, type Services } from '../../../electron/services/services';
import { openProgressService } from '../../../electron/services/progress/progressService';
import { loadContentLibrary } from '../../../electron/services/content/contentLibrary';
import { confStoreFactory } from '../../../electron/services/services';
import { NotFoundError } from '../../../electron/services/errors';
import { LOG_FILE } from '../../../electron/services/progress/learnerStore';
import { recordInLog } from '../../progressOnDisk';
import { CONTENT_DIR, LESSON_IDS, PACK_ID, readQuiz, rightAnswers, submission, wrongAnswers } from './packAnswers';

const tempDir = useTempDirs('academy-progress-');

const open = (dataDir: string): Services =>
  createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });

const onDisk = (dataDir: string) => recordInLog(learnerDir(dataDir));
const logFile = (dataDir: string) => path.join(learnerDir(dataDir), LOG_FILE);

describe('progressService.lessonEvent', () => {
  it('throws NotFoundError for a lesson the pack does not have, and writes nothing', () => {
    const dataDir = tempDir();
    const s = open(dataDir);
    const before = fs.readFileSync(logFile(dataDir));
    expect(() => s.progress.lessonEvent(PACK_ID, 'no-such-lesson', 'opened')).toThrow(NotFoundError);
    expect(() => s.progress.lessonEvent(PACK_ID, 'basics', 'opened')).toThrow(NotFoundError); // a module id, not a lesson
    expect(() => s.progress.lessonEvent('no-such-pack', 'channels', 'opened')).toThrow(NotFoundError);
    expect(fs.readFileSync(logFile(dataDir)).equals(before)).toBe(true);
  });

  it('records opened and finished for a real lesson and keeps them across a restart', () => {
    const dataDir = tempDir();
    const s = open(dataDir);
    const afterOpen = s.progress.lessonEvent(PACK_ID, 'channels', 'opened');
    expect(afterOpen.lessons[`${PACK_ID}/channels`]?.openedAt).toEqual(expect.any(String));
    const afterFinish = s.progress.lessonEvent(PACK_ID, 'channels', 'finished');
    expect(afterFinish.lessons[`${PACK_ID}/channels`]?.finishedAt).toEqual(expect.any(String));
    expect(open(dataDir).progress.snapshot().lessons).toEqual(afterFinish.lessons);
  });

  it('accepts every lesson of the built-in module', () => {
    const s = open(tempDir());
    for (const id of LESSON_IDS) s.progress.lessonEvent(PACK_ID, id, 'finished');
    expect(Object.keys(s.progress.snapshot().lessons).sort()).toEqual(LESSON_IDS.map((id) => `${PACK_ID}/${id}`).sort());
  });
});

describe('progressService.submitAttempt', () => {
  it('scores all-correct answers to basics-quiz as 1 and passed, from the pack keys', () => {
    const s = open(tempDir());
    const quiz = readQuiz('basics-quiz');
    const { attempt: a, questions, progress } = s.progress.submitAttempt(submission('basics-quiz', rightAnswers('basics-quiz')));
    expect(questions.map((q) => q.points)).toEqual(quiz.questions.map(() => 1));
    expect(progress.quizzes[`${PACK_ID}/basics-quiz`]).toEqual({ attempts: 1, passes: 1, bestScore: 1 });
    expect(a).toMatchObject({ packId: PACK_ID, quizId: 'basics-quiz', score: 1, passed: true, points: quiz.questions.length, maxPoints: quiz.questions.length, passMark: 0.8 });
    expect(a.id).toMatch(/^[a-z0-9-]{1,64}$/);
  });

  it('scores all-wrong answers as 0 and not passed', () => {
    const s = open(tempDir());
    const { attempt: a } = s.progress.submitAttempt(submission('basics-quiz', wrongAnswers('basics-quiz')));
    expect(a).toMatchObject({ score: 0, points: 0, passed: false });
  });

  it('scores an empty submission as 0 and not passed', () => {
    const s = open(tempDir());
    expect(s.progress.submitAttempt(submission('basics-quiz', {})).attempt).toMatchObject({ score: 0, passed: false });
  });

  it('passes at exactly the pass mark and fails one question below it', () => {
    const quiz = readQuiz('basics-quiz');
    const n = quiz.questions.length;
    const needed = Math.ceil(0.8 * n - 1e-9);
    const right = rightAnswers('basics-quiz');
    const wrong = wrongAnswers('basics-quiz');
    const mix = (k: number) => Object.fromEntries(quiz.questions.map((q, i) => [q.id, (i < k ? right : wrong)[q.id]!]));
    const s = open(tempDir());
    expect(s.progress.submitAttempt(submission('basics-quiz', mix(needed))).attempt.passed).toBe(true);
    expect(s.progress.submitAttempt(submission('basics-quiz', mix(needed - 1))).attempt.passed).toBe(false);
  });

  it('scores every knowledge check of the pack from its own keys', () => {
    const s = open(tempDir());
    for (const lesson of LESSON_IDS) {
      const quizId = `${lesson}-check`;
      expect(s.progress.submitAttempt(submission(quizId, rightAnswers(quizId))).attempt).toMatchObject({ quizId, score: 1, passed: true });
      expect(s.progress.submitAttempt(submission(quizId, wrongAnswers(quizId))).attempt).toMatchObject({ quizId, score: 0, passed: false });
    }
  });

  it('throws NotFoundError for a quiz the pack does not have, and records nothing', () => {
    const s = open(tempDir());
    expect(() => s.progress.submitAttempt(submission('no-such-quiz', {}))).toThrow(NotFoundError);
    expect(() => s.progress.submitAttempt({ ...submission('basics-quiz', {}), packId: 'no-such-pack' })).toThrow(NotFoundError);
    expect(s.progress.snapshot().attempts).toEqual([]);
  });

  it('keeps the attempt on disk across a restart, exactly as returned', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    const { attempt: a } = first.progress.submitAttempt(submission('basics-quiz', rightAnswers('basics-quiz'), 'fr'));
    expect(onDisk(dataDir).attempts).toEqual([a]);

    const restarted = open(dataDir);
    expect(restarted.progress.recovery).toBeUndefined();
    expect(restarted.progress.snapshot().attempts).toEqual([a]);
    const { attempt: b } = restarted.progress.submitAttempt(submission('basics-quiz', wrongAnswers('basics-quiz')));
    expect(open(dataDir).progress.snapshot().attempts.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(a.id).not.toBe(b.id);
  });

  it('stamps finishedAt with the service clock', () => {
    const dataDir = tempDir();
    const progress = openProgressService({
      dir: dataDir,
      content: loadContentLibrary([CONTENT_DIR]),
      createStore: confStoreFactory,
      now: () => new Date('2030-01-02T03:04:05.000Z'),
    });
    expect(progress.submitAttempt(submission('basics-quiz', {})).attempt.finishedAt).toBe('2030-01-02T03:04:05.000Z');
    expect(progress.lessonEvent(PACK_ID, 'channels', 'opened').lessons[`${PACK_ID}/channels`]).toEqual({ openedAt: '2030-01-02T03:04:05.000Z' });
  });
});

describe('progressService.setPosition', () => {
  it('persists the last position across a restart', () => {
    const dataDir = tempDir();
    open(dataDir).progress.setPosition({ screen: 'lesson', packId: PACK_ID, lessonId: 'stakeholders' });
    expect(open(dataDir).progress.snapshot().position).toEqual({ screen: 'lesson', packId: PACK_ID, lessonId: 'stakeholders', at: expect.any(String) });
    const s = open(dataDir);
    s.progress.setPosition({ screen: 'quiz', packId: PACK_ID, quizId: 'basics-quiz' });
    expect(onDisk(dataDir).position).toMatchObject({ screen: 'quiz', quizId: 'basics-quiz' });
  });
});

describe('progressService and a damaged file', () => {
  it('rebuilds a damaged snapshot from the log: nothing lost, nothing to tell the learner, the damaged file kept', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    first.progress.lessonEvent(PACK_ID, 'channels', 'finished');
    first.progress.submitAttempt(submission('basics-quiz', rightAnswers('basics-quiz')));
    void first.close();
    const snapshotFile = path.join(learnerDir(dataDir), 'progress-snapshot.json');
    fs.writeFileSync(snapshotFile, '{"snapshotVersion":1,"log":{');
    const s = open(dataDir);
    expect(s.progress.snapshot().lessons[`${PACK_ID}/channels`]?.finishedAt).toEqual(expect.any(String));
    expect(s.progress.summary().quizzes[`${PACK_ID}/basics-quiz`]).toEqual({ attempts: 1, passes: 1, bestScore: 1 });
    expect(s.notices.list()).toEqual([]);
    expect(fs.readdirSync(learnerDir(dataDir)).filter((f) => f.startsWith('progress-snapshot.corrupt-'))).toHaveLength(1);
  });

  it('sets a damaged line of the log aside, keeps the log as it was, and tells the learner', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    const kept = first.progress.submitAttempt(submission('basics-quiz', rightAnswers('basics-quiz'))).attempt;
    const lost = first.progress.submitAttempt(submission('basics-quiz', wrongAnswers('basics-quiz'))).attempt;
    first.progress.lessonEvent(PACK_ID, 'channels', 'finished');
    void first.close();
    const before = fs.readFileSync(logFile(dataDir));
    // A disk error flips one byte inside the second attempt's line, after it was acknowledged.
    const damaged = Buffer.from(before);
    const at = before.indexOf(lost.id) + 2;
    damaged[at] = damaged[at]! ^ 0x01;
    fs.writeFileSync(logFile(dataDir), damaged);
    const s = open(dataDir);
    expect(s.progress.snapshot().attempts.map((a) => a.id)).toEqual([kept.id]);
    expect(s.progress.snapshot().lessons[`${PACK_ID}/channels`]?.finishedAt).toEqual(expect.any(String));
    expect(s.notices.list().map((n) => [n.key, n.params?.lines])).toEqual([['store.notice.linesSetAside', '1']]);
    const aside = fs.readdirSync(learnerDir(dataDir)).filter((f) => f.startsWith('progress-log.damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(learnerDir(dataDir), aside[0]!)).equals(damaged)).toBe(true);
    // The next start finds a clean log: no notice again.
    void s.close();
    expect(open(dataDir).notices.list()).toEqual([]);
  });
});
