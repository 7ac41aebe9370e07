// Builds every Node-side service for one data directory. Electron main and the preview
// harness both call this; only the backing-store factory and openExternal differ.
import Conf from 'conf';
import { loadContentLibrary, type ContentLibrary } from './content/contentLibrary';
import { createNoticeBoard, type NoticeBoard } from './notices';
import { openProgressService, type ProgressService } from './progress/progressService';
import { openSettingsService, type SettingsService } from './settings/settingsService';
import type { BackingStoreFactory } from './store/storeOptions';
import { externalUrlAllowed } from './securityPolicy';
import { RequestError } from './errors';

export interface Services {
  content: ContentLibrary;
  progress: ProgressService;
  settings: SettingsService;
  notices: NoticeBoard;
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
}

export const confStoreFactory: BackingStoreFactory = (options) => new Conf(options);

export function createServices(opts: ServicesOptions): Services {
  const createStore = opts.createStore ?? confStoreFactory;
  const content = loadContentLibrary(opts.contentRoots);
  const settings = openSettingsService({ dir: opts.dataDir, createStore, initialLanguage: opts.initialLanguage });
  const progress = openProgressService({ dir: opts.dataDir, content, createStore });
  const notices = createNoticeBoard({
    progress: progress.recovery,
    settings: settings.recovery,
    rejectedPacks: content.rejected(),
  });
  return {
    content,
    progress,
    settings,
    notices,
    async openExternal(url) {
      if (!externalUrlAllowed(url)) throw new RequestError('only http and https addresses can be opened');
      await opts.openExternal(url);
    },
    async close() {
      // Writes are synchronous and atomic, so there is nothing left to flush.
    },
  };
}
