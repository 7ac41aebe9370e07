// Several learners on one PC. Each profile has a name, an optional PIN (kept only as a salted
// scrypt hash) and a folder of its own, `<data>/profiles/<id>/`, where its learner services
// (progress, review) keep their files. One profile is active at a time; the learner channels
// reach its services through active().
//
// Rules:
// - At start, the only profile opens by itself if it has no PIN; otherwise the learner picks one.
//   A profile with a PIN asks for it at every start and on every switch to it.
// - A profile with a PIN is changed (renamed, deleted) only from inside it or with its PIN; its PIN
//   is changed or removed only from inside it, with the current PIN.
// - Deleting moves the folder to `<data>/deleted/`: nothing is erased.
// - After 5 wrong PINs in a row, a profile refuses PINs for 30 seconds (pinAttempts.ts).
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Notice } from '../../../src/core/api/contract';
import type { CreateProfileArgs, DeleteProfileArgs, RenameProfileArgs, SetProfilePinArgs, SwitchProfileArgs } from '../../../src/core/api/schemas';
import {
  MAX_PROFILES,
  NAME_PROBLEM_KEYS,
  profileNameKey,
  profileNameProblem,
  profileNameSchema,
  effectiveRole,
  type DeletedProfile,
  type TrainerProfilesRule,
  type ProfileList,
  type ProfileSummary,
} from '../../../src/core/profiles/model';
import { NotFoundError, RequestError } from '../errors';
import { CAUSE_KEYS, type NoticeBoard } from '../notices';
import { fsyncDirSync, writeFileAtomicSync } from '../store/atomicFile';
import { removeLeftoverTempFiles } from '../store/leftoverTemps';
import type { RecoveryEvent } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';
import { moveLegacyFiles, type LearnerFileSpec } from './legacyFiles';
import { DELETED_PROFILE_FILE, deletedProfileNote, findOrphanProfileFolders } from './orphanFolders';
import { createPinAttempts, PIN_PAUSE_MS } from './pinAttempts';
import { DEFAULT_PIN_COST, hashPin, verifyPin, type PinCost } from './pinHash';
import { deletedDir, openProfilesFile, profileDir, type ProfilesFile, type StoredProfile } from './profilesFile';

export { DELETED_PROFILE_FILE };

export interface ActiveLearner<L> {
  id: string;
  dir: string;
  services: L;
}

export interface ProfileService<L> {
  list(): ProfileList;
  create(args: CreateProfileArgs): Promise<ProfileSummary>;
  switchTo(args: SwitchProfileArgs): Promise<ProfileList>;
  /** Closes the active profile: the next learner picks theirs (and types their PIN). */
  leave(): ProfileList;
  rename(args: RenameProfileArgs): Promise<ProfileSummary>;
  remove(args: DeleteProfileArgs): Promise<DeletedProfile>;
  /** Closes every learner's services that were opened (at shutdown). */
  closeAll(): void;
  /** Sets, changes or removes the PIN of the active profile. */
  setPin(args: SetProfilePinArgs): Promise<ProfileSummary>;
  /** The active profile's services; a RequestError when no profile is open yet. */
  active(): ActiveLearner<L>;
  /** Refuses (a RequestError) unless the active profile acts as a trainer: guards the trainer channels. */
  requireTrainer(): void;
  activeOrUndefined(): ActiveLearner<L> | undefined;
  /** Start-up news about the profiles themselves (list restored, old record moved, folders found). */
  readonly notices: NoticeBoard;
  readonly recovery: RecoveryEvent | undefined;
}

