// Learner profiles, as a specification, on real files in temporary data folders: each profile has
// its own folder and record, a PIN is kept only as a hash and asked for at each start and switch,
// deleting moves the record aside, a damaged list is recovered, and the record from before
// profiles is moved into a first profile without losing anything.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentLibrary } from '../../../electron/services/content/contentLibrary';
import { RequestError, NotFoundError } from '../../../electron/services/errors';
import { DELETED_PROFILE_FILE, openProfileService, type ProfileService, type ProfileServiceOptions } from '../../../electron/services/profiles/profileService';
import { openProfilesFile, profilesFileSchema } from '../../../electron/services/profiles/profilesFile';
import { openProgressService, type ProgressService } from '../../../electron/services/progress/progressService';
import { backupsDir } from '../../../electron/services/store/safeStore';
import { confStoreFactory, createServices } from '../../../electron/services/services';
import { openSettingsService } from '../../../electron/services/settings/settingsService';
import { CONTENT_DIR, PACK_ID } from './packAnswers';
import { LOG_FILE } from '../../../electron/services/progress/learnerStore';
import { recordInLog } from '../../progressOnDisk';
import { openLegacyStore } from '../../reliability/progressStore';
import { emptyProgress, type ProgressData } from '../../../src/core/progress/model';
import { recordLessonEvent } from '../../../src/core/progress/reducers';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-profiles-');
const content = loadContentLibrary([CONTENT_DIR]);
/** Cheap scrypt parameters: these tests check PINs many times. */
const CHEAP = { N: 1024, r: 8, p: 1 };
const LEARNER_FILES = { stores: ['progress', 'study-time'], folders: ['restore-backups'] };

interface Learner {
  dir: string;
  progress: ProgressService;
}

function open(dataDir: string, extra: Partial<ProfileServiceOptions<Learner>> = {}) {
  let clock = 0;
  const profiles: ProfileService<Learner> = openProfileService<Learner>({
    dataDir,
    createStore: confStoreFactory,
    openLearner: (dir) => ({ dir, progress: openProgressService({ dir, content, createStore: confStoreFactory }) }),
    learnerFiles: LEARNER_FILES,
    defaultName: (n) => `Learner ${n}`,
    recoveredName: (n) => `Recovered learner ${n}`,
    pinCost: CHEAP,
    clock: () => clock,
    ...extra,
  });
  return { profiles, tick: (ms: number) => (clock += ms) };
}

const idOf = (p: ProfileService<Learner>, name: string) => p.list().profiles.find((x) => x.name === name)!.id;
const lessons = (p: ProfileService<Learner>) => Object.keys(p.active().services.progress.snapshot().lessons);
const finish = (p: ProfileService<Learner>, lessonId: string) => p.active().services.progress.lessonEvent(PACK_ID, lessonId, 'finished');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

interface Refusal {
  reason: string;
  params: Record<string, string | number>;
  /** The reason's last part: "wrongPin" for profiles.error.wrongPin. */
  kind: string;
  triesLeft?: string | number;
  seconds?: string | number;
}

/** The refusal a promise ends with: its reason key and values, as they cross the API. */
async function refusal(p: Promise<unknown>): Promise<Refusal> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(RequestError);
  const { reason, params } = e as RequestError;
  const kind = reason.replace(/^profiles\.error\./, '');
  return { reason, params, kind, ...(kind === 'wrongPin' && { triesLeft: params.count }), ...(kind === 'pinLocked' && { seconds: params.count }) };
}

