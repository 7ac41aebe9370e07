// Builds every Node-side service for one data directory. Electron main and the preview
// harness both call this; only the backing-store factory and openExternal differ.
import path from 'node:path';
import Conf from 'conf';
import { openQuestionBank, type QuestionBank } from './trainer/questionBank';
import { openClassSessions, type ClassSessionStore } from './trainer/classSessions';
import { openHandoutService, type HandoutService } from './handouts/handoutService';
import { openScormService, type ScormService } from './scorm/scormService';
import { loadContentLibrary, type ContentLibrary } from './content/contentLibrary';
import { openCourseSearch, type CourseSearch } from './content/courseSearch';
import { createNoticeBoard, type NoticeBoard } from './notices';
import { openProgressService, type ProgressService } from './progress/progressService';
import { openReviewService, type ReviewService } from './review/reviewService';
import { openSettingsService, type SettingsService } from './settings/settingsService';
import { openLearnerRecordServices, type LearnerRecordServices } from './portable/learnerRecordServices';
import type { BackingStoreFactory } from './store/storeOptions';
import { openDataDir } from './store/dataDir';
import { externalUrlAllowed } from './securityPolicy';
import { RequestError } from './errors';
import { openPolicyService, policyInitialLanguage, policyNotice, type PolicyService } from './policy/policyService';
import { writePolicyLog } from './policy/policyLog';
import type { DataFolderProblem } from './policy/dataFolder';
import { keyResetNotice, openCertificateService, type CertificateService } from './certificates/certificateService';
import { translate } from '../../src/core/i18n/resources';
import { openProfileService, type ProfileService } from './profiles/profileService';
import { combineNoticeBoards } from './profiles/combinedNotices';
import { STUDY_TIME_STORE } from './studyTime/studyTimeService';
import { RESTORE_BACKUPS_DIR } from './portable/portableService';
import { PROFILE_ID_PATTERN } from '../../src/core/profiles/rules';
import { openClassService, type ClassService } from './classes/classService';
import type { XapiNaming } from '../../src/core/xapi/learningEvents';
import { sendable } from '../../src/core/xapi/outbox';
import { openXapiService, type XapiService } from './xapi/xapiService';
import type { SenderOptions } from './xapi/sender';
import type { Statement } from '../../src/core/xapi/statement';
import { openPackService, type PackService } from './packs/packService';
import { INSTALLED_PACKS_DIR, packIdsIn } from './packs/packInstaller';
import { APP_VERSION } from './packs/appVersion';

/** Everything kept in one learner's folder (`<data>/profiles/<id>/`), opened per profile. */
export interface LearnerServices extends LearnerRecordServices {
  progress: ProgressService;
  review: ReviewService;
  /** The learner's own start-up notices (their progress file restored from a backup). */
  notices: NoticeBoard;
}

const profileIdOf = (dir: string) => {
  const name = path.basename(dir);
  return PROFILE_ID_PATTERN.test(name) ? name : undefined;
};

function openLearnerServices(opts: {
  dir: string;
  content: ContentLibrary;
  createStore: BackingStoreFactory;
  learnerName: () => string | undefined;
  xapiNaming: XapiNaming;
  language: () => string;
  forward: (statements: readonly Statement[]) => number;
  mayRestore: boolean;
}): LearnerServices {
  const { dir, content, createStore } = opts;
  // The profile's folder is named by its id: the name of the learner's xAPI account.
  const xapi = { naming: opts.xapiNaming, profileId: path.basename(dir) };
  const progress = openProgressService({ dir, content, createStore, xapi, language: opts.language });
  const review = openReviewService({ progress, content });
  // A learner's folder is named by their profile id (`<data>/profiles/<id>/`): that id goes into
  // their progress files, so a trainer's class tells one trainee's files from another's.
  const record = openLearnerRecordServices({ dir, content, progress, createStore, learnerName: opts.learnerName, learnerId: profileIdOf(dir), mayRestore: opts.mayRestore, forward: opts.forward });
  const notices = createNoticeBoard({ progress: progress.recovery, studyTime: record.studyTime.recovery, rejectedPacks: [], others: progress.logNotices });
  return { progress, review, ...record, notices };
}

