// The .academypack archive (format 1): a zip holding `manifest.json`, the pack's folder under
// `pack/`, and optionally `signature.ed25519` (an Ed25519 signature of the manifest's exact
// bytes). The manifest lists the SHA-256 of every file of the pack folder, so a signature over
// it covers every byte of the pack. content/README.md documents it for administrations.
import { z } from 'zod';
import { idSchema, langSchema } from '../ids';
import { localizedSchema } from '../content/schemas';
import { SEMVER_PATTERN } from './semver';

export const ARCHIVE_EXTENSION = '.academypack';
export const ARCHIVE_MANIFEST = 'manifest.json';
export const ARCHIVE_SIGNATURE = 'signature.ed25519';
/** The pack's own files live under this folder of the archive. */
export const ARCHIVE_PACK_DIR = 'pack/';

const semver = z.string().regex(SEMVER_PATTERN, 'must be a version such as 1.0.0');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hexadecimal');

export const archiveManifestSchema = z.strictObject({
  archiveFormat: z.literal(1),
  id: idSchema,
  title: localizedSchema,
  version: semver,
  languages: z.array(langSchema).min(1),
  /** The oldest app version that can read this pack. */
  minAppVersion: semver,
  /** Every file of the pack folder (path relative to it, forward slashes) with its SHA-256. */
  files: z.record(z.string().min(1).max(512), sha256),
});
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;

/** Hard limits of the reader: a pack is lessons, quizzes and pictures, never near these. */
export const ARCHIVE_LIMITS = {
  /** The archive file itself. */
  archiveBytes: 100 * 1024 * 1024,
  entries: 2000,
  /** One file, uncompressed. */
  entryBytes: 10 * 1024 * 1024,
  /** Every file together, uncompressed. */
  totalBytes: 200 * 1024 * 1024,
  /** Uncompressed size over compressed size, for entries larger than ratioFloorBytes. */
  ratio: 100,
  ratioFloorBytes: 64 * 1024,
  manifestBytes: 1024 * 1024,
} as const;
export type ArchiveLimits = { -readonly [K in keyof typeof ARCHIVE_LIMITS]: number };