describe('the first start', () => {
  it('makes one profile without a PIN, opens it, and keeps its record in its own folder', () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const list = profiles.list();
    expect(list.profiles).toEqual([{ id: expect.stringMatching(/^p-[a-z0-9]+$/), name: 'Learner 1', hasPin: false, createdAt: expect.any(String), role: 'trainee' }]);
    expect(list.activeId).toBe(list.profiles[0]!.id);
    const dir = path.join(dataDir, 'profiles', list.profiles[0]!.id);
    expect(profiles.active().dir).toBe(dir);
    expect(fs.existsSync(path.join(dir, LOG_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, LOG_FILE))).toBe(false);
    expect(profilesFileSchema.safeParse(readJson(path.join(dataDir, 'profiles.json'))).success).toBe(true);
    expect(profiles.notices.list()).toEqual([]);
  });

  it('the next start opens that same profile, with its record', () => {
    const dataDir = tempDir();
    finish(open(dataDir).profiles, 'channels');
    const again = open(dataDir).profiles;
    expect(again.list().profiles).toHaveLength(1);
    expect(lessons(again)).toEqual([`${PACK_ID}/channels`]);
  });
});

describe('names', () => {
  it('are trimmed, 1 to 60 characters, and unique whatever the case', async () => {
    const { profiles } = open(tempDir());
    expect(await profiles.create({ name: '  Ana Silva  ' })).toMatchObject({ name: 'Ana Silva', hasPin: false });
    expect(await refusal(profiles.create({ name: 'ANA SILVA' }))).toMatchObject({ kind: 'nameTaken' });
    expect(await refusal(profiles.create({ name: ' learner 1 ' }))).toMatchObject({ kind: 'nameTaken' });
    expect((await refusal(profiles.create({ name: '   ' }))).reason).toBe('profiles.error.nameEmpty');
    expect((await refusal(profiles.create({ name: 'x'.repeat(61) }))).reason).toBe('profiles.error.nameTooLong');
    expect(await profiles.create({ name: 'x'.repeat(60) })).toMatchObject({ name: 'x'.repeat(60) });
    expect(profiles.list().profiles.map((p) => p.name)).toEqual(['Learner 1', 'Ana Silva', 'x'.repeat(60)]);
  });

  it('a rename follows the same rules; a profile may change the case of its own name', async () => {
    const { profiles } = open(tempDir());
    const ana = await profiles.create({ name: 'Ana' });
    expect(await profiles.rename({ id: ana.id, name: 'ANA' })).toMatchObject({ name: 'ANA' });
    expect(await refusal(profiles.rename({ id: ana.id, name: 'learner 1' }))).toMatchObject({ kind: 'nameTaken' });
    expect(await profiles.rename({ id: ana.id, name: ' Ana Silva ' })).toMatchObject({ name: 'Ana Silva' });
    await expect(profiles.rename({ id: 'p-nothere', name: 'X' })).rejects.toBeInstanceOf(NotFoundError);
    expect(open(tempDir()).profiles.list().profiles[0]?.name).toBe('Learner 1');
  });
});

