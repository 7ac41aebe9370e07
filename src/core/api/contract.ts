// The one API between the renderer and the rest of the app. Each method is a named channel.
// The renderer only sees this interface; the preload (IPC) and the preview harness (HTTP)
// build it with createApi(), so the two transports cannot drift apart.
import type {
  Catalog,
  GlossaryView,
  LessonView,
  QuizView,
} from '../content/views';
import type { ProgressSummary, SubmittedAttempt } from '../progress/summaryModel';
import type { ReviewAnswerResult, ReviewView } from '../review/items';
import type { CertificateView, VerifyCertificateResult } from '../certificates/details';
import type { HandoutPdf } from '../print/handouts';
import type { ProgressReport } from '../progress/report';
import type { ExportedProgress, InspectResult, RestoreResult } from '../portable/results';
import type { DeletedProfile, ProfileList, ProfileSummary } from '../profiles/rules';
import type {
  CatalogArgs,
  GlossaryArgs,
  LessonArgs,
  LessonEventArgs,
  OpenExternalArgs,
  PositionArgs,
  QuizArgs,
  SettingsPatch,
  SubmitAttemptArgs,
  DismissNoticeArgs,
  ReviewArgs,
  AnswerReviewArgs,
  CertificateArgs,
  VerifyCertificateArgs,
  HandoutArgs,
  ScormExportArgs,
  RecordStudyTimeArgs,
  ProgressReportArgs,
  InspectProgressFileArgs,
  RestoreProgressArgs,
  CreateProfileArgs,
  SwitchProfileArgs,
  RenameProfileArgs,
  DeleteProfileArgs,
  SetProfilePinArgs,
  ExportGiftArgs,
  ImportGiftArgs,
  StartupArgs,
  SearchArgs,
  CreateClassArgs,
  ClassArgs,
  ClassIdArgs,
  ImportClassFilesArgs,
  ClassTraineeArgs,
  ClassTraineeViewArgs,
  SetClassTraineeGroupArgs,
  ExportClassCsvArgs,
  RecordClassSessionArgs,
  DiagnosticArgs,
  SaveClassSessionArgs,
  ListClassSessionsArgs,
  LessonNotesArgs,
} from './schemas';
import type { ClassExport, ClassImportResult, ClassItemsView, ClassSummary, ClassTraineeView, ClassView } from '../classes/results';
import type { LessonNote } from '../trainer/lessonNotes';
import type { ScormZip } from '../scorm/packageData';
import type { DiagnosticQuiz } from '../trainer/diagnostic';
import type { SavedClassSession } from '../trainer/classSession';
import type { SearchHit } from '../search/courseIndex';
import type { Startup } from './startup';
import type { GiftExport, GiftImport } from '../gift/giftTransfer';
import type { XapiExport, XapiStatus } from '../xapi/status';
import type { PackJob, PackList } from '../packs/packApi';
import type { BeginPackUploadArgs, ListPacksArgs, PackJobArgs, PackUploadArgs, RemovePackArgs, UploadPackChunkArgs } from '../packs/packApiSchemas';

export interface Settings {
  language: string;
  /** What the administration's policy decides for the screens (the app's defaults without one). */
  policy: SettingsPolicyView;
}

export interface SettingsPolicyView {
  /** The languages offered in Settings. */
  languages: string[];
  /** Every new profile needs a PIN, and a PIN cannot be removed. */
  pinRequired: boolean;
  /** Learners may restore a progress file into their record. */
  learnersMayImportProgress: boolean;
}

export interface Notice {
  id: string;
  /** i18n key of the message; params fill its placeholders. */
  key: string;
  params?: Record<string, string>;
  /** Placeholders whose value is itself a message: i18n keys, translated before filling in. */
  paramKeys?: Record<string, string>;
}

