// The IPC handlers, as a specification: every channel checks the sender first, then validates its
// argument with the shared schema, then calls the real services on a temporary data folder.
import { describe, it, expect } from 'vitest';
import { useTempDirs } from '../tempDirs';
import { learnerDir } from '../../learnerDir';
import fs from 'node:fs';
import path from 'node:path';
import { createServices, type Services } from '../../../electron/services/services';
import { createHandlers, handlerFor, type Handlers } from '../../../electron/services/api/handlers';
import { CHANNELS, type Channel, type Envelope, type Settings } from '../../../src/core/api/contract';
import { ApiError, createApi } from '../../../src/core/api/createApi';
import type { ProgressSummary, SubmittedAttempt } from '../../../src/core/progress/summaryModel';
import type { Catalog, GlossaryView, LessonView, QuizView } from '../../../src/core/content/views';
import { CONTENT_DIR, PACK_ID, readQuiz, rightAnswers, submission, wrongAnswers } from '../services/packAnswers';
import { buildPortableFile } from '../../../src/core/portable/format';
import { emptyProgress } from '../../../src/core/progress/model';
import { emptyStudyTime } from '../../../src/core/studyTime/record';
import { sha256Hex } from '../../../electron/services/portable/portableService';
import { buildPackArchive } from '../../../electron/services/packs/archiveWriter';
import { scaffoldPack } from '../../../src/core/packs/scaffold';

