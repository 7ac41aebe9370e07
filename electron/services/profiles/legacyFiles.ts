// Before profiles, the one learner's record lived at the root of the data folder: progress.json
// (and study-time.json), their backups in backups/, any damaged copy kept as
// <name>.corrupt-<time>.json, and the copies made before a restore. At the first start with
// profiles, all of it is moved (renamed, never copied and deleted) into the folder of a first
// profile, so the learner finds their record there.
//
// The move can be interrupted (power cut, crash): the profile is written to profiles.json first,
// marked `migratingTo`, and every start finishes a move that was begun before anything opens the
// profile. A root record that appears later (an older version of the app was started on this
// folder) becomes a profile of its own rather than overwriting anyone's record.
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDirSync } from '../store/atomicFile';
import { backupsDir, type SafeStore } from '../store/safeStore';
import { profileDir, type ProfilesFile, type StoredProfile } from './profilesFile';

/** What belongs to a learner: their stores (by safe-store name) and folders of their own. */
export interface LearnerFileSpec {
  stores: string[];
  folders: string[];
}

export interface LegacyFiles {
  /** Live store files and any damaged copies kept aside: `<name>.json`, `<name>.corrupt-<time>.json`. */
  files: string[];
  /** Their backups, in backups/: `<name>-<8-digit sequence>-<time>.json` (backups.ts). */
  backups: string[];
  folders: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesIn(dir: string, test: (name: string) => boolean): string[] {
  try {
    return fs.readdirSync(dir).filter(test).sort();
  } catch {
    return [];
  }
}

/** The single-learner files still at the root of the data folder. */
export function findLegacyFiles(dataDir: string, spec: LearnerFileSpec): LegacyFiles {
  const own = spec.stores.map((n) => new RegExp(`^${escape(n)}(\\.corrupt-.+)?\\.json$`));
  const backup = spec.stores.map((n) => new RegExp(`^${escape(n)}-\\d{8}-.+\\.json$`));
  const bdir = backupsDir(dataDir);
  return {
    // Even a broken or odd entry is the learner's and moves with the rest (the store deals with it).
    files: namesIn(dataDir, (n) => own.some((p) => p.test(n))).map((n) => path.join(dataDir, n)),
    backups: namesIn(bdir, (n) => backup.some((p) => p.test(n))).map((n) => path.join(bdir, n)),
    folders: namesIn(dataDir, (n) => spec.folders.includes(n)).map((n) => path.join(dataDir, n)),
  };
}

const isEmpty = (f: LegacyFiles) => f.files.length === 0 && f.backups.length === 0 && f.folders.length === 0;

/** A target name that is free: an existing file is never overwritten. */
function freeName(dir: string, name: string): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem}.moved-${n}${ext}`);
    if (!fs.lstatSync(candidate, { throwIfNoEntry: false })) return candidate;
  }
}

function moveInto(dir: string, file: string): string {
  const target = freeName(dir, path.basename(file));
  fs.renameSync(file, target);
  return target;
}

export interface LegacyMove {
  profile: StoredProfile;
  /** Where each file went. */
  moved: { from: string; to: string }[];
}

/**
 * Moves the root record into a profile: the one a previous start began moving into, or a new
 * one made by `newProfile`. Undefined when there is nothing to move.
 */
export function moveLegacyFiles(
  dataDir: string,
  spec: LearnerFileSpec,
  store: SafeStore<ProfilesFile>,
  newProfile: (file: ProfilesFile) => StoredProfile,
): LegacyMove | undefined {
  const file = store.read();
  const legacy = findLegacyFiles(dataDir, spec);
  let profile = file.migratingTo === undefined ? undefined : file.profiles.find((p) => p.id === file.migratingTo);
  if (!profile && isEmpty(legacy)) {
    if (file.migratingTo !== undefined) store.write(withoutMarker(file));
    return undefined;
  }
  if (!profile) {
    profile = newProfile(file);
    // The profile is on disk before any file moves, so an interrupted move is finished next time.
    store.write({ ...file, profiles: [...file.profiles, profile], migratingTo: profile.id });
  }

  const dir = profileDir(dataDir, profile.id);
  const backups = backupsDir(dir);
  fs.mkdirSync(backups, { recursive: true });
  const moved: LegacyMove['moved'] = [];
  // A name already taken in the profile's folder (an older app wrote a new root file while a move
  // was interrupted) gets a new one: nothing is overwritten.
  for (const from of legacy.backups) moved.push({ from, to: moveInto(backups, from) });
  for (const from of [...legacy.files, ...legacy.folders]) moved.push({ from, to: moveInto(dir, from) });
  fsyncDirSync(backups);
  fsyncDirSync(dir);
  fsyncDirSync(backupsDir(dataDir));
  fsyncDirSync(dataDir);
  store.write(withoutMarker(store.read()));
  return { profile, moved };
}

function withoutMarker(file: ProfilesFile): ProfilesFile {
  const { migratingTo: _done, ...rest } = file;
  return rest;
}
