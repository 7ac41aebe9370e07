// What the content-packs screen and the services exchange: the installed packs, and the
// state of one install (upload, check, ready to confirm, installed or refused), polled by the
// screen so both transports (IPC, the preview's HTTP) carry its progress the same way.
import { z } from 'zod';
import { idSchema, langSchema } from '../ids';
import type { PackDiff } from './packDiff';

export interface InstalledPackInfo {
  id: string;
  title: string;
  version: string;
  languages: string[];
  /** Where it comes from: the built-in course, a pack installed from a file, or trainer questions. */
  source: 'built-in' | 'installed' | 'other';
}

export interface PackList {
  packs: InstalledPackInfo[];
}

export interface StagedPackInfo {
  id: string;
  title: string;
  version: string;
  languages: string[];
  signed: boolean;
  /** Set for an update: the version installed now and what the new one changes. */
  update?: { from: string; diff: PackDiff };
}

export type PackJob =
  | { state: 'uploading'; received: number; size: number }
  | { state: 'checking'; entries: number; totalEntries: number; bytes: number }
  | { state: 'ready'; pack: StagedPackInfo }
  | { state: 'installed'; pack: StagedPackInfo }
  | { state: 'refused'; reason: string; params: Record<string, string | number> };

/** Bytes of one upload chunk (base64 in the call): small enough for the preview's 1 MB body. */
export const PACK_CHUNK_BYTES = 512 * 1024;
const uploadIdSchema = z.string().regex(/^[a-f0-9]{24}$/);

export const listPacksArgs = z.strictObject({ lang: langSchema });
export const beginPackUploadArgs = z.strictObject({ fileName: z.string().min(1).max(255), size: z.number().int().nonnegative() });
export const uploadPackChunkArgs = z.strictObject({
  uploadId: uploadIdSchema,
  offset: z.number().int().nonnegative(),
  data: z.string().max(Math.ceil(PACK_CHUNK_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export const packJobArgs = z.strictObject({ uploadId: uploadIdSchema, lang: langSchema });
export const packUploadArgs = z.strictObject({ uploadId: uploadIdSchema });
export const removePackArgs = z.strictObject({ packId: idSchema });

export type ListPacksArgs = z.infer<typeof listPacksArgs>;
export type BeginPackUploadArgs = z.infer<typeof beginPackUploadArgs>;
export type UploadPackChunkArgs = z.infer<typeof uploadPackChunkArgs>;
export type PackJobArgs = z.infer<typeof packJobArgs>;
export type PackUploadArgs = z.infer<typeof packUploadArgs>;
export type RemovePackArgs = z.infer<typeof removePackArgs>;
