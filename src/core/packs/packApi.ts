// What the content-packs screen and the services exchange: the installed packs, and the
// state of one install (upload, check, ready to confirm, installed or refused), polled by the
// screen so both transports (IPC, the preview's HTTP) carry its progress the same way. No zod
// here: the renderer imports this module (the argument schemas are in packApiSchemas.ts).
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
