// Study time and portable progress files through the real services and handlers, on real files in
// a temporary folder: study time is kept per lesson/quiz and capped per call; export gives a file
// that imports back; inspecting changes nothing; a restore needs confirming, keeps a backup first,
// merges, and a second restore of the same file changes nothing; rejections leave the record alone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/api/handlers';
import { NotFoundError } from '../../../electron/services/errors';
import { fileNamePart, RESTORE_BACKUPS_DIR, sha256Hex } from '../../../electron/services/portable/portableService';
import { createServices, type Services } from '../../../electron/services/services';
import type { Envelope } from '../../../src/core/api/contract';
import { MAX_STUDY_MS_PER_CALL } from '../../../src/core/studyTime/clock';
import { parsePortableFile, portableHash } from '../../../src/core/portable/format';
import type { InspectResult, RestoreResult } from '../../../src/core/portable/results';
import { useTempDirs } from '../tempDirs';
import { packDir, VALID_PACK } from '../content/fixturePacks';

const tempDir = useTempDirs('academy-portable-');
const APP_PAGE = 'app://academy/index.html';
// The small fixture pack keeps these tests quick: lessons intro and channels, quizzes intro-check
// and basics-quiz.
const PACK_ID = 'valid-minimal';
const CONTENT_DIR = packDir(VALID_PACK);
const submission = (right: boolean) => ({
  packId: PACK_ID,
  quizId: 'basics-quiz',
  lang: 'en',
  answers: { q1: { type: 'single' as const, option: right ? 'express' : 'postal' }, q2: { type: 'true-false' as const, value: right } },
  seed: 0,
  startedAt: '2026-01-01T08:00:00.000Z',
  durationMs: 60_000,
});

function open(dataDir = tempDir()): Services & { dataDir: string } {
  return Object.assign(createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} }), { dataDir });
}
/** The active learner's folder (`<data>/profiles/<id>/`), where their files are. */
const learnerDir = (s: Services) => s.profiles.active().dir;
const read = (s: Services, name: string) => fs.readFileSync(path.join(learnerDir(s), name));
const value = <T>(e: Envelope<unknown>): T => {
  if (!e.ok) throw new Error(`${e.error.code}: ${e.error.reason} ${JSON.stringify(e.error.params)}`);
  return e.value as T;
};

describe('study time service', () => {
  it('adds time per lesson and per quiz and keeps it across a restart', async () => {
    const s = open();
    s.studyTime.record({ packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 30_000 });
    s.studyTime.record({ packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 12_500 });
    s.studyTime.record({ packId: PACK_ID, kind: 'quiz', id: 'intro-check', ms: 9_000 });
    await s.close();
    const again = open(s.dataDir);
    expect(again.studyTime.snapshot().lessons).toEqual({ [`${PACK_ID}/channels`]: 42_500 });
    expect(again.studyTime.snapshot().quizzes).toEqual({ [`${PACK_ID}/intro-check`]: 9_000 });
    expect(fs.existsSync(path.join(learnerDir(again), 'study-time.json'))).toBe(true);
  });

  it('refuses lessons and quizzes no pack has, and writes nothing', () => {
    const s = open();
    const before = read(s, 'study-time.json');
    expect(() => s.studyTime.record({ packId: PACK_ID, kind: 'lesson', id: 'no-such-lesson', ms: 1000 })).toThrow(NotFoundError);
    expect(() => s.studyTime.record({ packId: PACK_ID, kind: 'quiz', id: 'channels', ms: 1000 })).toThrow(NotFoundError); // a lesson id
    expect(() => s.studyTime.record({ packId: 'no-such-pack', kind: 'lesson', id: 'channels', ms: 1000 })).toThrow(NotFoundError);
    expect(read(s, 'study-time.json').equals(before)).toBe(true);
  });

  it('the channel caps each call and refuses bad arguments', async () => {
    const s = open();
    const h = createHandlers(s, (u) => u === APP_PAGE);
    const call = (arg: unknown) => h.recordStudyTime(APP_PAGE, arg);
    expect((await call({ packId: PACK_ID, kind: 'lesson', id: 'channels', ms: MAX_STUDY_MS_PER_CALL })).ok).toBe(true);
    for (const bad of [
      { packId: PACK_ID, kind: 'lesson', id: 'channels', ms: MAX_STUDY_MS_PER_CALL + 1 },
      { packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 0 },
      { packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 1.5 },
      { packId: PACK_ID, kind: 'module', id: 'basics', ms: 1000 },
      { packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 1000, extra: true },
    ]) {
      const e = await call(bad);
      expect(e.ok, JSON.stringify(bad)).toBe(false);
      if (!e.ok) expect(e.error.code).toBe('bad-request');
    }
    expect(s.studyTime.snapshot().lessons).toEqual({ [`${PACK_ID}/channels`]: MAX_STUDY_MS_PER_CALL });
  });

  it('the progress report shows the recorded time per lesson and module', () => {
    const s = open();
    s.studyTime.record({ packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 90_000 });
    s.studyTime.record({ packId: PACK_ID, kind: 'quiz', id: 'basics-quiz', ms: 30_000 });
    const pack = s.progressReport.view('en').packs.find((p) => p.packId === PACK_ID)!;
    const basics = pack.modules.find((m) => m.id === 'basics')!;
    expect(basics.lessons.find((l) => l.id === 'channels')!.timeMs).toBe(90_000);
    expect(basics.timeMs).toBe(120_000);
  });
});

