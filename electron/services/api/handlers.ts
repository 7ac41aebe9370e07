// One handler per channel. Each checks the sender, validates its argument with the same
// schema the service uses, then calls the service. Errors come back as values (Envelope).
import type { z } from 'zod';
import type { AcademyApi, Channel, Envelope } from '../../../src/core/api/contract';
import * as S from '../../../src/core/api/schemas';
import * as P from '../../../src/core/packs/packApiSchemas';
import type { Services } from '../services';
import { NotFoundError, RequestError } from '../errors';
import { startup } from '../startup/startup';
import { diagnosticQuiz } from '../../../src/core/trainer/diagnostic';
import { lessonNotes } from '../../../src/core/trainer/lessonNotes';
import { appLessonLinks } from '../content/contentLibrary';
import { internalFailure, refusal, type Log } from './refusals';

export type Handler = (senderUrl: string | undefined, arg: unknown) => Promise<Envelope<unknown>>;
export type Handlers = Record<Channel, Handler>;

type Spec<C extends Channel> = {
  args: z.ZodType<Parameters<AcademyApi[C]>[0]>;
  run: (s: Services, arg: Parameters<AcademyApi[C]>[0]) => Awaited<ReturnType<AcademyApi[C]>> | ReturnType<AcademyApi[C]>;
};

/** Speaker notes with links and media as the lesson screen has them. */
function notesOf(s: Services, a: S.LessonNotesArgs) {
  const notes = lessonNotes(s.content.pack(a.packId), a.lessonId, a.lang, appLessonLinks(a.packId));
  if (!notes) throw new NotFoundError('errors.notFound.lesson', { lesson: a.lessonId, pack: a.packId });
  return notes;
}

/** A channel of the trainer area: refused unless the active profile is a trainer's. */
const trainerOnly =
  <A, R>(run: (s: Services, a: A) => R) =>
  (s: Services, a: A): R => {
    s.profiles.requireTrainer();
    return run(s, a);
  };

