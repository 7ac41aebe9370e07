// App settings (the UI language), kept apart from the learner's record so a settings problem
// can never touch progress.
import { z } from 'zod';
import type { Settings } from '../../../src/core/api/contract';
import type { SettingsPatch } from '../../../src/core/api/schemas';
import { DEFAULT_LANGUAGE, isUiLanguage } from '../../../src/core/i18n/resources';
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

export function openSettingsService(opts: { dir: string; createStore: BackingStoreFactory; initialLanguage?: string }): SettingsService {
  const initial = opts.initialLanguage && isUiLanguage(opts.initialLanguage) ? opts.initialLanguage : DEFAULT_LANGUAGE;
  const store = openSafeStore<StoredSettings>({
    dir: opts.dir,
    name: 'settings',
    schema: settingsSchema,
    defaults: () => ({ schemaVersion: 1, language: initial }),
    createStore: opts.createStore,
  });
  const view = (s: StoredSettings): Settings => ({ language: s.language });
  return {
    recovery: store.recovery,
    get: () => view(store.read()),
    set(patch) {
      if (patch.language !== undefined && !isUiLanguage(patch.language)) throw new RequestError('errors.languageUnavailable', { lang: patch.language });
      store.write({ ...store.read(), ...(patch.language ? { language: patch.language } : {}) });
      return view(store.read());
    },
  };
}
