// A profile folder that profiles.json does not list still holds a learner's record: the list was
// damaged and restored from an older backup, or reset, or a trainer moved a deleted profile's
// folder back. Such folders are listed again rather than left unseen: with the name and PIN in the
// note a deletion leaves in the folder, or else under a new name and without a PIN (its hash went
// with the list).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { profileIdSchema } from '../../../src/core/profiles/model';
import { backupsDir } from '../store/safeStore';
import type { LearnerFileSpec } from './legacyFiles';
import { storedProfileSchema, type StoredProfile } from './profilesFile';

/** The note written into a deleted profile's folder, saying whose it was. */
export const DELETED_PROFILE_FILE = 'deleted-profile.json';

const deletedNoteSchema = storedProfileSchema.extend({ deletedAt: z.iso.datetime() });

/** The profile a folder's deletion note describes, if the note is there, valid, and for this id. */
export function deletedProfileNote(dir: string, id: string): StoredProfile | undefined {
  try {
    const note = deletedNoteSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, DELETED_PROFILE_FILE), 'utf8')));
    if (!note.success || note.data.id !== id) return undefined;
    const { deletedAt: _at, ...profile } = note.data;
    return profile;
  } catch {
    return undefined;
  }
}

/** Ids of folders under `<data>/profiles/` that hold a record and are not in `known`. */
export function findOrphanProfileFolders(dataDir: string, spec: LearnerFileSpec, known: ReadonlySet<string>): string[] {
  const root = path.join(dataDir, 'profiles');
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory() && profileIdSchema.safeParse(e.name).success && !known.has(e.name))
    .map((e) => e.name)
    .filter((id) => holdsRecord(path.join(root, id), spec))
    .sort();
}

/** Any file of the learner's stores, live, kept aside or backed up. */
function holdsRecord(dir: string, spec: LearnerFileSpec): boolean {
  const has = (d: string, test: (n: string) => boolean) => {
    try {
      return fs.readdirSync(d).some(test);
    } catch {
      return false;
    }
  };
  const ofStore = (n: string) => spec.stores.some((store) => n.startsWith(`${store}.`) || n.startsWith(`${store}-`));
  return has(dir, ofStore) || has(backupsDir(dir), ofStore);
}