const SPECS: { [C in Channel]: Spec<C> } = {
  getStartup: { args: S.startupArgs, run: (s, a) => startup(s, a) },
  searchCourse: { args: S.searchArgs, run: (s, a) => s.search.search(a.query, a.lang) },
  getCatalog: { args: S.catalogArgs, run: (s, a) => s.content.catalog(a.lang) },
  getLesson: { args: S.lessonArgs, run: (s, a) => s.content.lesson(a.packId, a.lessonId, a.lang) },
  getQuiz: { args: S.quizArgs, run: (s, a) => s.content.quiz(a.packId, a.quizId, a.lang, a.seed) },
  getGlossary: { args: S.glossaryArgs, run: (s, a) => s.content.glossary(a.packId, a.lang) },
  getProgress: { args: S.noArgs, run: (s) => s.progress.summary() },
  recordLessonEvent: { args: S.lessonEventArgs, run: (s, a) => s.progress.lessonEvent(a.packId, a.lessonId, a.event) },
  submitAttempt: { args: S.submitAttemptArgs, run: (s, a) => s.progress.submitAttempt(a) },
  setPosition: { args: S.positionArgs, run: (s, a) => s.progress.setPosition(a) },
  getSettings: { args: S.noArgs, run: (s) => s.settings.get() },
  setSettings: { args: S.settingsPatch, run: (s, a) => s.settings.set(a) },
  getNotices: { args: S.noArgs, run: (s) => s.notices.list() },
  dismissNotice: { args: S.dismissNoticeArgs, run: (s, a) => s.notices.dismiss(a.id) },
  exportGift: { args: S.exportGiftArgs, run: trainerOnly((s, a) => s.questionBank.exportGift(a.packId, a.lang)) },
  importGift: { args: S.importGiftArgs, run: trainerOnly((s, a) => s.questionBank.importGift(a.fileName, a.text, a.lang, a.title)) },
  openExternal: {
    args: S.openExternalArgs,
    run: async (s, a) => {
      await s.openExternal(a.url);
      return { opened: true };
    },
  },
  getReview: { args: S.reviewArgs, run: (s, a) => s.review.view(a.lang, a.limit) },
  answerReview: { args: S.answerReviewArgs, run: (s, a) => s.review.answer(a) },
  getCertificate: { args: S.certificateArgs, run: (s, a) => s.certificates.get(a) },
  verifyCertificate: { args: S.verifyCertificateArgs, run: (s, a) => s.certificates.verify(a) },
  exportScormModule: { args: S.scormExportArgs, run: trainerOnly((s, a) => s.scorm.exportModule(a)) },
  makeHandout: { args: S.handoutArgs, run: trainerOnly((s, a) => s.handouts.pdf(a)) },
  recordStudyTime: {
    args: S.recordStudyTimeArgs,
    run: (s, a) => {
      s.studyTime.record(a);
    },
  },
  getProgressReport: { args: S.progressReportArgs, run: (s, a) => s.progressReport.view(a.lang) },
  exportProgress: { args: S.noArgs, run: (s) => s.portable.exportFile() },
  inspectProgressFile: { args: S.inspectProgressFileArgs, run: (s, a) => s.portable.inspect(a.text) },
  restoreProgress: { args: S.restoreProgressArgs, run: (s, a) => s.portable.restore(a.text) },
  listProfiles: { args: S.noArgs, run: (s) => s.profiles.list() },
  createProfile: { args: S.createProfileArgs, run: (s, a) => s.profiles.create(a) },
  switchProfile: { args: S.switchProfileArgs, run: (s, a) => s.profiles.switchTo(a) },
  leaveProfile: { args: S.noArgs, run: (s) => s.profiles.leave() },
  renameProfile: { args: S.renameProfileArgs, run: (s, a) => s.profiles.rename(a) },
  deleteProfile: { args: S.deleteProfileArgs, run: (s, a) => s.profiles.remove(a) },
  setProfilePin: { args: S.setProfilePinArgs, run: (s, a) => s.profiles.setPin(a) },
  listClasses: { args: S.noArgs, run: trainerOnly((s) => s.classes.list()) },
  createClass: { args: S.createClassArgs, run: trainerOnly((s, a) => s.classes.create(a)) },
  getClass: { args: S.classArgs, run: trainerOnly((s, a) => s.classes.view(a.classId, a.lang, a.packId)) },
  importClassFiles: { args: S.importClassFilesArgs, run: trainerOnly((s, a) => s.classes.importTexts(a.classId, a.files)) },
  removeClassTrainee: { args: S.classTraineeArgs, run: trainerOnly((s, a) => s.classes.removeTrainee(a.classId, a.key)) },
  setClassTraineeGroup: { args: S.setClassTraineeGroupArgs, run: trainerOnly((s, a) => s.classes.setGroup(a.classId, a.key, a.group)) },
  deleteClass: { args: S.classIdArgs, run: trainerOnly((s, a) => ({ name: s.classes.remove(a.classId).name })) },
  getClassItems: { args: S.classArgs, run: trainerOnly((s, a) => s.classes.items(a.classId, a.lang, a.packId)) },
  getClassTrainee: { args: S.classTraineeViewArgs, run: trainerOnly((s, a) => s.classes.trainee(a.classId, a.key, a.lang, a.packId)) },
  exportClassCsv: { args: S.exportClassCsvArgs, run: trainerOnly((s, a) => s.classes.exportCsv(a.classId, a.kind, a.lang, a.packId)) },
  exportClassPdf: { args: S.classArgs, run: trainerOnly((s, a) => s.classes.exportPdf(a.classId, a.lang, a.packId)) },
  recordClassSession: { args: S.recordClassSessionArgs, run: trainerOnly((s, a) => s.classes.recordSession(a.classId, a.session)) },
  getXapiStatus: { args: S.noArgs, run: (s) => s.xapi.status() },
  sendXapiNow: { args: S.noArgs, run: (s) => s.xapi.sendNow() },
  exportXapiStatements: { args: S.noArgs, run: (s) => s.xapi.exportStatements() },
  getDiagnosticQuiz: { args: S.diagnosticArgs, run: trainerOnly((s, a) => diagnosticQuiz(s.content.pack(a.packId), a.lang, a.seed)) },
  saveClassSession: { args: S.saveClassSessionArgs, run: trainerOnly((s, a) => s.classSessions.save(a)) },
  listClassSessions: { args: S.listClassSessionsArgs, run: trainerOnly((s, a) => s.classSessions.list(a.packId)) },
  trainerLessonNotes: { args: S.lessonNotesArgs, run: trainerOnly((s, a) => notesOf(s, a)) },
  listPacks: { args: P.listPacksArgs, run: (s, a) => s.packs.list(a.lang) },
  beginPackUpload: { args: P.beginPackUploadArgs, run: (s, a) => s.packs.beginUpload(a) },
  uploadPackChunk: { args: P.uploadPackChunkArgs, run: (s, a) => s.packs.uploadChunk(a) },
  checkPack: { args: P.packJobArgs, run: (s, a) => s.packs.check(a.uploadId, a.lang) },
  getPackJob: { args: P.packJobArgs, run: (s, a) => s.packs.job(a.uploadId, a.lang) },
  installPack: { args: P.packJobArgs, run: (s, a) => s.packs.install(a.uploadId, a.lang) },
  cancelPackUpload: { args: P.packUploadArgs, run: (s, a) => s.packs.cancel(a.uploadId) },
  removePack: { args: P.removePackArgs, run: (s, a) => s.packs.remove(a.packId) },
};

export function createHandlers(services: Services, isTrustedSender: (url: string | undefined) => boolean, log?: Log): Handlers {
  const handlers = {} as Handlers;
  for (const channel of Object.keys(SPECS) as Channel[]) {
    const spec = SPECS[channel] as unknown as Spec<Channel>;
    handlers[channel] = async (senderUrl, arg) => {
      if (!isTrustedSender(senderUrl)) return refusal('bad-sender', 'errors.badSender', { channel });
      const parsed = spec.args.safeParse(arg);
      if (!parsed.success) {
        // Named by channel and field only: zod's English stays out of the learner's screen.
        const issue = parsed.error.issues[0];
        const extra = issue?.code === 'unrecognized_keys' ? issue.keys : [];
        const field = [...(issue?.path ?? []), ...extra].map(String).join('.') || '-';
        return refusal('bad-request', 'errors.badRequest', { channel, field });
      }
      try {
        const value = await spec.run(services, parsed.data as never);
        return { ok: true, value: value ?? null };
      } catch (e) {
        if (e instanceof NotFoundError) return refusal('not-found', e.reason, e.params);
        if (e instanceof RequestError) return refusal('bad-request', e.reason, e.params);
        return internalFailure(`"${channel}" failed`, e, log);
      }
    };
  }
  return Object.freeze(handlers);
}

/** Looks up a handler by a channel name that came from outside (an HTTP path). */
export function handlerFor(handlers: Handlers, name: string): Handler | undefined {
  return Object.hasOwn(handlers, name) ? handlers[name as Channel] : undefined;
}