export interface AcademyApi {
  /** Everything the first screen needs, in one call (see ./startup). */
  getStartup(args: StartupArgs): Promise<Startup>;
  /** Lessons, glossary terms and questions matching what was typed (the header search box). */
  searchCourse(args: SearchArgs): Promise<SearchHit[]>;
  getCatalog(args: CatalogArgs): Promise<Catalog>;
  getLesson(args: LessonArgs): Promise<LessonView>;
  getQuiz(args: QuizArgs): Promise<QuizView>;
  getGlossary(args: GlossaryArgs): Promise<GlossaryView>;
  /** The summary the screens read (not every attempt: the report and portable files have those). */
  getProgress(): Promise<ProgressSummary>;
  /** Each progress write returns the updated summary, so no screen fetches it again. */
  recordLessonEvent(args: LessonEventArgs): Promise<ProgressSummary>;
  submitAttempt(args: SubmitAttemptArgs): Promise<SubmittedAttempt>;
  setPosition(args: PositionArgs): Promise<ProgressSummary>;
  getSettings(): Promise<Settings>;
  setSettings(args: SettingsPatch): Promise<Settings>;
  getNotices(): Promise<Notice[]>;
  dismissNotice(args: DismissNoticeArgs): Promise<void>;
  openExternal(args: OpenExternalArgs): Promise<{ opened: boolean }>;
  /** Trainer tools → Questions. */
  exportGift(args: ExportGiftArgs): Promise<GiftExport>;
  importGift(args: ImportGiftArgs): Promise<GiftImport>;
  getReview(args: ReviewArgs): Promise<ReviewView>;
  answerReview(args: AnswerReviewArgs): Promise<ReviewAnswerResult>;
  recordStudyTime(args: RecordStudyTimeArgs): Promise<void>;
  getProgressReport(args: ProgressReportArgs): Promise<ProgressReport>;
  exportProgress(): Promise<ExportedProgress>;
  /** Checks a portable progress file and says what a restore would change; changes nothing. */
  inspectProgressFile(args: InspectProgressFileArgs): Promise<InspectResult>;
  restoreProgress(args: RestoreProgressArgs): Promise<RestoreResult>;
  /** Whether the pack's certificate is earned; with a name, the PDF and its verification code. */
  getCertificate(args: CertificateArgs): Promise<CertificateView>;
  verifyCertificate(args: VerifyCertificateArgs): Promise<VerifyCertificateResult>;
  /** Trainer area → Handouts: one of a module's four PDFs. */
  makeHandout(args: HandoutArgs): Promise<HandoutPdf>;
  /** Trainer area: a module as a SCORM 1.2 package (the same as `npm run scorm`). */
  exportScormModule(args: ScormExportArgs): Promise<ScormZip>;
  /** Learner profiles: the learner channels above read and write the active profile's record. */
  listProfiles(): Promise<ProfileList>;
  createProfile(args: CreateProfileArgs): Promise<ProfileSummary>;
  /** Opens a profile; one with a PIN needs it (a wrong PIN is refused, with a pause after 5). */
  switchProfile(args: SwitchProfileArgs): Promise<ProfileList>;
  /** Closes the active profile, so the next learner picks theirs. */
  leaveProfile(): Promise<ProfileList>;
  renameProfile(args: RenameProfileArgs): Promise<ProfileSummary>;
  /** Moves the profile's folder to the data folder's deleted/ area; erases nothing. */
  deleteProfile(args: DeleteProfileArgs): Promise<DeletedProfile>;
  setProfilePin(args: SetProfilePinArgs): Promise<ProfileSummary>;
  /** Trainer area → Classes: trainees' progress files collected into classes (src/core/classes). */
  listClasses(): Promise<ClassSummary[]>;
  createClass(args: CreateClassArgs): Promise<ClassSummary>;
  getClass(args: ClassArgs): Promise<ClassView>;
  /** Checks each file; the valid ones merge into the class, each rejected one comes back with its reason. */
  importClassFiles(args: ImportClassFilesArgs): Promise<ClassImportResult>;
  removeClassTrainee(args: ClassTraineeArgs): Promise<ClassSummary>;
  setClassTraineeGroup(args: SetClassTraineeGroupArgs): Promise<ClassSummary>;
  /** Moves the class's folder aside (data folder's deleted/classes/); erases nothing. */
  deleteClass(args: ClassIdArgs): Promise<{ name: string }>;
  getClassItems(args: ClassArgs): Promise<ClassItemsView>;
  getClassTrainee(args: ClassTraineeViewArgs): Promise<ClassTraineeView>;
  exportClassCsv(args: ExportClassCsvArgs): Promise<ClassExport>;
  exportClassPdf(args: ClassArgs): Promise<ClassExport>;
  /** A whole-class quiz session's results (the trainer area records one after each session). */
  recordClassSession(args: RecordClassSessionArgs): Promise<ClassSummary>;
  /** xAPI: statements waiting, refused, the last success, whether the LRS was reached. */
  getXapiStatus(): Promise<XapiStatus>;
  /** Sends the waiting statements now (to the policy's LRS only). */
  sendXapiNow(): Promise<XapiStatus>;
  /** The active learner's unsent statements as a JSON file. */
  exportXapiStatements(): Promise<XapiExport>;
  /** Trainer area (refused for a trainee): the pre-test/post-test questions for a seed. */
  getDiagnosticQuiz(args: DiagnosticArgs): Promise<DiagnosticQuiz>;
  /** Trainer area: keeps the summary of a whole-class session (quiz, pre-test, post-test). */
  saveClassSession(args: SaveClassSessionArgs): Promise<SavedClassSession>;
  /** Trainer area: the sessions this trainer ran, newest first. */
  listClassSessions(args: ListClassSessionsArgs): Promise<SavedClassSession[]>;
  /** Trainer area: a lesson's speaker notes (`::: notes` blocks) for presentation mode; never in getLesson. */
  trainerLessonNotes(args: LessonNotesArgs): Promise<LessonNote[]>;
  /** Settings → Content packs: the packs the app teaches from, and where each comes from. */
  listPacks(args: ListPacksArgs): Promise<PackList>;
  /** Installing from a file: the file goes up in chunks, is checked (follow with getPackJob), then installed on confirmation. */
  beginPackUpload(args: BeginPackUploadArgs): Promise<{ uploadId: string }>;
  uploadPackChunk(args: UploadPackChunkArgs): Promise<PackJob>;
  checkPack(args: PackJobArgs): Promise<PackJob>;
  getPackJob(args: PackJobArgs): Promise<PackJob>;
  installPack(args: PackJobArgs): Promise<PackJob>;
  cancelPackUpload(args: PackUploadArgs): Promise<void>;
  /** Moves an installed pack aside (packs-removed/); nothing is erased. */
  removePack(args: RemovePackArgs): Promise<{ keptAs: string }>;
}