const APP_PAGE = 'app://academy/index.html';
/** A glossary term the "channels" lesson links: finishing it (GOOD_ARGS.recordLessonEvent) queues it. */
const CHANNELS_TERM = /\[\[([a-z][a-z0-9-]*)/.exec(fs.readFileSync(path.join(CONTENT_DIR, PACK_ID, 'modules/basics/lessons/channels.en.md'), 'utf8'))?.[1];

const tempDir = useTempDirs('academy-handlers-');
/** A valid portable progress file holding an empty record. */
const EMPTY_PORTABLE_FILE = buildPortableFile({ progress: emptyProgress(), studyTime: emptyStudyTime() }, { exportedAt: '2026-01-01T00:00:00.000Z', sha256: sha256Hex }).text;
/** A trainee's file, for the class channels. */
const TRAINEE_FILE = buildPortableFile(
  { progress: emptyProgress(), studyTime: emptyStudyTime() },
  { exportedAt: '2026-01-01T00:00:00.000Z', learnerId: 'p-trainee1', learnerName: 'Awa Diallo', sha256: sha256Hex },
).text;

function setup() {
  const dataDir = tempDir();
  const opened: string[] = [];
  const open = () =>
    createServices({
      dataDir,
      contentRoots: [CONTENT_DIR],
      openExternal: async (url) => {
        opened.push(url);
      },
    });
  const services: Services = open();
  const handlers: Handlers = createHandlers(services, (url) => url === APP_PAGE);
  const call = (channel: Channel, arg?: unknown) => handlers[channel](APP_PAGE, arg);
  const progressFile = path.join(learnerDir(dataDir), 'progress-log.jsonl');
  const settingsFile = path.join(dataDir, 'settings.json');
  const profilesFile = path.join(dataDir, 'profiles.json');
  return { dataDir, services, handlers, call, opened, open, progressFile, settingsFile, profilesFile };
}

function ok<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(`expected ok, got ${e.error.code}: ${e.error.reason} ${JSON.stringify(e.error.params)}`);
  return e.value as T;
}

function failure(e: Envelope<unknown>) {
  if (e.ok) throw new Error(`expected an error, got ${JSON.stringify(e.value).slice(0, 200)}`);
  return e.error;
}

const UPLOAD_PLACEHOLDER = '0'.repeat(24);

/** An argument that every channel would accept from a trusted page. */
const GOOD_ARGS: Record<Channel, unknown> = {
  getStartup: { lesson: { packId: PACK_ID, lessonId: 'channels' } },
  searchCourse: { query: 'mainlevée', lang: 'fr' },
  getCatalog: { lang: 'en' },
  getLesson: { packId: PACK_ID, lessonId: 'channels', lang: 'en' },
  getQuiz: { packId: PACK_ID, quizId: 'basics-quiz', lang: 'en' },
  getGlossary: { packId: PACK_ID, lang: 'en' },
  getProgress: null,
  recordLessonEvent: { packId: PACK_ID, lessonId: 'channels', event: 'finished' },
  submitAttempt: submission('basics-quiz', rightAnswers('basics-quiz')),
  setPosition: { screen: 'lesson', packId: PACK_ID, lessonId: 'channels' },
  getSettings: null,
  setSettings: { language: 'fr' },
  getNotices: null,
  dismissNotice: { id: 'progress-restored' },
  openExternal: { url: 'https://www.wcoomd.org/' },
  getReview: { lang: 'en' },
  answerReview: { cardId: `t:${PACK_ID}/${CHANNELS_TERM}`, lang: 'en', rating: 'good' },
  getCertificate: { packId: PACK_ID, lang: 'en' },
  verifyCertificate: {
    details: { name: 'Ana Silva', courseId: PACK_ID, courseVersion: '1.0.0', date: '2025-03-12', scorePercent: 90, hours: 2.5 },
    code: 'ABCD-EFGH-JKLM-NPQR',
  },
  makeHandout: { packId: PACK_ID, moduleId: 'basics', lang: 'en', kind: 'quiz-sheet' },
  exportScormModule: { packId: PACK_ID, moduleId: 'basics', lang: 'fr' },
  recordStudyTime: { packId: PACK_ID, kind: 'lesson', id: 'channels', ms: 30_000 },
  getProgressReport: { lang: 'en' },
  exportProgress: null,
  inspectProgressFile: { text: EMPTY_PORTABLE_FILE },
  restoreProgress: { text: EMPTY_PORTABLE_FILE, confirm: true },
  listProfiles: null,
  createProfile: { name: 'New learner', pin: '1234' },
  switchProfile: { id: 'p-second0' },
  leaveProfile: null,
  renameProfile: { id: 'p-second0', name: 'Second learner' },
  deleteProfile: { id: 'p-third00' },
  setProfilePin: { pin: '2468' },
  exportGift: { packId: PACK_ID, lang: 'en' },
  importGift: { fileName: 'national.gift', text: '::q1:: Customs may release low-risk parcels on arrival. {T}\n', lang: 'en' },
  listClasses: null,
  createClass: { name: 'Rabat, March', startsOn: '2026-03-02', endsOn: '2026-03-06', groups: ['Morning'] },
  getClass: { classId: 'c-class000', lang: 'fr' },
  importClassFiles: { classId: 'c-class000', files: [{ name: 'trainee.json', text: TRAINEE_FILE }] },
  setClassTraineeGroup: { classId: 'c-class000', key: 'id:p-trainee1', group: 'Morning' },
  getClassItems: { classId: 'c-class000', lang: 'en' },
  getClassTrainee: { classId: 'c-class000', key: 'id:p-trainee1', lang: 'en' },
  exportClassCsv: { classId: 'c-class000', kind: 'roster', lang: 'fr' },
  exportClassPdf: { classId: 'c-class000', lang: 'en' },
  recordClassSession: {
    classId: 'c-class000',
    session: { id: 'session-1', quizId: 'basics-quiz', kind: 'pretest', at: '2026-03-02T09:00:00.000Z', questions: [{ questionId: 'q1', moduleId: 'basics', shareCorrect: 0.4 }] },
  },
  removeClassTrainee: { classId: 'c-class000', key: 'id:p-trainee1' },
  deleteClass: { classId: 'c-gone0000' },
  getXapiStatus: null,
  sendXapiNow: null,
  exportXapiStatements: null,
  getDiagnosticQuiz: { packId: PACK_ID, lang: 'en', seed: 7 },
  saveClassSession: {
    kind: 'quiz',
    packId: PACK_ID,
    quizId: 'basics-quiz',
    title: 'Basics',
    lang: 'en',
    startedAt: '2026-12-05T09:00:00.000Z',
    endedAt: '2026-12-05T09:20:00.000Z',
    questions: [{ id: 'q1', moduleId: 'basics', prompt: 'Who?', choices: [{ id: 'a', label: 'Customs', correct: true, hands: 12 }, { id: 'b', label: 'Post', correct: false, hands: 3 }] }],
  },
  listClassSessions: { packId: PACK_ID },
  trainerLessonNotes: { packId: PACK_ID, lessonId: 'channels', lang: 'en' },
  listPacks: { lang: 'en' },
  beginPackUpload: { fileName: 'national.academypack', size: 10 },
  // An upload made by withRealProfiles: its id and the archive's bytes replace these placeholders.
  uploadPackChunk: { uploadId: UPLOAD_PLACEHOLDER, offset: 0, data: 'ARCHIVE' },
  checkPack: { uploadId: UPLOAD_PLACEHOLDER, lang: 'en' },
  getPackJob: { uploadId: UPLOAD_PLACEHOLDER, lang: 'en' },
  installPack: { uploadId: UPLOAD_PLACEHOLDER, lang: 'en' },
  cancelPackUpload: { uploadId: UPLOAD_PLACEHOLDER },
  removePack: { packId: 'national-test' },
};

/** The trainer area's channels: refused for a trainee profile. */
const TRAINER_CHANNELS = [
  'exportGift',
  'importGift',
  'getDiagnosticQuiz',
  'saveClassSession',
  'listClassSessions',
  'trainerLessonNotes',
  // Classes hold other people's results; handouts include the answer key.
  'listClasses',
  'createClass',
  'getClass',
  'importClassFiles',
  'removeClassTrainee',
  'setClassTraineeGroup',
  'deleteClass',
  'getClassItems',
  'getClassTrainee',
  'exportClassCsv',
  'exportClassPdf',
  'recordClassSession',
  'makeHandout',
  'exportScormModule',
] as const satisfies readonly Channel[];

/** GOOD_ARGS with its placeholder profile ids replaced by two profiles made in `services`. */
async function withRealProfiles(services: Services): Promise<(channel: Channel) => unknown> {
  // A trainer's profile, so that the trainer channels answer too.
  const trainer = await services.profiles.create({ name: 'Trainer', role: 'trainer' });
  await services.profiles.switchTo({ id: trainer.id });
  const second = await services.profiles.create({ name: 'Second' });
  const third = await services.profiles.create({ name: 'Third' });
  // A class with the trainee in it, and one to delete.
  const klass = services.classes.create({ name: 'Class', groups: ['Morning'] });
  services.classes.importTexts(klass.id, [{ name: 'trainee.json', text: TRAINEE_FILE }]);
  const gone = services.classes.create({ name: 'Gone' });
  // A real pack archive, uploaded in one chunk by the upload channels.
  const src = tempDir();
  for (const [f, text] of Object.entries(scaffoldPack('national-test', ['en']))) {
    fs.mkdirSync(path.dirname(path.join(src, f)), { recursive: true });
    fs.writeFileSync(path.join(src, f), text);
  }
  const archive = path.join(tempDir(), 'national.academypack');
  await buildPackArchive(src, archive, { minAppVersion: '0.0.1' });
  const bytes = fs.readFileSync(archive);
  const { uploadId } = services.packs.beginUpload({ fileName: 'national.academypack', size: bytes.length });
  return (channel) =>
    JSON.parse(
      JSON.stringify(GOOD_ARGS[channel] ?? null)
        .replaceAll('p-second0', second.id)
        .replaceAll('p-third00', third.id)
        .replaceAll('c-class000', klass.id)
        .replaceAll('c-gone0000', gone.id)
        .replaceAll(UPLOAD_PLACEHOLDER, uploadId)
        .replaceAll('ARCHIVE', bytes.toString('base64')),
    );
}

describe('handlers: the sender check', () => {
  it('has exactly one handler per channel in CHANNELS', () => {
    const { handlers } = setup();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(handlers)).toBe(true);
  });

  const untrusted = [undefined, 'http://evil.example/', 'file:///x', 'app://academy.evil/index.html', ''];
  it.each(CHANNELS)('%s refuses untrusted senders with bad-sender and changes nothing on disk', async (channel) => {
    const { handlers, progressFile, settingsFile, profilesFile, opened } = setup();
    const progressBefore = fs.readFileSync(progressFile);
    const settingsBefore = fs.readFileSync(settingsFile);
    const profilesBefore = fs.readFileSync(profilesFile);
    for (const sender of untrusted) {
      const error = failure(await handlers[channel](sender, GOOD_ARGS[channel]));
      expect(error.code).toBe('bad-sender');
      expect(error).toEqual({ code: 'bad-sender', reason: 'errors.badSender', params: { channel } });
    }
    expect(fs.readFileSync(progressFile).equals(progressBefore)).toBe(true);
    expect(fs.readFileSync(settingsFile).equals(settingsBefore)).toBe(true);
    expect(fs.readFileSync(profilesFile).equals(profilesBefore)).toBe(true);
    expect(opened).toEqual([]);
  });

  it('checks the sender before the argument (a bad argument from a bad sender is still bad-sender)', async () => {
    const { handlers } = setup();
    expect(failure(await handlers.getLesson('http://evil.example/', { lessonId: '../x' })).code).toBe('bad-sender');
  });

  it('the good arguments used above do succeed from the app page (so the refusals are meaningful)', async () => {
    const { call, services } = setup();
    const args = await withRealProfiles(services);
    // leaveProfile closes the learner's record, which the other channels need: it goes last.
    // The trainer channels go first, while the trainer's profile is still the active one.
    const rank = (c: Channel) => (c === 'leaveProfile' ? 2 : (TRAINER_CHANNELS as readonly Channel[]).includes(c) ? 0 : 1);
    const order = [...CHANNELS].sort((a, b) => rank(a) - rank(b));
    for (const channel of order) {
      const result = await call(channel, args(channel));
      expect(result.ok, `${channel}: ${result.ok ? '' : result.error.reason}`).toBe(true);
    }
    // Every channel once, PDFs included (certificate, handout): 30 s was too tight on a loaded machine.
  }, 90_000);
});