export interface ProfileServiceOptions<L> {
  dataDir: string;
  createStore: BackingStoreFactory;
  /** Opens the learner-scoped services on a profile's folder. */
  openLearner(dir: string, profileName: () => string | undefined): L;
  /** Closes a learner's services (their open log) before their folder moves, and at shutdown. */
  closeLearner?: (services: L) => void;
  /** The stores and folders those services keep, for moving a record from before profiles. */
  learnerFiles: LearnerFileSpec;
  /** "Learner 1", "Learner 2"… in the installation's language. */
  defaultName(n: number): string;
  /** The name given to a folder found without a list entry. */
  recoveredName(n: number): string;
  now?: () => Date;
  /** Monotonic milliseconds, for the pause after wrong PINs. */
  clock?: () => number;
  pinCost?: PinCost;
  /** The policy's rule on trainer profiles (default 'allowed'). */
  trainerProfiles?: TrainerProfilesRule;
  /**
   * The policy's profiles.pinRequired: every new profile needs a PIN, a PIN cannot be removed, and
   * a first start makes no PIN-less "Learner 1" (the picker asks the first learner for a name and PIN).
   */
  pinRequired?: boolean;
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

const summaryUnder = (rule: TrainerProfilesRule) => (p: StoredProfile): ProfileSummary => ({
  id: p.id,
  name: p.name,
  hasPin: p.pin !== undefined,
  createdAt: p.createdAt,
  role: effectiveRole(p.role ?? 'trainee', p.pin !== undefined, rule),
});

function withoutPin(p: StoredProfile): StoredProfile {
  const { pin: _removed, ...rest } = p;
  return rest;
}

function newProfileId(taken: (id: string) => boolean): string {
  for (;;) {
    const id = `p-${randomBytes(6).toString('hex')}`;
    if (!taken(id)) return id;
  }
}

/** The first of name(1), name(2)… that no profile has. */
function freeName(file: ProfilesFile, name: (n: number) => string): string {
  const keys = new Set(file.profiles.map((p) => profileNameKey(p.name)));
  for (let n = 1; ; n++) if (!keys.has(profileNameKey(name(n)))) return name(n);
}

function createNoticeList(): NoticeBoard & { add(n: Notice): void } {
  const notices: Notice[] = [];
  const dismissed = new Set<string>();
  return {
    add: (n) => void notices.push(n),
    list: () => notices.filter((n) => !dismissed.has(n.id)),
    dismiss: (id) => void dismissed.add(id),
  };
}

function recoveryNotice(e: RecoveryEvent): Notice {
  const paramKeys = { reason: CAUSE_KEYS[e.cause] };
  return e.kind === 'restored'
    ? { id: 'profiles-restored', key: 'profiles.notice.listRestored', params: { file: e.movedTo, backup: path.basename(e.backup) }, paramKeys }
    : { id: 'profiles-reset', key: 'profiles.notice.listReset', params: { file: e.movedTo }, paramKeys };
}

export function openProfileService<L>(opts: ProfileServiceOptions<L>): ProfileService<L> {
  const now = opts.now ?? (() => new Date());
  const pinCost = opts.pinCost ?? DEFAULT_PIN_COST;
  const trainerRule = opts.trainerProfiles ?? 'allowed';
  const summary = summaryUnder(trainerRule);
  const attempts = createPinAttempts(opts.clock);
  const store = openProfilesFile({ dataDir: opts.dataDir, createStore: opts.createStore, now });
  const notices = createNoticeList();
  if (store.recovery) notices.add(recoveryNotice(store.recovery));

  const makeProfile = (file: ProfilesFile, name: string): StoredProfile => ({
    id: newProfileId((id) => file.profiles.some((p) => p.id === id) || fs.existsSync(profileDir(opts.dataDir, id))),
    name,
    createdAt: now().toISOString(),
  });

  // 1. The record from before profiles becomes a profile of its own.
  const legacy = moveLegacyFiles(opts.dataDir, opts.learnerFiles, store, (file) => makeProfile(file, freeName(file, opts.defaultName)));
  if (legacy) notices.add({ id: 'profiles-migrated', key: 'profiles.notice.migrated', params: { name: legacy.profile.name } });

  // 2. Folders the list lost are listed again.
  const orphans = findOrphanProfileFolders(opts.dataDir, opts.learnerFiles, new Set(store.read().profiles.map((p) => p.id)));
  if (orphans.length > 0) {
    let file = store.read();
    const added: StoredProfile[] = [];
    for (const id of orphans.slice(0, Math.max(0, MAX_PROFILES - file.profiles.length))) {
      const note = deletedProfileNote(profileDir(opts.dataDir, id), id);
      const taken = (name: string) => file.profiles.some((x) => profileNameKey(x.name) === profileNameKey(name));
      const p: StoredProfile = note
        ? { ...note, name: taken(note.name) ? freeName(file, opts.recoveredName) : note.name }
        : { id, name: freeName(file, opts.recoveredName), createdAt: now().toISOString() };
      added.push(p);
      file = { ...file, profiles: [...file.profiles, p] };
    }
    store.write(file);
    // Listed again: the note has done its job.
    for (const p of added) fs.rmSync(path.join(profileDir(opts.dataDir, p.id), DELETED_PROFILE_FILE), { force: true });
    notices.add({ id: 'profiles-recovered', key: 'profiles.notice.recovered', params: { names: added.map((p) => p.name).join(', ') } });
  }

  // 3. A first start: one profile, without a PIN, that the learner can rename.
  if (store.read().profiles.length === 0 && !opts.pinRequired) {
    const file = store.read();
    store.write({ ...file, profiles: [makeProfile(file, freeName(file, opts.defaultName))] });
  }

  const learners = new Map<string, L>();
  let activeId: string | null = null;

  const find = (id: string): StoredProfile => {
    const p = store.read().profiles.find((x) => x.id === id);
    if (!p) throw new NotFoundError('errors.notFound.profile', { profile: id });
    return p;
  };
  const replace = (p: StoredProfile) => {
    const file = store.read();
    store.write({ ...file, profiles: file.profiles.map((x) => (x.id === p.id ? p : x)) });
  };
  const checkName = (typed: string, exceptId?: string): string => {
    const parsed = profileNameSchema.safeParse(typed);
    if (!parsed.success) throw new RequestError(NAME_PROBLEM_KEYS[profileNameProblem(typed.trim()) ?? 'control']);
    const key = profileNameKey(parsed.data);
    if (store.read().profiles.some((p) => p.id !== exceptId && profileNameKey(p.name) === key)) throw new RequestError('profiles.error.nameTaken');
    return parsed.data;
  };
  const checkPin = async (p: StoredProfile, pin: string | undefined): Promise<void> => {
    if (!p.pin) return;
    if (pin === undefined) throw new RequestError('profiles.error.pinRequired');
    const wait = attempts.pauseLeft(p.id);
    if (wait > 0) throw new RequestError('profiles.error.pinLocked', { count: Math.ceil(wait / 1000) });
    if (await verifyPin(pin, p.pin)) {
      attempts.succeeded(p.id);
      return;
    }
    const left = attempts.failed(p.id);
    throw left > 0 ? new RequestError('profiles.error.wrongPin', { count: left }) : new RequestError('profiles.error.pinLocked', { count: PIN_PAUSE_MS / 1000 });
  };
  const learnerOf = (id: string): L => {
    let l = learners.get(id);
    if (!l) {
      const dir = profileDir(opts.dataDir, id);
      fs.mkdirSync(dir, { recursive: true });
      // Safe under the data folder's lock, which the services hold while this runs.
      removeLeftoverTempFiles(dir);
      l = opts.openLearner(dir, () => store.read().profiles.find((p) => p.id === id)?.name);
      learners.set(id, l);
    }
    return l;
  };
  const list = (): ProfileList => {
    const file = store.read();
    return { profiles: file.profiles.map(summary), activeId, lastUsedId: file.lastUsedId, trainerProfiles: trainerRule };
  };

  // Profile changes wait for one another: a PIN check awaits scrypt, and two checks running at
  // once could both pass the "5 wrong PINs" limit.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  const first = store.read().profiles;
  if (first.length === 1 && !first[0]!.pin) {
    activeId = first[0]!.id;
    learnerOf(activeId);
  }

  const active = (): ActiveLearner<L> | undefined =>
    activeId === null ? undefined : { id: activeId, dir: profileDir(opts.dataDir, activeId), services: learnerOf(activeId) };

  return {
    notices,
    recovery: store.recovery,
    list,
    activeOrUndefined: active,
    active() {
      const a = active();
      if (!a) throw new RequestError('profiles.error.noActive');
      return a;
    },

    requireTrainer() {
      const p = activeId === null ? undefined : store.read().profiles.find((x) => x.id === activeId);
      if (!p || summary(p).role !== 'trainer') throw new RequestError('trainer.error.trainerOnly');
    },

    create: (args) =>
      serial(async () => {
        const file = store.read();
        if (file.profiles.length >= MAX_PROFILES) throw new RequestError('profiles.error.tooMany', { max: MAX_PROFILES });
        const name = checkName(args.name);
        if (args.role === 'trainer') {
          if (trainerRule === 'forbidden') throw new RequestError('trainer.error.trainerForbidden');
          if (trainerRule === 'pin' && args.pin === undefined) throw new RequestError('trainer.error.trainerNeedsPin');
        }
        if (opts.pinRequired && args.pin === undefined) throw new RequestError('admin.error.pinRequired');
        const profile = makeProfile(file, name);
        if (args.role === 'trainer') profile.role = 'trainer';
        if (args.pin !== undefined) profile.pin = await hashPin(args.pin, pinCost);
        store.write({ ...store.read(), profiles: [...store.read().profiles, profile] });
        return summary(profile);
      }),

    switchTo: (args) =>
      serial(async () => {
        const p = find(args.id);
        if (p.id === activeId) return list();
        await checkPin(p, args.pin);
        learnerOf(p.id);
        activeId = p.id;
        const file = store.read();
        if (file.lastUsedId !== p.id) store.write({ ...file, lastUsedId: p.id });
        return list();
      }),

    leave() {
      activeId = null;
      return list();
    },

    rename: (args) =>
      serial(async () => {
        const p = find(args.id);
        if (p.id !== activeId) await checkPin(p, args.pin);
        const renamed = { ...p, name: checkName(args.name, p.id) };
        replace(renamed);
        return summary(renamed);
      }),

    remove: (args) =>
      serial(async () => {
        const p = find(args.id);
        if (store.read().profiles.length === 1) throw new RequestError('profiles.error.lastProfile');
        if (p.id !== activeId) await checkPin(p, args.pin);
        const from = profileDir(opts.dataDir, p.id);
        const deleted = deletedDir(opts.dataDir);
        fs.mkdirSync(deleted, { recursive: true });
        let to = path.join(deleted, `${p.id}-${stamp(now())}`);
        for (let n = 2; fs.existsSync(to); n++) to = path.join(deleted, `${p.id}-${stamp(now())}-${n}`);
        // Whose folder this was, with the PIN hash, so a trainer can put it back by hand.
        const record = JSON.stringify({ ...p, deletedAt: now().toISOString() }, null, 1);
        // Open files would stop the folder from moving on Windows; the services reopen if needed.
        const open = learners.get(p.id);
        learners.delete(p.id);
        if (open) opts.closeLearner?.(open);
        if (fs.existsSync(from)) {
          writeFileAtomicSync(path.join(from, DELETED_PROFILE_FILE), record);
          fs.renameSync(from, to);
        } else {
          fs.mkdirSync(to);
          writeFileAtomicSync(path.join(to, DELETED_PROFILE_FILE), record);
        }
        fsyncDirSync(deleted);
        fsyncDirSync(path.dirname(from));
        // The folder is aside before the list forgets it: a crash in between leaves the profile
        // listed with an empty record, never a record that nobody can find.
        learners.delete(p.id);
        if (activeId === p.id) activeId = null;
        const file = store.read();
        store.write({ ...file, profiles: file.profiles.filter((x) => x.id !== p.id), lastUsedId: file.lastUsedId === p.id ? null : file.lastUsedId });
        attempts.succeeded(p.id);
        return { name: p.name, movedTo: to };
      }),

    closeAll() {
      for (const l of learners.values()) opts.closeLearner?.(l);
      learners.clear();
    },

    setPin: (args) =>
      serial(async () => {
        if (activeId === null) throw new RequestError('profiles.error.noActive');
        const p = find(activeId);
        await checkPin(p, args.currentPin);
        if (args.pin === null && p.role === 'trainer' && trainerRule === 'pin') throw new RequestError('trainer.error.trainerNeedsPin');
        if (opts.pinRequired && args.pin === null) throw new RequestError('admin.error.pinCannotBeRemoved');
        const next = args.pin === null ? withoutPin(p) : { ...p, pin: await hashPin(args.pin, pinCost) };
        replace(next);
        return summary(next);
      }),
  };
}