export type Channel = keyof AcademyApi;

/** Every channel, in one list: the preload, main and the harness all derive from it. */
export const CHANNELS = [
  'getStartup',
  'searchCourse',
  'getCatalog',
  'getLesson',
  'getQuiz',
  'getGlossary',
  'getProgress',
  'recordLessonEvent',
  'submitAttempt',
  'setPosition',
  'getSettings',
  'setSettings',
  'getNotices',
  'dismissNotice',
  'openExternal',
  'exportGift',
  'importGift',
  'getReview',
  'answerReview',
  'recordStudyTime',
  'getProgressReport',
  'exportProgress',
  'inspectProgressFile',
  'restoreProgress',
  'getCertificate',
  'verifyCertificate',
  'makeHandout',
  'exportScormModule',
  'listProfiles',
  'createProfile',
  'switchProfile',
  'leaveProfile',
  'renameProfile',
  'deleteProfile',
  'setProfilePin',
  'listClasses',
  'createClass',
  'getClass',
  'importClassFiles',
  'setClassTraineeGroup',
  'getClassItems',
  'getClassTrainee',
  'exportClassCsv',
  'exportClassPdf',
  'recordClassSession',
  'removeClassTrainee',
  'deleteClass',
  'getXapiStatus',
  'sendXapiNow',
  'exportXapiStatements',
  'getDiagnosticQuiz',
  'saveClassSession',
  'listClassSessions',
  'trainerLessonNotes',
  'listPacks',
  'beginPackUpload',
  'uploadPackChunk',
  'checkPack',
  'getPackJob',
  'installPack',
  'cancelPackUpload',
  'removePack',
] as const satisfies readonly Channel[];

// Compile-time check that CHANNELS lists every method of AcademyApi.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allChannelsListed: Missing extends never ? true : Missing = true;
void _allChannelsListed;

/** What travels back over a transport: errors are values, so both transports keep them. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

/**
 * A refusal as data, never as prose: the renderer writes `reason` (an i18n key) in the learner's
 * language with `params`. An internal error carries only the generic reason and an `id`, which
 * names the details in the main process log.
 */
export interface ApiErrorInfo {
  code: 'bad-sender' | 'bad-request' | 'not-found' | 'internal' | 'unknown-channel';
  reason: string;
  params: Record<string, string | number>;
  id?: string;
}
