// App settings (the UI language), kept apart from the learner's record so a settings problem
// can never touch progress. The administration's policy narrows them: only its languages are
// offered (a stored language it does not offer reads as its first), and the settings carry what
// else the policy decides for the screens (PINs, progress-file restores).
import { z } from 'zod';
import type { Settings } from '../../../src/core/api/contract';
import type { SettingsPatch } from '../../../src/core/api/schemas';
import { DEFAULT_LANGUAGE, isUiLanguage, UI_LANGUAGES } from '../../../src/core/i18n/resources';
import { langSchema } from '../../../src/core/ids';
import { openSafeStore, type RecoveryEvent } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';
import { RequestError } from '../errors';

const settingsSchema = z.strictObject({ schemaVersion: z.literal(1), language: langSchema });
type StoredSettings = z.infer<typeof settingsSchema>;

export interface SettingsService {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
  readonly recovery: RecoveryEvent | undefined;
}

/** What the administration's policy decides for the settings; each absent field is the app's default. */
export interface SettingsPolicy {
  languages?: readonly string[];
  pinRequired?: boolean;
  learnersMayImportProgress?: boolean;
}

export function openSettingsService(opts: { dir: string; createStore: BackingStoreFactory; initialLanguage?: string; policy?: SettingsPolicy }): SettingsService {
  const offered: string[] = [...(opts.policy?.languages ?? UI_LANGUAGES)].filter(isUiLanguage);
  const isOffered = (lang: string) => offered.includes(lang);
  const fallback = isOffered(DEFAULT_LANGUAGE) ? DEFAULT_LANGUAGE : offered[0]!;
  const initial = opts.initialLanguage && isUiLanguage(opts.initialLanguage) && isOffered(opts.initialLanguage) ? opts.initialLanguage : fallback;
  const store = openSafeStore<StoredSettings>({
    dir: opts.dir,
    name: 'settings',
    schema: settingsSchema,
    defaults: () => ({ schemaVersion: 1, language: initial }),
    createStore: opts.createStore,
  });
  const policy = { languages: offered, pinRequired: opts.policy?.pinRequired ?? false, learnersMayImportProgress: opts.policy?.learnersMayImportProgress ?? true };
  // A language chosen before the policy narrowed them is not shown: the first offered one is.
  const view = (s: StoredSettings): Settings => ({ language: isOffered(s.language) ? s.language : initial, policy });
  return {
    recovery: store.recovery,
    get: () => view(store.read()),
    set(patch) {
      if (patch.language !== undefined && !isUiLanguage(patch.language)) throw new RequestError('errors.languageUnavailable', { lang: patch.language });
      if (patch.language !== undefined && !isOffered(patch.language)) throw new RequestError('admin.error.languageNotOffered', { lang: patch.language });
      store.write({ ...store.read(), ...(patch.language ? { language: patch.language } : {}) });
      return view(store.read());
    },
  };
}
