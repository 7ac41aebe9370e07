// The options of every learner-data store. The shipped app passes them to electron-store,
// tests and the preview harness pass them to conf (electron-store's base class), so both
// read and write the same files the same way. No 'electron' import here.
import type { Options } from 'conf';

export const PROJECT_NAME = 'customs-ecommerce-academy';

/** conf's options plus electron-store's `name`, which electron-store copies over `configName`. */
export type StoreOptions<T extends Record<string, unknown>> = Partial<Options<T>> & { name: string };

export function storeOptions<T extends Record<string, unknown>>(name: string, cwd: string, defaults: T): StoreOptions<T> {
  return {
    projectName: PROJECT_NAME,
    // Both spellings: conf reads configName, electron-store replaces it with `name`.
    configName: name,
    name,
    cwd,
    defaults,
    // Never wipe a file we cannot read: safeStore moves it aside and restores a backup first.
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
    serialize: (value: T) => JSON.stringify(value, null, 1),
    configFileMode: 0o600,
  };
}

/** The part of conf/electron-store that the services use. */
export interface BackingStore<T> {
  readonly path: string;
  store: T;
}

export type BackingStoreFactory = <T extends Record<string, unknown>>(options: StoreOptions<T>) => BackingStore<T>;
