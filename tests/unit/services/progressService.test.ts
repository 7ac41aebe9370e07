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
import { progressSchema } from '../../../src/core/progress/model';
import { CONTENT_DIR, LESSON_IDS, PACK_ID, readQuiz, rightAnswers, submission, wrongAnswers } from './packAnswers';

const tempDir = useTempDirs('academy-progress-');

const open = (dataDir: string): Services =>
  createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });

const onDisk = (dataDir: string) => progressSchema.parse(JSON.parse(fs.readFileSync(path.join(learnerDir(dataDir), 'progress.json'), 'utf8')));

describe('progressService.lessonEvent', () => {
  it('throws NotFoundError for a lesson the pack does not have, and writes nothing', () => {
    const dataDir = tempDir();
    const s = open(dataDir);
    const before = fs.readFileSync(path.join(learnerDir(dataDir), 'progress.json'));
    expect(() => s.progress.lessonEvent(PACK_ID, 'no-such-lesson', 'opened')).toThrow(NotFoundError);
    expect(() => s.progress.lessonEvent(PACK_ID, 'basics', 'opened')).toThrow(NotFoundError); // a module id, not a lesson
    expect(() => s.progress.lessonEvent('no-such-pack', 'channels', 'opened')).toThrow(NotFoundError);
    expect(fs.readFileSync(path.join(learnerDir(dataDir), 'progress.json')).equals(before)).toBe(true);
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
    const a = s.progress.submitAttempt(submission('basics-quiz', rightAnswers('basics-quiz')));
    expect(a).toMatchObject({ packId: PACK_ID, quizId: 'basics-quiz', score: 1, passed: true, points: quiz.questions.length, maxPoints: quiz.questions.length, passMark: 0.8 });
    expect(a.id).toMatch(/^[a-z0-9-]{1,64}$/);
  });

  it('scores all-wrong answers as 0 and not passed', () => {
    const s = open(tempDir());
    const a = s.progress.submitAttempt(submission('basics-quiz', wrongAnswers('basics-quiz')));
    expect(a).toMatchObject({ score: 0, points: 0, passed: false });
  });

  it('scores an empty submission as 0 and not passed', () => {
    const s = open(tempDir());
    expect(s.progress.submitAttempt(submission('basics-quiz', {}))).toMatchObject({ score: 0, passed: false });
  });

  it('passes at exactly the pass mark and fails one question below it', () => {
    const quiz = readQuiz('basics-quiz');
    const n = quiz.questions.length;
    const needed = Math.ceil(0.8 * n - 1e-9);
    const right = rightAnswers('basics-quiz');
    const wrong = wrongAnswers('basics-quiz');
    const mix = (k: number) => Object.fromEntries(quiz.questions.map((q, i) => [q.id, (i < k ? right : wrong)[q.id]!]));
    const s = open(tempDir());
    expect(s.progress.submitAttempt(submission('basics-quiz', mix(needed))).passed).toBe(true);
    expect(s.progress.submitAttempt(submission('basics-quiz', mix(needed - 1))).passed).toBe(false);
  });

  it('scores every knowledge check of the pack from its own keys', () => {
    const s = open(tempDir());
    for (const lesson of LESSON_IDS) {
      const quizId = `${lesson}-check`;
      expect(s.progress.submitAttempt(submission(quizId, rightAnswers(quizId)))).toMatchObject({ quizId, score: 1, passed: true });
      expect(s.progress.submitAttempt(submission(quizId, wrongAnswers(quizId)))).toMatchObject({ quizId, score: 0, passed: false });
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
    const a = first.progress.submitAttempt(submission('basics-quiz', rightAnswers('basics-quiz'), 'fr'));
    expect(onDisk(dataDir).attempts).toEqual([a]);

    const restarted = open(dataDir);
    expect(restarted.progress.recovery).toBeUndefined();
    expect(restarted.progress.snapshot().attempts).toEqual([a]);
    const b = restarted.progress.submitAttempt(submission('basics-quiz', wrongAnswers('basics-quiz')));
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
    expect(progress.submitAttempt(submission('basics-quiz', {})).finishedAt).toBe('2030-01-02T03:04:05.000Z');
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
  it('restores from the backup made at the previous start and reports it as a notice', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    first.progress.lessonEvent(PACK_ID, 'channels', 'finished'); // within a minute: not yet in a backup
    // The service started once more (so a backup holds the finished lesson), then the file was damaged.
    open(dataDir);
    fs.writeFileSync(path.join(learnerDir(dataDir), 'progress.json'), '{"schemaVersion":1,"lessons":{');
    const s = open(dataDir);
    expect(s.progress.recovery?.kind).toBe('restored');
    expect(s.progress.snapshot().lessons[`${PACK_ID}/channels`]?.finishedAt).toEqual(expect.any(String));
    expect(s.notices.list().map((n) => n.id)).toEqual(['progress-restored']);
  });
});