describe('PINs', () => {
  it('are kept only as a salted hash; the renderer never sees the hash', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const bea = await profiles.create({ name: 'Bea', pin: '90817263' });
    expect(bea).toEqual({ id: bea.id, name: 'Bea', hasPin: true, createdAt: expect.any(String), role: 'trainee' });
    const text = fs.readFileSync(path.join(dataDir, 'profiles.json'), 'utf8');
    expect(text).not.toContain('90817263');
    const stored = (readJson(path.join(dataDir, 'profiles.json')).profiles as { name: string; pin?: Record<string, unknown> }[]).find((p) => p.name === 'Bea')!;
    expect(stored.pin).toMatchObject({ algorithm: 'scrypt', salt: expect.any(String), hash: expect.any(String) });
    // Every backup of the list holds the hash only, too.
    for (const f of fs.readdirSync(backupsDir(dataDir)).filter((n) => n.startsWith('profiles-'))) {
      expect(fs.readFileSync(path.join(backupsDir(dataDir), f), 'utf8')).not.toContain('90817263');
    }
    expect(JSON.stringify(profiles.list())).not.toMatch(/salt|hash|90817263/);
  });

  it('switching to a profile with a PIN needs it: a wrong one is refused, saying how many tries are left', async () => {
    const { profiles } = open(tempDir());
    const first = profiles.list().activeId;
    const bea = await profiles.create({ name: 'Bea', pin: '2468' });
    expect(await refusal(profiles.switchTo({ id: bea.id }))).toMatchObject({ kind: 'pinRequired', params: {} });
    expect(await refusal(profiles.switchTo({ id: bea.id, pin: '1357' }))).toMatchObject({
      reason: 'profiles.error.wrongPin',
      params: { count: 4 },
    });
    expect(profiles.list().activeId).toBe(first);
    const list = await profiles.switchTo({ id: bea.id, pin: '2468' });
    expect(list).toMatchObject({ activeId: bea.id, lastUsedId: bea.id });
  });

  it('after 5 wrong PINs in a row the profile pauses for 30 s, even for the right PIN', async () => {
    const { profiles, tick } = open(tempDir());
    const bea = await profiles.create({ name: 'Bea', pin: '2468' });
    const tries = [];
    for (let i = 0; i < 4; i++) tries.push((await refusal(profiles.switchTo({ id: bea.id, pin: '0000' }))).triesLeft);
    expect(tries).toEqual([4, 3, 2, 1]);
    expect(await refusal(profiles.switchTo({ id: bea.id, pin: '0000' }))).toMatchObject({ kind: 'pinLocked', seconds: 30 });
    tick(20_000);
    expect(await refusal(profiles.switchTo({ id: bea.id, pin: '2468' }))).toMatchObject({ kind: 'pinLocked', seconds: 10 });
    tick(10_000);
    expect((await profiles.switchTo({ id: bea.id, pin: '2468' })).activeId).toBe(bea.id);
  });

  it('checks sent at the same moment cannot slip past the limit (they are taken in turn)', async () => {
    const { profiles } = open(tempDir());
    const bea = await profiles.create({ name: 'Bea', pin: '2468' });
    // Five wrong guesses and the right PIN, all at once: the right one comes after the pause began.
    const guesses = ['0000', '1111', '2222', '3333', '4444', '2468'].map((pin) => refusal(profiles.switchTo({ id: bea.id, pin })));
    const results = await Promise.all(guesses);
    expect(results.map((r) => r.kind)).toEqual(['wrongPin', 'wrongPin', 'wrongPin', 'wrongPin', 'pinLocked', 'pinLocked']);
    expect(profiles.list().activeId).not.toBe(bea.id);
  });

  it('are asked at each start: a profile with a PIN is never opened by itself', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    await profiles.setPin({ pin: '2468' });
    const restarted = open(dataDir).profiles;
    expect(restarted.list()).toMatchObject({ activeId: null, profiles: [{ name: 'Learner 1', hasPin: true }] });
    expect(() => restarted.active()).toThrow(/profiles\.error\.noActive/);
    await restarted.switchTo({ id: idOf(restarted, 'Learner 1'), pin: '2468' });
    expect(restarted.active().services.progress.snapshot().schemaVersion).toBe(2);
  });

  it('are asked again after the profile was left', async () => {
    const { profiles } = open(tempDir());
    await profiles.setPin({ pin: '2468' });
    const id = profiles.list().activeId!;
    expect(profiles.leave().activeId).toBeNull();
    expect(await refusal(profiles.switchTo({ id }))).toMatchObject({ kind: 'pinRequired' });
    expect((await profiles.switchTo({ id, pin: '2468' })).activeId).toBe(id);
  });

  it('the open profile sets, changes (with the current PIN) and removes its PIN', async () => {
    const { profiles } = open(tempDir());
    expect(await profiles.setPin({ pin: '2468' })).toMatchObject({ hasPin: true });
    expect(await refusal(profiles.setPin({ pin: '1357' }))).toMatchObject({ kind: 'pinRequired' });
    expect(await refusal(profiles.setPin({ pin: '1357', currentPin: '0000' }))).toMatchObject({ kind: 'wrongPin' });
    expect(await profiles.setPin({ pin: '1357', currentPin: '2468' })).toMatchObject({ hasPin: true });
    expect(await refusal(profiles.setPin({ pin: null, currentPin: '2468' }))).toMatchObject({ kind: 'wrongPin' });
    expect(await profiles.setPin({ pin: null, currentPin: '1357' })).toMatchObject({ hasPin: false });
    profiles.leave();
    expect(await refusal(profiles.setPin({ pin: '2468' }))).toMatchObject({ kind: 'noActive' });
  });

  it("another learner's profile with a PIN is renamed or deleted only with its PIN", async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const bea = await profiles.create({ name: 'Bea', pin: '2468' });
    expect(await refusal(profiles.rename({ id: bea.id, name: 'Mine now' }))).toMatchObject({ kind: 'pinRequired' });
    expect(await refusal(profiles.remove({ id: bea.id, pin: '0000' }))).toMatchObject({ kind: 'wrongPin' });
    expect(profiles.list().profiles.map((p) => p.name)).toEqual(['Learner 1', 'Bea']);
    expect(await profiles.rename({ id: bea.id, name: 'Beatriz', pin: '2468' })).toMatchObject({ name: 'Beatriz' });
    // From inside her own profile, Bea needs no PIN to rename it.
    await profiles.switchTo({ id: bea.id, pin: '2468' });
    expect(await profiles.rename({ id: bea.id, name: 'Bea' })).toMatchObject({ name: 'Bea' });
  });
});

