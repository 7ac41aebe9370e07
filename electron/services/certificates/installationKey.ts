// This installation's certificate key: 32 random bytes made at the first start and kept in the
// data folder (installation-key.json) through the safe store, so a damaged file is restored from
// its backup instead of silently replaced. A new key would make every certificate issued here
// before unverifiable, so a reset is reported to the learner (see certificateService).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { openSafeStore, type RecoveryEvent } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';

export const INSTALLATION_KEY_STORE = 'installation-key';
export const INSTALLATION_KEY_BYTES = 32;

const keyFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  key: z.base64().refine((k) => Buffer.from(k, 'base64').length === INSTALLATION_KEY_BYTES, `must be ${INSTALLATION_KEY_BYTES} bytes`),
});
type KeyFile = z.infer<typeof keyFileSchema>;

export interface InstallationKey {
  key: Buffer;
  recovery: RecoveryEvent | undefined;
}

export function openInstallationKey(opts: { dir: string; createStore: BackingStoreFactory; now?: () => Date }): InstallationKey {
  const store = openSafeStore<KeyFile>({
    dir: opts.dir,
    name: INSTALLATION_KEY_STORE,
    schema: keyFileSchema,
    // Only used when there is no file and no backup: the first start, or a reset.
    defaults: () => ({ schemaVersion: 1, key: randomBytes(INSTALLATION_KEY_BYTES).toString('base64') }),
    createStore: opts.createStore,
    now: opts.now,
  });
  return { key: Buffer.from(store.read().key, 'base64'), recovery: store.recovery };
}