export interface Services extends LearnerRecordServices {
  content: ContentLibrary;
  /** Course-wide search (the header search box). */
  search: CourseSearch;
  /** Trainer tools → Questions: GIFT export and import. */
  questionBank: QuestionBank;
  /** Trainer area: the whole-class sessions of the active (trainer) profile. */
  classSessions: ClassSessionStore;
  /** Settings → Content packs: install, update and remove .academypack files. */
  packs: PackService;
  progress: ProgressService;
  review: ReviewService;
  settings: SettingsService;
  notices: NoticeBoard;
  policy: PolicyService;
  certificates: CertificateService;
  /** Trainer area → Handouts: a module's printed documents. */
  handouts: HandoutService;
  /** Trainer area → a module as SCORM 1.2 for an LMS. */
  scorm: ScormService;
  profiles: ProfileService<LearnerServices>;
  /** Trainer area → Classes: trainees' progress files collected into classes. */
  classes: ClassService;
  /** xAPI: the status line, send now, export, forwarding statements of imported progress files. */
  xapi: XapiService;
  /**
   * The active profile's services (a RequestError when no profile is open yet). `progress`,
   * `review` and the record services above are getters that follow it.
   */
  learner(): LearnerServices;
  openExternal(url: string): Promise<void>;
  close(): Promise<void>;
}

export interface ServicesOptions {
  dataDir: string;
  contentRoots: string[];
  /** Opens an address in the system browser (Electron: shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
  /** electron-store in the shipped app; conf (its base class) elsewhere. */
  createStore?: BackingStoreFactory;
  /** The system language, used for the first start only. */
  initialLanguage?: string;
  /** The administration's policy file (YAML or JSON), if any; a bad one is ignored with a notice. */
  policyFile?: string;
  /** Background xAPI send period (ms; 0: only "send now"). */
  xapiEveryMs?: number;
  /** Timeouts and back-off of the xAPI sender (tests shorten them). */
  xapiSender?: Omit<SenderOptions, 'lrs'>;
  /** The policy already read (Electron main reads it first, for its dataFolder); wins over policyFile. */
  policy?: PolicyService;
  /** Why the policy's dataFolder was not used, if it was not (written to the policy log). */
  dataFolderProblem?: DataFolderProblem;
  /** The app's version, which a pack's minAppVersion is checked against (default: package.json's). */
  appVersion?: string;
}

/** The folder, in the data folder, where imported trainer questions are kept as packs. */
export const TRAINER_PACKS_DIR = 'trainer-packs';

export const confStoreFactory: BackingStoreFactory = (options) => new Conf(options);

export function createServices(opts: ServicesOptions): Services {
  const createStore = opts.createStore ?? confStoreFactory;
  // One running copy per data folder (throws DataDirLockedError naming the other one).
  const dataDir = openDataDir(opts.dataDir);
  try {
    return createServicesIn(opts, createStore, () => dataDir.release());
  } catch (err) {
    dataDir.release();
    throw err;
  }
}

