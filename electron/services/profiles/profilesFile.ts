// The list of profiles on this installation (`<data>/profiles.json`): names, creation dates, PIN
// hashes and salts, and the profile used last. It goes through the same safe store as progress:
// atomic writes, a backup of every save, a damaged file moved aside and the newest good backup
// restored.
import path from 'node:path';
import { z } from 'zod';
import { MAX_PROFILES, profileIdSchema, profileNameKey, storedProfileNameSchema } from '../../../src/core/profiles/model';
import { hasNoPollutingKeys } from '../../../src/core/safeRecord';
import { openSafeStore, type SafeStore } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';

export const PROFILES_STORE_NAME = 'profiles';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64');

// Bounded so that a file written by hand cannot make a PIN check take gigabytes or minutes.
export const pinHashSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  N: z.number().int().min(2 ** 10).max(2 ** 17).refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: base64.min(16).max(128),
  hash: base64.min(16).max(128),
});

export const storedProfileSchema = z.strictObject({
  id: profileIdSchema,
  name: storedProfileNameSchema,
  createdAt: z.iso.datetime(),
  pin: pinHashSchema.optional(),
  /** Absent for a trainee, so files from before roles stay valid. */
  role: z.literal('trainer').optional(),
});
export type StoredProfile = z.infer<typeof storedProfileSchema>;

export const profilesFileSchema = z
  .unknown()
  // strictObject refuses unknown keys already; this names the prototype-pollution ones plainly.
  .refine(hasNoPollutingKeys, { message: 'must not contain a "__proto__", "constructor" or "prototype" key' })
  .pipe(
    z.strictObject({
      schemaVersion: z.literal(1),
      profiles: z.array(storedProfileSchema).max(MAX_PROFILES),
      lastUsedId: profileIdSchema.nullable(),
      /** Set while an older, single-learner record is being moved into this profile's folder. */
      migratingTo: profileIdSchema.optional(),
    }),
  )
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    file.profiles.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['profiles', i, 'id'], message: `profile id "${p.id}" appears twice` });
      if (names.has(profileNameKey(p.name))) ctx.addIssue({ code: 'custom', path: ['profiles', i, 'name'], message: `profile name "${p.name}" appears twice` });
      ids.add(p.id);
      names.add(profileNameKey(p.name));
    });
  });
export type ProfilesFile = z.infer<typeof profilesFileSchema>;

export const emptyProfilesFile = (): ProfilesFile => ({ schemaVersion: 1, profiles: [], lastUsedId: null });

export function openProfilesFile(opts: { dataDir: string; createStore: BackingStoreFactory; now?: () => Date }): SafeStore<ProfilesFile> {
  return openSafeStore<ProfilesFile>({
    dir: opts.dataDir,
    name: PROFILES_STORE_NAME,
    schema: profilesFileSchema as unknown as z.ZodType<ProfilesFile>,
    defaults: emptyProfilesFile,
    createStore: opts.createStore,
    now: opts.now,
  });
}

/** The folder of everything one learner owns: `<data>/profiles/<id>/`. */
export function profileDir(dataDir: string, id: string): string {
  // The id passed the schema (letters, digits, one hyphen): it cannot leave the profiles folder.
  return path.join(dataDir, 'profiles', profileIdSchema.parse(id));
}

/** Where deleted profiles' folders are kept: `<data>/deleted/`. */
export function deletedDir(dataDir: string): string {
  return path.join(dataDir, 'deleted');
}