describe('each profile has its own record', () => {
  it('progress made in one does not show in another, and each is kept across restarts', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const ana = profiles.list().activeId!;
    const bea = await profiles.create({ name: 'Bea' });
    finish(profiles, 'channels');
    await profiles.switchTo({ id: bea.id });
    expect(lessons(profiles)).toEqual([]);
    finish(profiles, 'stakeholders');
    await profiles.switchTo({ id: ana });
    expect(lessons(profiles)).toEqual([`${PACK_ID}/channels`]);

    const restarted = open(dataDir).profiles;
    expect(restarted.list().activeId).toBeNull();
    await restarted.switchTo({ id: bea.id });
    expect(lessons(restarted)).toEqual([`${PACK_ID}/stakeholders`]);
    expect(restarted.list().lastUsedId).toBe(bea.id);
    expect(fs.readdirSync(path.join(dataDir, 'profiles')).sort()).toEqual([ana, bea.id].sort());
  });
});

describe('deleting a profile', () => {
  it('moves its folder to deleted/, with a note of whose it was, and says where', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const bea = await profiles.create({ name: 'Bea' });
    await profiles.switchTo({ id: bea.id });
    finish(profiles, 'channels');
    await profiles.switchTo({ id: idOf(profiles, 'Learner 1') });

    const result = await profiles.remove({ id: bea.id });
    expect(result.name).toBe('Bea');
    expect(path.dirname(result.movedTo)).toBe(path.join(dataDir, 'deleted'));
    expect(path.basename(result.movedTo)).toMatch(new RegExp(`^${bea.id}-\\d{4}-`));
    expect(fs.existsSync(path.join(dataDir, 'profiles', bea.id))).toBe(false);
    const kept = recordInLog(result.movedTo);
    expect(Object.keys(kept.lessons)).toEqual([`${PACK_ID}/channels`]);
    expect(fs.readdirSync(backupsDir(result.movedTo)).length).toBeGreaterThan(0);
    expect(readJson(path.join(result.movedTo, DELETED_PROFILE_FILE))).toMatchObject({ id: bea.id, name: 'Bea', deletedAt: expect.any(String) });
    expect(profiles.list().profiles.map((p) => p.name)).toEqual(['Learner 1']);
    // The name is free again, for a new profile with a new, empty record.
    const again = await profiles.create({ name: 'Bea' });
    expect(again.id).not.toBe(bea.id);
  });

  it('the only profile cannot be deleted', async () => {
    const { profiles } = open(tempDir());
    expect(await refusal(profiles.remove({ id: profiles.list().activeId! }))).toMatchObject({ kind: 'lastProfile' });
    expect(profiles.list().profiles).toHaveLength(1);
  });

  it('deleting the open profile closes it', async () => {
    const { profiles } = open(tempDir());
    await profiles.create({ name: 'Bea' });
    await profiles.remove({ id: profiles.list().activeId! });
    expect(profiles.list()).toMatchObject({ activeId: null, profiles: [{ name: 'Bea' }] });
  });

  it('a deleted folder put back under profiles/ comes back at the next start, with its name and PIN', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const bea = await profiles.create({ name: 'Bea', pin: '2468' });
    await profiles.switchTo({ id: bea.id, pin: '2468' });
    finish(profiles, 'channels');
    const { movedTo } = await profiles.remove({ id: bea.id });
    fs.renameSync(movedTo, path.join(dataDir, 'profiles', bea.id));

    const restarted = open(dataDir).profiles;
    expect(restarted.list().profiles.map((p) => [p.id, p.name, p.hasPin])).toEqual([
      [idOf(restarted, 'Learner 1'), 'Learner 1', false],
      [bea.id, 'Bea', true],
    ]);
    expect(restarted.notices.list()).toEqual([{ id: 'profiles-recovered', key: 'profiles.notice.recovered', params: { names: 'Bea' } }]);
    expect(fs.existsSync(path.join(dataDir, 'profiles', bea.id, DELETED_PROFILE_FILE))).toBe(false);
    expect(await refusal(restarted.switchTo({ id: bea.id }))).toMatchObject({ kind: 'pinRequired' });
    await restarted.switchTo({ id: bea.id, pin: '2468' });
    expect(lessons(restarted)).toEqual([`${PACK_ID}/channels`]);
  });

  it('…under a new name when its name was taken since', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const bea = await profiles.create({ name: 'Bea' });
    await profiles.switchTo({ id: bea.id });
    const { movedTo } = await profiles.remove({ id: bea.id });
    await profiles.create({ name: 'bea' });
    fs.renameSync(movedTo, path.join(dataDir, 'profiles', bea.id));
    expect(open(dataDir).profiles.list().profiles.map((p) => p.name)).toEqual(['Learner 1', 'bea', 'Recovered learner 1']);
  });
});

