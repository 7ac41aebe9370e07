// The arguments of the content-pack channels, validated by the handlers (see packApi.ts).
import { z } from 'zod';
import { idSchema, langSchema } from '../ids';
import { PACK_CHUNK_BYTES } from './packApi';

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
