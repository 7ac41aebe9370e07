// The profile channels through the real handlers: arguments validated at the door, refusals as
// bad-request with a message the renderer can read back, and the learner channels following the
// profile that is open.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createServices } from '../../../electron/services/services';
import type { Channel, Envelope, Settings } from '../../../src/core/api/contract';
import type { ProgressSummary } from '../../../src/core/progress/summaryModel';
import type { DeletedProfile, ProfileList, ProfileSummary } from '../../../src/core/profiles/rules';
import { CONTENT_DIR, PACK_ID } from '../services/packAnswers';
import { useTempDirs } from '../tempDirs';

const APP_PAGE = 'app://academy/index.html';
const tempDir = useTempDirs('academy-profile-handlers-');

function setup() {
  const dataDir = tempDir();
  const services = createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });
  const handlers = createHandlers(services, (url) => url === APP_PAGE);
  const call = (channel: Channel, arg?: unknown) => handlers[channel](APP_PAGE, arg);
  return { dataDir, services, call };
}

function ok<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(`expected ok, got ${e.error.code}: ${e.error.reason} ${JSON.stringify(e.error.params)}`);
  return e.value as T;
}

function failure(e: Envelope<unknown>) {
  if (e.ok) throw new Error(`expected an error, got ${JSON.stringify(e.value).slice(0, 200)}`);
  return e.error;
}

describe('profile channels', () => {
  it('two learners, one with a PIN: each sees only their own progress, and the PIN is required', async () => {
    const { call } = setup();
    const first = ok<ProfileList>(await call('listProfiles'));
    expect(first.profiles).toEqual([{ id: first.activeId, name: 'Learner 1', hasPin: false, createdAt: expect.any(String), role: 'trainee' }]);
    ok(await call('recordLessonEvent', { packId: PACK_ID, lessonId: 'channels', event: 'finished' }));

    const bea = ok<ProfileSummary>(await call('createProfile', { name: '  Bea ', pin: '2468' }));
    expect(bea).toMatchObject({ name: 'Bea', hasPin: true });
    expect(JSON.stringify(ok(await call('listProfiles')))).not.toMatch(/salt|hash/);

    const noPin = failure(await call('switchProfile', { id: bea.id }));
    expect(noPin).toEqual({ code: 'bad-request', reason: 'profiles.error.pinRequired', params: {} });
    const wrong = failure(await call('switchProfile', { id: bea.id, pin: '1357' }));
    expect(wrong).toEqual({ code: 'bad-request', reason: 'profiles.error.wrongPin', params: { count: 4 } });
    // Still the first learner's record.
    expect(Object.keys(ok<ProgressSummary>(await call('getProgress')).lessons)).toEqual([`${PACK_ID}/channels`]);

    expect(ok<ProfileList>(await call('switchProfile', { id: bea.id, pin: '2468' })).activeId).toBe(bea.id);
    expect(ok<ProgressSummary>(await call('getProgress')).lessons).toEqual({});

    ok(await call('leaveProfile'));
    const closed = failure(await call('getProgress'));
    expect(closed).toEqual({ code: 'bad-request', reason: 'profiles.error.noActive', params: {} });
    // What the picker needs still works with no profile open.
    expect(ok<unknown[]>(await call('getNotices'))).toEqual([]);
    expect(ok<Settings>(await call('getSettings')).language).toBe('en');
    expect(ok<ProfileList>(await call('listProfiles')).activeId).toBeNull();
  }, 30_000);

  it('rename, set a PIN, and delete (the record is moved aside, the folder named)', async () => {
    const { call, dataDir } = setup();
    const me = ok<ProfileList>(await call('listProfiles')).activeId!;
    expect(ok(await call('renameProfile', { id: me, name: 'Ana' }))).toMatchObject({ name: 'Ana' });
    expect(ok(await call('setProfilePin', { pin: '2468' }))).toMatchObject({ hasPin: true });
    expect(failure(await call('setProfilePin', { pin: null, currentPin: '1111' })).reason).toBe('profiles.error.wrongPin');
    expect(ok(await call('setProfilePin', { pin: null, currentPin: '2468' }))).toMatchObject({ hasPin: false });

    expect(failure(await call('deleteProfile', { id: me })).reason).toBe('profiles.error.lastProfile');
    const other = ok<ProfileSummary>(await call('createProfile', { name: 'Other' }));
    const deleted = ok<DeletedProfile>(await call('deleteProfile', { id: other.id }));
    expect(deleted.name).toBe('Other');
    expect(fs.existsSync(deleted.movedTo)).toBe(true);
    expect(path.relative(dataDir, deleted.movedTo).split(path.sep)[0]).toBe('deleted');
    expect(failure(await call('switchProfile', { id: other.id }))).toEqual({ code: 'not-found', reason: 'errors.notFound.profile', params: { profile: other.id } });
  }, 30_000);

  const cases: [string, Channel, unknown, RegExp][] = [
    ['an empty name', 'createProfile', { name: '   ' }, /^name$/],
    ['a 61-character name', 'createProfile', { name: 'x'.repeat(61) }, /^name$/],
    ['a name with a line break', 'createProfile', { name: 'Ana\nSilva' }, /^name$/],
    ['a PIN with letters', 'createProfile', { name: 'Ana', pin: '12ab' }, /^pin$/],
    ['a 3-digit PIN', 'switchProfile', { id: 'p-1234', pin: '123' }, /pin/],
    ['a PIN as a number', 'switchProfile', { id: 'p-1234', pin: 1234 }, /pin/],
    ['an id that climbs out of the folder', 'switchProfile', { id: '../../etc' }, /^id$/],
    ['an extra key', 'deleteProfile', { id: 'p-1234', force: true }, /force/],
    ['a PIN change without the new PIN', 'setProfilePin', { currentPin: '2468' }, /pin/],
    ['an argument to leaveProfile', 'leaveProfile', { all: true }, /^-$/],
  ];
  it.each(cases)('%s is refused at the door with the generic reason, naming the field', async (_label, channel, arg, field) => {
    const { call, dataDir } = setup();
    const before = fs.readFileSync(path.join(dataDir, 'profiles.json'));
    const e = failure(await call(channel, arg));
    expect(e.code).toBe('bad-request');
    expect(e.reason).toBe('errors.badRequest');
    expect(e.params.channel).toBe(channel);
    expect(String(e.params.field)).toMatch(field);
    expect(fs.readFileSync(path.join(dataDir, 'profiles.json')).equals(before)).toBe(true);
  }, 30_000);
});