describe('handlers: the trainer area', () => {
  it.each(TRAINER_CHANNELS)('%s refuses a trainee profile with a reason the UI translates', async (channel) => {
    const { call, services } = setup();
    expect(services.profiles.list().profiles.find((p) => p.id === services.profiles.list().activeId)?.role).toBe('trainee');
    const error = failure(await call(channel, GOOD_ARGS[channel]));
    expect(error).toEqual({ code: 'bad-request', reason: 'trainer.error.trainerOnly', params: {} });
  });

  it('a trainer exports a module as a SCORM 1.2 zip, its manifest first', async () => {
    const { call, services } = setup();
    const trainer = await services.profiles.create({ name: 'Trainer', role: 'trainer' });
    await services.profiles.switchTo({ id: trainer.id });
    const zip = ok<{ fileName: string; zipBase64: string }>(await call('exportScormModule', { packId: PACK_ID, moduleId: 'basics', lang: 'fr' }));
    expect(zip.fileName).toBe(`${PACK_ID}-basics-fr-scorm12.zip`);
    const bytes = Buffer.from(zip.zipBase64, 'base64');
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    // The first local file header names the manifest (offset 30 holds the name).
    expect(bytes.subarray(30, 30 + 'imsmanifest.xml'.length).toString()).toBe('imsmanifest.xml');
    expect(failure(await call('exportScormModule', { packId: PACK_ID, moduleId: 'no-such-module', lang: 'fr' }))).toMatchObject({ reason: 'scorm.errors.noModule' });
  }, 120_000);

  it('a trainer saves a class session and lists it back; the diagnostic draw is the same for the same seed', async () => {
    const { call, services, dataDir } = setup();
    const trainer = await services.profiles.create({ name: 'Trainer', role: 'trainer' });
    await services.profiles.switchTo({ id: trainer.id });
    const saved = ok<{ id: string }>(await call('saveClassSession', GOOD_ARGS.saveClassSession));
    const file = path.join(dataDir, 'profiles', trainer.id, 'class-sessions', `${saved.id}.json`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(GOOD_ARGS.saveClassSession);
    const listed = ok<{ id: string; title: string }[]>(await call('listClassSessions', { packId: PACK_ID }));
    expect(listed.map((s) => [s.id, s.title])).toEqual([[saved.id, 'Basics']]);
    expect(ok<unknown[]>(await call('listClassSessions', { packId: 'other-pack' }))).toEqual([]);
    const a = ok<{ questions: { question: { id: string } }[] }>(await call('getDiagnosticQuiz', { packId: PACK_ID, lang: 'en', seed: 11 }));
    const b = ok<{ questions: { question: { id: string } }[] }>(await call('getDiagnosticQuiz', { packId: PACK_ID, lang: 'en', seed: 11 }));
    expect(a.questions.length).toBeGreaterThan(0);
    expect(b.questions.map((q) => q.question.id)).toEqual(a.questions.map((q) => q.question.id));
  });

  it('refuses a class session that is not one (bad shape) with bad-request, naming the field', async () => {
    const { call, services } = setup();
    const trainer = await services.profiles.create({ name: 'Trainer', role: 'trainer' });
    await services.profiles.switchTo({ id: trainer.id });
    const bad = { ...(GOOD_ARGS.saveClassSession as object), kind: 'exam' };
    expect(failure(await call('saveClassSession', bad))).toMatchObject({ code: 'bad-request', reason: 'errors.badRequest', params: { field: 'kind' } });
  });
});

describe('handlers: good arguments', () => {
  it('getCatalog lists the built-in pack and its module', async () => {
    const { call } = setup();
    const catalog = ok<Catalog>(await call('getCatalog', { lang: 'en' }));
    expect(catalog.rejected).toEqual([]);
    expect(catalog.packs.map((p) => p.id)).toEqual([PACK_ID]);
    const mod = catalog.packs[0]!.modules[0]!;
    expect(mod.id).toBe('basics');
    expect(mod.quizId).toBe('basics-quiz');
    expect(mod.lessons.map((l) => [l.id, l.checkId])).toEqual([
      ['what-is-ecommerce', 'what-is-ecommerce-check'],
      ['channels', 'channels-check'],
      ['stakeholders', 'stakeholders-check'],
      ['challenges', 'challenges-check'],
      ['wco-response', 'wco-response-check'],
    ]);
  });

  it('getLesson in French returns the French text, without fallback', async () => {
    const { call } = setup();
    const lesson = ok<LessonView>(await call('getLesson', { packId: PACK_ID, lessonId: 'what-is-ecommerce', lang: 'fr' }));
    expect(lesson).toMatchObject({ lang: 'fr', fallback: false, id: 'what-is-ecommerce', moduleId: 'basics', checkId: 'what-is-ecommerce-check', nextId: 'channels' });
    const source = fs.readFileSync(path.join(CONTENT_DIR, PACK_ID, 'modules/basics/lessons/what-is-ecommerce.fr.md'), 'utf8');
    expect(lesson.title).toBe(/^title: (.*)$/m.exec(source)?.[1]);
    expect(lesson.title).toMatch(/^Qu’est-ce que le commerce électronique transfrontalier/);
    expect(lesson.html).toContain('Pourquoi une définition de travail');
    expect(lesson.html).not.toContain('<script');
  });

  it('getLesson in a language the pack lacks falls back visibly to English', async () => {
    const { call } = setup();
    expect(ok<LessonView>(await call('getLesson', { packId: PACK_ID, lessonId: 'channels', lang: 'de' }))).toMatchObject({ lang: 'en', fallback: true });
  });

  it('getQuiz returns the quiz with every question of the YAML file', async () => {
    const { call } = setup();
    const quiz = ok<QuizView>(await call('getQuiz', { packId: PACK_ID, quizId: 'basics-quiz', lang: 'en' }));
    expect(quiz).toMatchObject({ id: 'basics-quiz', packId: PACK_ID, moduleId: 'basics', passMark: 0.8, lang: 'en', fallback: false });
    expect(quiz.questions.map((q) => q.id)).toEqual(readQuiz('basics-quiz').questions.map((q) => q.id));
  });

  it('getGlossary returns the terms in the requested language', async () => {
    const { call } = setup();
    const glossary = ok<GlossaryView>(await call('getGlossary', { packId: PACK_ID, lang: 'fr' }));
    expect(glossary).toMatchObject({ packId: PACK_ID, lang: 'fr', fallback: false });
    expect(glossary.terms.find((t) => t.id === 'b2c')?.term).toBe('B2C (d’entreprise à consommateur)');
  });

  it('getProgress returns an empty summary on a fresh data folder, with or without a null argument', async () => {
    const { call } = setup();
    const expected = { lessons: {}, position: null, review: { cards: {}, activeDays: [] }, quizzes: {} };
    expect(ok(await call('getProgress', null))).toEqual(expected);
    expect(ok(await call('getProgress', undefined))).toEqual(expected);
  });

  it('recordLessonEvent records the event and it is on disk after a restart', async () => {
    const { call, open } = setup();
    const snap = ok<ProgressSummary>(await call('recordLessonEvent', { packId: PACK_ID, lessonId: 'channels', event: 'opened' }));
    expect(snap.lessons[`${PACK_ID}/channels`]).toEqual({ openedAt: expect.any(String) });
    expect(open().progress.snapshot().lessons).toEqual(snap.lessons);
  });

  it('submitAttempt scores on the main side: right answers pass, wrong ones fail', async () => {
    const { call, open } = setup();
    const right = ok<SubmittedAttempt>(await call('submitAttempt', submission('basics-quiz', rightAnswers('basics-quiz'))));
    const wrong = ok<SubmittedAttempt>(await call('submitAttempt', submission('basics-quiz', wrongAnswers('basics-quiz'))));
    expect(right.attempt).toMatchObject({ score: 1, passed: true });
    expect(wrong.attempt).toMatchObject({ score: 0, passed: false });
    // Each answer returns the summary the screens need next: no second call for it.
    expect(wrong.progress.quizzes[`${PACK_ID}/basics-quiz`]).toEqual({ attempts: 2, passes: 1, bestScore: 1 });
    expect(wrong.questions.every((q) => q.points === 0)).toBe(true);
    expect(open().progress.snapshot().attempts).toEqual([right.attempt, wrong.attempt]);
  });

  it('submitAttempt ignores any score the renderer claims (extra fields are refused)', async () => {
    const { call } = setup();
    const e = failure(await call('submitAttempt', { ...submission('basics-quiz', wrongAnswers('basics-quiz')), score: 1, passed: true }));
    expect(e.code).toBe('bad-request');
  });

  it('setPosition returns the updated summary and persists', async () => {
    const { call, open } = setup();
    const after = ok<ProgressSummary>(await call('setPosition', { screen: 'module', packId: PACK_ID, moduleId: 'basics' }));
    expect(after.position).toMatchObject({ screen: 'module', moduleId: 'basics' });
    expect(open().progress.snapshot().position).toMatchObject({ screen: 'module', moduleId: 'basics' });
  });

  it('getSettings / setSettings: the language change persists across a restart', async () => {
    const { call, open } = setup();
    expect(ok<Settings>(await call('getSettings')).language).toBe('en');
    expect(ok<Settings>(await call('setSettings', { language: 'fr' })).language).toBe('fr');
    expect(ok<Settings>(await call('getSettings')).language).toBe('fr');
    expect(open().settings.get().language).toBe('fr');
    // An empty patch changes nothing.
    expect(ok<Settings>(await call('setSettings', {})).language).toBe('fr');
  });

  it('setSettings refuses a well-formed language the app has no UI for', async () => {
    const { call } = setup();
    const e = failure(await call('setSettings', { language: 'de' }));
    expect(e).toEqual({ code: 'bad-request', reason: 'errors.languageUnavailable', params: { lang: 'de' } });
    expect(ok<Settings>(await call('getSettings')).language).toBe('en');
  });

  it('getNotices is empty on a clean start; dismissNotice removes a notice', async () => {
    const { call, dataDir } = setup();
    expect(ok(await call('getNotices'))).toEqual([]);
    expect(await call('dismissNotice', { id: 'nothing-to-dismiss' })).toEqual({ ok: true, value: null });

    // A damaged progress log gives a notice on the next start, until it is dismissed.
    fs.writeFileSync(path.join(learnerDir(dataDir), 'progress-log.jsonl'), '{"trunc');
    const services = createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });
    const h = createHandlers(services, (url) => url === APP_PAGE);
    const notices = ok<{ id: string; key: string }[]>(await h.getNotices(APP_PAGE, null));
    expect(notices.map((n) => n.id)).toEqual(['progress-log-unreadable']);
    expect(await h.dismissNotice(APP_PAGE, { id: 'progress-log-unreadable' })).toEqual({ ok: true, value: null });
    expect(ok(await h.getNotices(APP_PAGE, null))).toEqual([]);
  });

  it('openExternal hands an https address to the system browser', async () => {
    const { call, opened } = setup();
    expect(ok(await call('openExternal', { url: 'https://www.wcoomd.org/en/topics/facilitation.aspx' }))).toEqual({ opened: true });
    expect(opened).toEqual(['https://www.wcoomd.org/en/topics/facilitation.aspx']);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'https://user:pw@example.org/', 'ms-settings:', 'https:///x'])(
    'openExternal refuses %s with bad-request and never calls the system browser',
    async (url) => {
      const { call, opened } = setup();
      expect(failure(await call('openExternal', { url })).code).toBe('bad-request');
      expect(opened).toEqual([]);
    },
  );
});