describe('a damaged list of profiles', () => {
  it('is moved aside and the newest backup restored, with a notice; every record stays', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const bea = await profiles.create({ name: 'Bea', pin: '2468' });
    fs.writeFileSync(path.join(dataDir, 'profiles.json'), '{"schemaVersion":1,"profiles":[{"id":"p-');

    const restarted = open(dataDir).profiles;
    expect(restarted.list().profiles.map((p) => [p.name, p.hasPin])).toEqual([
      ['Learner 1', false],
      ['Bea', true],
    ]);
    expect(restarted.recovery).toMatchObject({ kind: 'restored', cause: 'not-json' });
    expect(restarted.notices.list()).toEqual([
      expect.objectContaining({ id: 'profiles-restored', key: 'profiles.notice.listRestored', paramKeys: { reason: 'notice.cause.notJson' } }),
    ]);
    const aside = fs.readdirSync(dataDir).filter((f) => f.startsWith('profiles.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0]!), 'utf8')).toContain('"p-');
    // The PIN survived with the list.
    expect(await refusal(restarted.switchTo({ id: bea.id, pin: '0000' }))).toMatchObject({ kind: 'wrongPin' });
  });

  it('with no good backup, the profile folders are listed again (without their PINs) and the learner told', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    finish(profiles, 'channels');
    const bea = await profiles.create({ name: 'Bea', pin: '2468' });
    await profiles.switchTo({ id: bea.id, pin: '2468' });
    finish(profiles, 'stakeholders');
    for (const f of fs.readdirSync(backupsDir(dataDir)).filter((n) => n.startsWith('profiles-'))) fs.rmSync(path.join(backupsDir(dataDir), f));
    fs.writeFileSync(path.join(dataDir, 'profiles.json'), '');

    const restarted = open(dataDir).profiles;
    expect(restarted.recovery).toMatchObject({ kind: 'reset', cause: 'empty' });
    expect(restarted.list().profiles.map((p) => [p.name, p.hasPin])).toEqual([
      ['Recovered learner 1', false],
      ['Recovered learner 2', false],
    ]);
    expect(restarted.notices.list().map((n) => n.id)).toEqual(['profiles-reset', 'profiles-recovered']);
    const found = [];
    for (const p of restarted.list().profiles) {
      await restarted.switchTo({ id: p.id });
      found.push(...lessons(restarted));
    }
    expect(found.sort()).toEqual([`${PACK_ID}/channels`, `${PACK_ID}/stakeholders`]);
  });

  it.each([
    ['a __proto__ key', '{"schemaVersion":1,"profiles":[],"lastUsedId":null,"__proto__":{"polluted":true}}'],
    ['an id that climbs out of the folder', '{"schemaVersion":1,"profiles":[{"id":"../../x","name":"X","createdAt":"2025-01-01T00:00:00.000Z"}],"lastUsedId":null}'],
    ['two profiles with one name', '{"schemaVersion":1,"profiles":[{"id":"p-aaaa","name":"Ana","createdAt":"2025-01-01T00:00:00.000Z"},{"id":"p-bbbb","name":"ANA","createdAt":"2025-01-01T00:00:00.000Z"}],"lastUsedId":null}'],
    ['a PIN hash with a cost that would take gigabytes', `{"schemaVersion":1,"profiles":[{"id":"p-aaaa","name":"Ana","createdAt":"2025-01-01T00:00:00.000Z","pin":{"algorithm":"scrypt","N":1073741824,"r":8,"p":1,"salt":"${'A'.repeat(24)}","hash":"${'A'.repeat(44)}"}}],"lastUsedId":null}`],
  ])('with %s is refused and kept aside; nothing is polluted', (_label, text) => {
    const dataDir = tempDir();
    open(dataDir);
    fs.writeFileSync(path.join(dataDir, 'profiles.json'), text);
    const restarted = open(dataDir).profiles;
    expect(restarted.recovery).toMatchObject({ kind: 'restored', cause: 'wrong-shape' });
    expect(restarted.list().profiles.map((p) => p.name)).toEqual(['Learner 1']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('profiles.corrupt-'))).toHaveLength(1);
  });
});

