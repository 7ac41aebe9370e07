// The one API between the renderer and the rest of the app. Each method is a named channel.
// The renderer only sees this interface; the preload (IPC) and the preview harness (HTTP)
// build it with createApi(), so the two transports cannot drift apart.
import type {
  Catalog,
  GlossaryView,
  LessonView,
  QuizView,
} from '../content/views';
import type { ProgressSnapshot, AttemptRecord } from '../progress/model';
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
} from './schemas';

export interface Settings {
  language: string;
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
  getCatalog(args: CatalogArgs): Promise<Catalog>;
  getLesson(args: LessonArgs): Promise<LessonView>;
  getQuiz(args: QuizArgs): Promise<QuizView>;
  getGlossary(args: GlossaryArgs): Promise<GlossaryView>;
  getProgress(): Promise<ProgressSnapshot>;
  recordLessonEvent(args: LessonEventArgs): Promise<ProgressSnapshot>;
  submitAttempt(args: SubmitAttemptArgs): Promise<AttemptRecord>;
  setPosition(args: PositionArgs): Promise<void>;
  getSettings(): Promise<Settings>;
  setSettings(args: SettingsPatch): Promise<Settings>;
  getNotices(): Promise<Notice[]>;
  dismissNotice(args: DismissNoticeArgs): Promise<void>;
  openExternal(args: OpenExternalArgs): Promise<{ opened: boolean }>;
}

export type Channel = keyof AcademyApi;

/** Every channel, in one list: the preload, main and the harness all derive from it. */
export const CHANNELS = [
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
] as const satisfies readonly Channel[];

// Compile-time check that CHANNELS lists every method of AcademyApi.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allChannelsListed: Missing extends never ? true : Missing = true;
void _allChannelsListed;

/** What travels back over a transport: errors are values, so both transports keep them. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

export interface ApiErrorInfo {
  code: 'bad-sender' | 'bad-request' | 'not-found' | 'internal' | 'unknown-channel';
  message: string;
}