describe('handlers: bad arguments are refused with the generic reason, naming the channel and the field', () => {
  const cases: [string, Channel, unknown, RegExp][] = [
    ['an unknown extra key', 'getCatalog', { lang: 'en', admin: true }, /admin/],
    ['a top-level __proto__ key', 'getCatalog', JSON.parse('{"lang":"en","__proto__":{"polluted":1}}'), /__proto__/],
    ['a wrong type', 'getLesson', { packId: PACK_ID, lessonId: 42, lang: 'en' }, /lessonId/],
    ['a missing field', 'getQuiz', { packId: PACK_ID, lang: 'en' }, /quizId/],
    ['an id with ../', 'getLesson', { packId: PACK_ID, lessonId: '../../etc/passwd', lang: 'en' }, /lessonId/],
    ['a pack id with ../', 'getGlossary', { packId: '../wco-ecommerce', lang: 'en' }, /packId/],
    ['lang "english"', 'getCatalog', { lang: 'english' }, /lang/],
    ['an unknown event', 'recordLessonEvent', { packId: PACK_ID, lessonId: 'channels', event: 'deleted' }, /event/],
    ['a huge durationMs', 'submitAttempt', { ...submission('basics-quiz', {}), durationMs: 1e15 }, /durationMs/],
    ['a negative seed', 'submitAttempt', { ...submission('basics-quiz', {}), seed: -1 }, /seed/],
    ['a bad startedAt', 'submitAttempt', { ...submission('basics-quiz', {}), startedAt: 'yesterday' }, /startedAt/],
    ['an answer key that is not an id', 'submitAttempt', submission('basics-quiz', { 'Q1!': { type: 'true-false', value: true } }), /answers/],
    ['an answer of an unknown type', 'submitAttempt', submission('basics-quiz', { q1: { type: 'essay', text: 'x' } } as never), /answers\.q1/],
    ['an unknown screen', 'setPosition', { screen: 'admin', packId: PACK_ID }, /screen/],
    ['settings with an unknown key', 'setSettings', { language: 'fr', theme: 'dark' }, /theme/],
    ['an argument to a no-argument channel', 'getProgress', { all: true }, /^-$/],
    ['a string instead of an object', 'getCatalog', 'en', /^-$/],
    ['an empty notice id', 'dismissNotice', { id: '' }, /id/],
    ['a very long URL', 'openExternal', { url: `https://example.org/${'a'.repeat(3000)}` }, /url/],
  ];

  it.each(cases)('%s', async (_label, channel, arg, field) => {
    const { call, progressFile } = setup();
    const before = fs.readFileSync(progressFile);
    const e = failure(await call(channel, arg));
    expect(e.code).toBe('bad-request');
    expect(e.reason).toBe('errors.badRequest');
    expect(String(e.params.field)).toMatch(field);
    expect(e.params.channel).toBe(channel);
    expect(fs.readFileSync(progressFile).equals(before)).toBe(true);
  });

  it('a __proto__ key in answers cannot pollute prototypes nor reach the stored record', async () => {
    const { call, progressFile } = setup();
    const arg = JSON.parse(
      JSON.stringify(submission('basics-quiz', {})).replace('"answers":{}', '"answers":{"__proto__":{"type":"single","option":"a"},"q1":{"type":"single","option":"c"}}'),
    );
    expect(Object.getOwnPropertyNames(arg.answers)).toContain('__proto__');
    const res = await call('submitAttempt', arg);
    // Whether refused or stripped, nothing may leak into Object.prototype or onto disk.
    expect(({} as Record<string, unknown>)['option']).toBeUndefined();
    expect(({} as Record<string, unknown>)['type']).toBeUndefined();
    expect(fs.readFileSync(progressFile, 'utf8')).not.toContain('__proto__');
    if (res.ok) {
      const { attempt } = res.value as SubmittedAttempt;
      expect(Object.getOwnPropertyNames(attempt.answers)).toEqual(['q1']);
      expect(Object.getPrototypeOf(attempt.answers)).toBe(Object.prototype);
    } else {
      expect(res.error.code).toBe('bad-request');
      expect(String(res.error.params.field)).toMatch(/answers/);
    }
  });
});