/** The single-learner layout from before profiles, written by the services of that time. */
/** Writes a schema-2 record (progress.json) at the root, as the app before profiles kept it. */
function writeRootRecord(dataDir: string, edit: (d: ProgressData) => ProgressData): ProgressData {
  const { store, close } = openLegacyStore(dataDir);
  try {
    // Two saves, so there are backups to move.
    store.write(recordLessonEvent(emptyProgress(), PACK_ID, 'intro', 'opened', '2025-01-01T08:00:00.000Z'));
    store.write(edit(store.read()));
    return store.read();
  } finally {
    close();
  }
}

function oldLayout(dataDir: string) {
  const snapshot = writeRootRecord(dataDir, (d) =>
    recordLessonEvent(recordLessonEvent(d, PACK_ID, 'channels', 'finished', '2025-01-01T09:00:00.000Z'), PACK_ID, 'stakeholders', 'opened', '2025-01-01T10:00:00.000Z'),
  );
  fs.writeFileSync(path.join(dataDir, 'progress.corrupt-2025-01-02T03-04-05-678Z.json'), '{"damaged');
  fs.writeFileSync(path.join(dataDir, 'study-time.json'), '{"schemaVersion":1}');
  fs.mkdirSync(path.join(dataDir, 'restore-backups'));
  fs.writeFileSync(path.join(dataDir, 'restore-backups', 'before-restore-2025.json'), '{}');
  openSettingsService({ dir: dataDir, createStore: confStoreFactory, initialLanguage: 'fr' });
  return { snapshot, backups: fs.readdirSync(backupsDir(dataDir)).filter((f) => f.startsWith('progress-')).sort() };
}