/** A learner on "another computer" with some work done, and the file they export. */
function otherLearnersFile(): string {
  const other = open();
  other.progress.lessonEvent(PACK_ID, 'intro', 'finished');
  other.progress.lessonEvent(PACK_ID, 'channels', 'opened');
  other.progress.submitAttempt(submission(false));
  other.progress.submitAttempt(submission(true));
  other.studyTime.record({ packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 300_000 });
  return other.portable.exportFile().text;
}

describe('portable service', () => {
  it('exports the current record as a valid file that parses back to it', () => {
    const s = open();
    s.progress.lessonEvent(PACK_ID, 'channels', 'opened');
    s.studyTime.record({ packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 5_000 });
    const out = s.portable.exportFile();
    // Named after the learner (the first profile is "Learner 1"), so a trainer can tell files apart.
    expect(out.fileName).toMatch(/^academy-progress-learner-1-\d{4}-\d{2}-\d{2}\.json$/);
    expect(parsePortableFile(out.text, sha256Hex)).toMatchObject({ ok: true, file: { learner: { name: 'Learner 1' } } });
    expect(out.bytes).toBe(Buffer.byteLength(out.text));
    const parsed = parsePortableFile(out.text, sha256Hex);
    if (!parsed.ok) throw new Error(parsed.details);
    // The learner's unsent xAPI statements travel with the record (store and forward).
    expect(parsed.file.body).toEqual({ progress: s.progress.snapshot(), studyTime: s.studyTime.snapshot(), xapi: { statements: [...s.progress.outbox().queued.values()] } });
    expect(parsed.file.body.xapi?.statements.map((x) => x.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/experienced']);
  });

  it('inspect says what a restore would add, and changes nothing on disk', () => {
    const file = otherLearnersFile();
    const s = open();
    s.progress.lessonEvent(PACK_ID, 'channels', 'opened');
    const before = { progress: read(s, 'progress-log.jsonl'), time: read(s, 'study-time.json') };
    const result = s.portable.inspect(file);
    if (!result.ok) throw new Error(result.reason);
    expect(result.contents).toMatchObject({ lessons: 2, lessonsFinished: 1, attempts: 2, studyTimeMs: 300_000 });
    // channels is opened here already: only intro is new.
    expect(result.changes).toMatchObject({ lessonsAdded: 1, lessonsFinished: 0, attemptsAdded: 2, studyTimeAddedMs: 300_000 });
    expect(result.hasChanges).toBe(true);
    expect(read(s, 'progress-log.jsonl').equals(before.progress)).toBe(true);
    expect(read(s, 'study-time.json').equals(before.time)).toBe(true);
    expect(fs.existsSync(path.join(learnerDir(s), RESTORE_BACKUPS_DIR))).toBe(false);
  });

  it('restore needs confirm: true at the door', async () => {
    const s = open();
    const h = createHandlers(s, (u) => u === APP_PAGE);
    const text = otherLearnersFile();
    for (const arg of [{ text }, { text, confirm: false }, { text, confirm: 'yes' }]) {
      const e = await h.restoreProgress(APP_PAGE, arg);
      expect(e.ok).toBe(false);
      if (!e.ok) expect(e.error.code).toBe('bad-request');
    }
    expect(s.progress.snapshot().attempts).toEqual([]);
  });

  it('restore keeps a backup of the record first, merges, and restoring again changes nothing', async () => {
    const file = otherLearnersFile();
    const s = open();
    const h = createHandlers(s, (u) => u === APP_PAGE);
    s.progress.lessonEvent(PACK_ID, 'channels', 'finished');
    const mine = s.portable.exportFile().text;
    const result = value<RestoreResult>(await h.restoreProgress(APP_PAGE, { text: file, confirm: true }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.changes).toMatchObject({ lessonsAdded: 1, attemptsAdded: 2, studyTimeAddedMs: 300_000 });
    // The backup is the record as it was, as a portable file that can itself be restored.
    const backup = parsePortableFile(fs.readFileSync(path.join(learnerDir(s), result.backupFile!), 'utf8'), sha256Hex);
    const before = parsePortableFile(mine, sha256Hex);
    if (!backup.ok || !before.ok) throw new Error('backup did not parse');
    expect(backup.file.body).toEqual(before.file.body);
    // Merged: the learner's own lesson is still there, and the file's work is added.
    const now = s.progress.snapshot();
    expect(Object.keys(now.lessons).sort()).toEqual([`${PACK_ID}/channels`, `${PACK_ID}/intro`]);
    expect(now.lessons[`${PACK_ID}/channels`]).toEqual(before.file.body.progress.lessons[`${PACK_ID}/channels`]);
    expect(now.lessons[`${PACK_ID}/intro`]?.finishedAt).toEqual(expect.any(String));
    expect(now.attempts).toHaveLength(2);
    expect(s.studyTime.snapshot().lessons[`${PACK_ID}/channels`]).toBe(300_000);
    // Kept on disk across a restart.
    await s.close();
    const again = open(s.dataDir);
    expect(again.progress.snapshot().attempts).toHaveLength(2);
    const second = again.portable.restore(file);
    expect(second).toMatchObject({ ok: true, changes: { lessonsAdded: 0, attemptsAdded: 0, studyTimeAddedMs: 0 } });
    expect(second.ok && second.backupFile).toBeUndefined();
    expect(fs.readdirSync(path.join(learnerDir(again), RESTORE_BACKUPS_DIR))).toHaveLength(1);
  });

  it('a tampered file is refused with its reason and changes nothing', async () => {
    const file = JSON.parse(otherLearnersFile());
    file.body.progress.attempts[0].score = 1;
    const s = open();
    const h = createHandlers(s, (u) => u === APP_PAGE);
    const before = read(s, 'progress-log.jsonl');
    const text = JSON.stringify(file);
    expect(value<InspectResult>(await h.inspectProgressFile(APP_PAGE, { text }))).toMatchObject({ ok: false, reason: 'hash-mismatch' });
    expect(value<RestoreResult>(await h.restoreProgress(APP_PAGE, { text, confirm: true }))).toMatchObject({ ok: false, reason: 'hash-mismatch' });
    // The same file with a key that does not belong: refused on its shape even with a matching hash.
    file.body.progress.attempts[0].grade = 'A';
    file.hash = portableHash(file.body, sha256Hex);
    expect(s.portable.restore(JSON.stringify(file))).toMatchObject({ ok: false, reason: 'wrong-shape', params: { path: 'body.progress.attempts.0' } });
    expect(read(s, 'progress-log.jsonl').equals(before)).toBe(true);
    expect(fs.existsSync(path.join(learnerDir(s), RESTORE_BACKUPS_DIR))).toBe(false);
  });
});

describe('fileNamePart', () => {
  it('turns a learner name into a safe part of a file name', () => {
    expect(fileNamePart("Aïcha N'Diaye")).toBe('aicha-n-diaye');
    expect(fileNamePart('  ../../etc/passwd  ')).toBe('etc-passwd');
    expect(fileNamePart('李雷')).toBe('');
    expect(fileNamePart(undefined)).toBe('');
    expect(fileNamePart('a'.repeat(60))).toHaveLength(40);
  });
});