describe('handlers: an unexpected failure', () => {
  it('reaches the renderer as errors.internal with an id; the details stay in the log under that id', async () => {
    const services = createServices({
      dataDir: tempDir(),
      contentRoots: [CONTENT_DIR],
      openExternal: async () => {
        throw new Error('spawn xdg-open ENOENT in /home/trainer/.local/bin');
      },
    });
    const logged: { message: string; error: unknown }[] = [];
    const handlers = createHandlers(services, (url) => url === APP_PAGE, (message, error) => logged.push({ message, error }));
    const e = failure(await handlers.openExternal(APP_PAGE, { url: 'https://www.wcoomd.org/' }));
    expect(e).toEqual({ code: 'internal', reason: 'errors.internal', params: { id: expect.stringMatching(/^[0-9A-F]{8}$/) }, id: e.params.id });
    expect(JSON.stringify(e)).not.toMatch(/xdg-open|home/);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.message).toContain(`[error ${e.id}]`);
    expect(String(logged[0]!.error)).toContain('/home/trainer/.local/bin');
  });
});

describe('handlers: unknown ids', () => {
  it.each([
    ['getLesson', { packId: PACK_ID, lessonId: 'no-such-lesson', lang: 'en' }],
    ['getLesson', { packId: 'no-such-pack', lessonId: 'channels', lang: 'en' }],
    ['getQuiz', { packId: PACK_ID, quizId: 'no-such-quiz', lang: 'en' }],
    ['getGlossary', { packId: 'no-such-pack', lang: 'en' }],
    ['recordLessonEvent', { packId: PACK_ID, lessonId: 'no-such-lesson', event: 'opened' }],
    ['submitAttempt', submission('no-such-quiz', {})],
  ] as [Channel, unknown][])('%s with %j returns not-found and records nothing', async (channel, arg) => {
    const { call, progressFile } = setup();
    const before = fs.readFileSync(progressFile);
    const e = failure(await call(channel, arg));
    expect(e.code).toBe('not-found');
    expect(e.reason).toMatch(/^errors\.notFound\./);
    expect(Object.values(e.params).join(' ')).toMatch(/no-such/);
    expect(fs.readFileSync(progressFile).equals(before)).toBe(true);
  });
});