describe('the record from before profiles', () => {
  it('is moved, with its backups and kept-aside copies, into a first profile that opens by itself', () => {
    const dataDir = tempDir();
    const old = oldLayout(dataDir);
    expect(old.backups.length).toBeGreaterThan(0);
    const settingsBefore = fs.readFileSync(path.join(dataDir, 'settings.json'));

    const { profiles } = open(dataDir);
    const list = profiles.list();
    expect(list.profiles).toEqual([expect.objectContaining({ name: 'Learner 1', hasPin: false })]);
    expect(list.activeId).toBe(list.profiles[0]!.id);
    expect(profiles.active().services.progress.snapshot()).toEqual(old.snapshot);
    expect(profiles.notices.list()).toEqual([{ id: 'profiles-migrated', key: 'profiles.notice.migrated', params: { name: 'Learner 1' } }]);

    const dir = profiles.active().dir;
    for (const f of ['progress.corrupt-2025-01-02T03-04-05-678Z.json', 'study-time.json', 'restore-backups/before-restore-2025.json']) {
      expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
      expect(fs.existsSync(path.join(dataDir, f)), `${f} left at the root`).toBe(false);
    }
    // The schema-2 file moved, then became the profile's log at its first open (and is kept).
    expect(fs.existsSync(path.join(dataDir, 'progress.json')), 'progress.json left at the root').toBe(false);
    expect(recordInLog(dir)).toEqual(old.snapshot);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('progress.migrated-'))).toHaveLength(1);
    const movedBackups = fs.readdirSync(backupsDir(dir)).filter((f) => f.startsWith('progress-'));
    for (const b of old.backups) expect(movedBackups).toContain(b);
    expect(fs.readdirSync(backupsDir(dataDir)).filter((f) => f.startsWith('progress-'))).toEqual([]);
    // The settings are the installation's: they stay where they were, untouched.
    expect(fs.readFileSync(path.join(dataDir, 'settings.json')).equals(settingsBefore)).toBe(true);
    expect(readJson(path.join(dataDir, 'profiles.json'))).not.toHaveProperty('migratingTo');

    // A second start moves nothing more and says nothing more.
    const again = open(dataDir).profiles;
    expect(again.notices.list()).toEqual([]);
    expect(again.active().services.progress.snapshot()).toEqual(old.snapshot);
  });

  it('a damaged root progress file moves too, and is then restored from its moved backups', () => {
    const dataDir = tempDir();
    const old = oldLayout(dataDir);
    fs.writeFileSync(path.join(dataDir, 'progress.json'), '{"schemaVersion":2,"less');
    const { profiles } = open(dataDir);
    const progress = profiles.active().services.progress;
    expect(progress.recovery).toMatchObject({ kind: 'restored', cause: 'not-json' });
    expect(progress.snapshot()).toEqual(old.snapshot);
    expect(fs.readdirSync(profiles.active().dir).filter((f) => f.startsWith('progress.corrupt-'))).toHaveLength(2);
  });

  it('a move that was interrupted is finished at the next start, into the same profile', () => {
    const dataDir = tempDir();
    const old = oldLayout(dataDir);
    // The power failed after the profile was written and the backups were moved.
    const store = openProfilesFile({ dataDir, createStore: confStoreFactory });
    const profile = { id: 'p-migrating1', name: 'Learner 1', createdAt: new Date().toISOString() };
    store.write({ schemaVersion: 1, profiles: [profile], lastUsedId: null, migratingTo: profile.id });
    const dir = path.join(dataDir, 'profiles', profile.id);
    fs.mkdirSync(backupsDir(dir), { recursive: true });
    for (const b of old.backups) fs.renameSync(path.join(backupsDir(dataDir), b), path.join(backupsDir(dir), b));

    const { profiles } = open(dataDir);
    expect(profiles.list().profiles.map((p) => p.id)).toEqual([profile.id]);
    expect(profiles.active().dir).toBe(dir);
    expect(profiles.active().services.progress.snapshot()).toEqual(old.snapshot);
    expect(fs.existsSync(path.join(dataDir, 'progress.json'))).toBe(false);
    expect(readJson(path.join(dataDir, 'profiles.json'))).not.toHaveProperty('migratingTo');
  });

  it('a root record that appears later (an older app was started) becomes a profile of its own', async () => {
    const dataDir = tempDir();
    const first = open(dataDir).profiles;
    finish(first, 'channels');
    const firstId = first.list().activeId!;
    first.active().services.progress.close();
    const firstFile = fs.readFileSync(path.join(dataDir, 'profiles', firstId, LOG_FILE));
    writeRootRecord(dataDir, (d) => recordLessonEvent(d, PACK_ID, 'challenges', 'opened', '2025-01-01T09:00:00.000Z'));

    const { profiles } = open(dataDir);
    expect(profiles.list().profiles.map((p) => p.name)).toEqual(['Learner 1', 'Learner 2']);
    expect(profiles.list().activeId).toBeNull();
    expect(fs.readFileSync(path.join(dataDir, 'profiles', firstId, LOG_FILE)).equals(firstFile)).toBe(true);
    const second = profiles.list().profiles[1]!;
    expect(fs.existsSync(path.join(dataDir, 'profiles', second.id, 'progress.json'))).toBe(true);
    await profiles.switchTo({ id: second.id });
    expect(profiles.active().services.progress.snapshot().lessons[`${PACK_ID}/challenges`]).toBeDefined();
    expect(fs.existsSync(path.join(dataDir, 'profiles', second.id, LOG_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'progress.json'))).toBe(false);
  });
});