function createServicesIn(opts: ServicesOptions, createStore: BackingStoreFactory, releaseDataDir: () => void): Services {
  // Questions trainers import live with the learner data, as packs of their own.
  const trainerRoot = path.join(opts.dataDir, TRAINER_PACKS_DIR);
  const policy = opts.policy ?? openPolicyService(opts.policyFile);
  const { languages, profiles: profileRules, learnersMayImportProgress } = policy.policy;
  // Packs installed from .academypack files live in <data>/packs, after the built-in course.
  const installedRoot = path.join(opts.dataDir, INSTALLED_PACKS_DIR);
  const content = loadContentLibrary([...opts.contentRoots, installedRoot, trainerRoot], { order: policy.policy.packs?.order });
  const questionBank = openQuestionBank({ content, trainerRoot });
  const packs = openPackService({
    dataDir: opts.dataDir,
    content,
    builtInIds: packIdsIn(opts.contentRoots),
    appVersion: opts.appVersion ?? APP_VERSION,
    policy: { requireSignature: policy.policy.packs?.requireSignature, publicKeys: policy.policy.packs?.publicKeys },
  });
  const initialLanguage = policyInitialLanguage(policy.policy, opts.initialLanguage);
  const settings = openSettingsService({
    dir: opts.dataDir,
    createStore,
    initialLanguage,
    policy: { languages, pinRequired: profileRules?.pinRequired, learnersMayImportProgress },
  });
  writePolicyLog(opts.dataDir, policy, settings.get().language, opts.dataFolderProblem);
  const named = (key: string) => (n: number) => translate(settings.get().language, key).replace('{{n}}', String(n));
  // Its callbacks read the profiles lazily, once both exist.
  const xapi = openXapiService({
    dataDir: opts.dataDir,
    lrs: policy.policy.lrs,
    everyMs: opts.xapiEveryMs,
    sender: opts.xapiSender,
    learner: () => {
      const progress = profiles.activeOrUndefined()?.services.progress;
      return progress && { outbox: progress.outbox, sendable: () => sendable(progress.outbox()), acknowledge: progress.acknowledge, markRefused: progress.markRefused };
    },
    log: (line) => console.warn(line),
  });
  const profiles = openProfileService<LearnerServices>({
    dataDir: opts.dataDir,
    createStore,
    openLearner: (dir, learnerName) =>
      openLearnerServices({
        dir,
        content,
        createStore,
        learnerName,
        xapiNaming: policy.policy.lrs ?? {},
        language: () => settings.get().language,
        forward: (statements) => xapi.forward(statements),
        mayRestore: learnersMayImportProgress ?? true,
      }),
    pinRequired: profileRules?.pinRequired ?? false,
    closeLearner: (l) => l.progress.close(),
    learnerFiles: { stores: ['progress', STUDY_TIME_STORE], folders: [RESTORE_BACKUPS_DIR] },
    defaultName: named('profiles.defaultName'),
    recoveredName: named('profiles.recoveredName'),
    trainerProfiles: policy.policy.profiles?.trainerProfiles,
  });
  const learner = () => profiles.active().services;
  // The certificate key is the installation's; the record a certificate is earned with is the
  // active learner's.
  const activeProgress = new Proxy({} as ProgressService, { get: (_target, key) => Reflect.get(learner().progress, key) });
  const certificates = openCertificateService({ dir: opts.dataDir, content, progress: activeProgress, policy: policy.policy, createStore });
  const installationNotices = createNoticeBoard({
    settings: settings.recovery,
    rejectedPacks: content.rejected(),
    others: [policyNotice(policy), keyResetNotice(certificates.keyRecovery)],
  });
  return {
    content,
    search: openCourseSearch(content),
    questionBank,
    classSessions: openClassSessions({ dir: () => profiles.active().dir }),
    handouts: openHandoutService(content),
    scorm: openScormService(content),
    packs,
    settings,
    notices: combineNoticeBoards(() => [profiles.activeOrUndefined()?.services.notices, profiles.notices, installationNotices]),
    profiles,
    classes: openClassService({ dataDir: opts.dataDir, content, createStore, forward: (statements) => xapi.forward(statements) }),
    learner,
    get progress() {
      return learner().progress;
    },
    get review() {
      return learner().review;
    },
    get studyTime() {
      return learner().studyTime;
    },
    get progressReport() {
      return learner().progressReport;
    },
    get portable() {
      return learner().portable;
    },
    policy,
    certificates,
    xapi,
    async openExternal(url) {
      if (!externalUrlAllowed(url)) throw new RequestError('errors.linkNotAllowed');
      await opts.openExternal(url);
    },
    async close() {
      // Writes are on disk when they return; closing writes the progress snapshot and closes the log.
      await xapi.close();
      profiles.closeAll();
      releaseDataDir();
    },
  };
}