describe('handlerFor', () => {
  it('finds channels by name and nothing else, not even inherited members', () => {
    const { handlers } = setup();
    expect(handlerFor(handlers, 'getCatalog')).toBe(handlers.getCatalog);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'GETCATALOG']) {
      expect(handlerFor(handlers, name), name).toBeUndefined();
    }
  });
});

describe('createApi over the handlers', () => {
  function api() {
    const s = setup();
    return { ...s, api: createApi((ch, arg) => s.handlers[ch](APP_PAGE, arg)) };
  }

  it('exposes every channel as a method and nothing else', () => {
    const { api: a } = api();
    expect(Object.keys(a).sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('returns the values of successful calls', async () => {
    const { api: a } = api();
    expect((await a.getCatalog({ lang: 'fr' })).packs[0]).toMatchObject({ id: PACK_ID, lang: 'fr' });
    expect(await a.getProgress()).toMatchObject({ lessons: {}, quizzes: {} });
    const submitted = await a.submitAttempt(submission('basics-quiz', rightAnswers('basics-quiz')));
    expect(submitted.attempt).toMatchObject({ passed: true, score: 1 });
    expect(await a.getProgress()).toEqual(submitted.progress);
    expect((await a.setPosition({ screen: 'quiz', packId: PACK_ID, quizId: 'basics-quiz' })).position).toMatchObject({ quizId: 'basics-quiz' });
    expect((await a.setSettings({ language: 'fr' })).language).toBe('fr');
    expect(await a.openExternal({ url: 'https://example.org/' })).toEqual({ opened: true });
  });

  it('throws ApiError carrying the code on failure', async () => {
    const { api: a } = api();
    const notFound = await a.getLesson({ packId: PACK_ID, lessonId: 'no-such-lesson', lang: 'en' }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ApiError);
    expect(notFound).toMatchObject({ name: 'ApiError', code: 'not-found', reason: 'errors.notFound.lesson', params: { lesson: 'no-such-lesson', pack: PACK_ID } });

    const badRequest = await a.getCatalog({ lang: 'english' }).catch((e: unknown) => e);
    expect(badRequest).toMatchObject({ code: 'bad-request', reason: 'errors.badRequest', params: { channel: 'getCatalog', field: 'lang' } });

    const refused = await a.openExternal({ url: 'javascript:alert(1)' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('bad-request');
  });

  it('throws bad-sender when the transport reports an untrusted page', async () => {
    const { handlers } = setup();
    const evil = createApi((ch, arg) => handlers[ch]('http://evil.example/', arg));
    await expect(evil.getProgress()).rejects.toMatchObject({ name: 'ApiError', code: 'bad-sender' });
  });
});