describe('createServices with profiles', () => {
  const services = (dataDir: string) => createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });

  it('an old data folder keeps its progress, now in "Apprenant 1" (the installation speaks French)', () => {
    const dataDir = tempDir();
    const old = oldLayout(dataDir);
    const s = services(dataDir);
    expect(s.profiles.list().profiles.map((p) => p.name)).toEqual(['Apprenant 1']);
    expect(s.progress.snapshot()).toEqual(old.snapshot);
    expect(s.learner().progress).toBe(s.progress);
    expect(s.notices.list().map((n) => n.id)).toContain('profiles-migrated');
    expect(s.settings.get().language).toBe('fr');
  }, 30_000);

  it('the learner services follow the open profile; with none open they refuse plainly', async () => {
    const dataDir = tempDir();
    const s = services(dataDir);
    s.progress.lessonEvent(PACK_ID, 'channels', 'finished');
    const bea = await s.profiles.create({ name: 'Bea' });
    await s.profiles.switchTo({ id: bea.id });
    expect(s.progress.snapshot().lessons).toEqual({});
    expect(s.studyTime.snapshot()).toBeDefined();
    s.profiles.leave();
    expect(() => s.progress.snapshot()).toThrow(RequestError);
    expect(() => s.review.view('en')).toThrow(/profiles\.error\.noActive/);
    expect(s.notices.list()).toEqual([]);
    expect(s.settings.get().language).toBe('en');
  }, 30_000);

  it("the open profile's damaged progress file is reported in the notices, as before profiles", () => {
    const dataDir = tempDir();
    const s = services(dataDir);
    s.progress.lessonEvent(PACK_ID, 'channels', 'finished');
    fs.writeFileSync(path.join(s.profiles.active().dir, LOG_FILE), '{"trunc');
    const again = services(dataDir);
    expect(again.notices.list().map((n) => n.id)).toEqual(['progress-log-unreadable']);
    again.notices.dismiss('progress-log-unreadable');
    expect(again.notices.list()).toEqual([]);
  }, 30_000);
});

describe('backups of the list', () => {
  it('are written on every change, under the name "profiles", and restore to the newest list', async () => {
    const dataDir = tempDir();
    const { profiles } = open(dataDir);
    const before = fs.readdirSync(backupsDir(dataDir)).filter((f) => f.startsWith('profiles-')).length;
    await profiles.create({ name: 'Bea' });
    const names = fs.readdirSync(backupsDir(dataDir)).filter((f) => f.startsWith('profiles-')).sort();
    expect(names).toHaveLength(before + 1);
    const newest = readJson(path.join(backupsDir(dataDir), names.at(-1)!)) as { profiles: { name: string }[] };
    expect(newest.profiles.map((p) => p.name)).toEqual(['Learner 1', 'Bea']);
  });
});
