// Trainer profiles, as a specification, on real files: a profile is a trainee's or a trainer's,
// chosen at creation; the policy's profiles.trainerProfiles allows them ('allowed'), allows them
// only with a PIN ('pin') or forbids them ('forbidden'), and the trainer channels ask the service
// whether the active profile acts as a trainer.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../electron/services/errors';
import { openProfileService } from '../../../electron/services/profiles/profileService';
import { confStoreFactory } from '../../../electron/services/services';
import type { TrainerProfilesRule } from '../../../src/core/profiles/rules';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-trainer-profiles-');

function open(dataDir: string, trainerProfiles?: TrainerProfilesRule) {
  return openProfileService<{ dir: string }>({
    dataDir,
    createStore: confStoreFactory,
    openLearner: (dir) => ({ dir }),
    learnerFiles: { stores: [], folders: [] },
    defaultName: (n) => `Learner ${n}`,
    recoveredName: (n) => `Recovered ${n}`,
    pinCost: { N: 1024, r: 8, p: 1 },
    ...(trainerProfiles && { trainerProfiles }),
  });
}

async function reasonOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  let error: unknown;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RequestError);
  return (error as RequestError).reason;
}

describe('trainer profiles', () => {
  it('a new profile is a trainee unless created as a trainer; the role is kept in the list file', async () => {
    const dataDir = tempDir();
    const profiles = open(dataDir);
    expect(profiles.list().trainerProfiles).toBe('allowed');
    expect(profiles.list().profiles.map((p) => p.role)).toEqual(['trainee']);
    const trainer = await profiles.create({ name: 'Amina', role: 'trainer' });
    const trainee = await profiles.create({ name: 'Jules' });
    expect([trainer.role, trainee.role]).toEqual(['trainer', 'trainee']);
    const file = JSON.parse(fs.readFileSync(path.join(dataDir, 'profiles.json'), 'utf8')) as { profiles: { name: string; role?: string }[] };
    expect(file.profiles.map((p) => [p.name, p.role])).toEqual([['Learner 1', undefined], ['Amina', 'trainer'], ['Jules', undefined]]);
    // Read back by a new service (the app started again): still a trainer.
    expect(open(dataDir).list().profiles.find((p) => p.name === 'Amina')?.role).toBe('trainer');
  });

  it('requireTrainer refuses a trainee and no profile at all, and lets a trainer through', async () => {
    const profiles = open(tempDir());
    expect(await reasonOf(() => profiles.requireTrainer())).toBe('trainer.error.trainerOnly');
    const trainer = await profiles.create({ name: 'Amina', role: 'trainer' });
    await profiles.switchTo({ id: trainer.id });
    expect(() => profiles.requireTrainer()).not.toThrow();
    profiles.leave();
    expect(await reasonOf(() => profiles.requireTrainer())).toBe('trainer.error.trainerOnly');
  });

  it("policy 'forbidden': no trainer profile can be created, and one made before acts as a trainee", async () => {
    const dataDir = tempDir();
    const before = await open(dataDir).create({ name: 'Amina', role: 'trainer' });
    const profiles = open(dataDir, 'forbidden');
    expect(profiles.list().trainerProfiles).toBe('forbidden');
    expect(await reasonOf(profiles.create({ name: 'Marc', role: 'trainer' }))).toBe('trainer.error.trainerForbidden');
    expect(profiles.list().profiles.map((p) => p.name)).toEqual(['Learner 1', 'Amina']);
    expect(profiles.list().profiles.find((p) => p.id === before.id)?.role).toBe('trainee');
    await profiles.switchTo({ id: before.id });
    expect(await reasonOf(() => profiles.requireTrainer())).toBe('trainer.error.trainerOnly');
  });

  it("policy 'pin': a trainer profile needs a PIN at creation and cannot drop it; one without a PIN acts as a trainee", async () => {
    const dataDir = tempDir();
    const old = await open(dataDir).create({ name: 'Old trainer', role: 'trainer' });
    const profiles = open(dataDir, 'pin');
    expect(await reasonOf(profiles.create({ name: 'Marc', role: 'trainer' }))).toBe('trainer.error.trainerNeedsPin');
    expect(profiles.list().profiles.find((p) => p.id === old.id)?.role).toBe('trainee');
    const marc = await profiles.create({ name: 'Marc', role: 'trainer', pin: '2468' });
    expect(marc).toMatchObject({ role: 'trainer', hasPin: true });
    await profiles.switchTo({ id: marc.id, pin: '2468' });
    expect(() => profiles.requireTrainer()).not.toThrow();
    expect(await reasonOf(profiles.setPin({ pin: null, currentPin: '2468' }))).toBe('trainer.error.trainerNeedsPin');
    // A trainee may still drop a PIN under the same policy.
    const jules = await profiles.create({ name: 'Jules', pin: '1357' });
    await profiles.switchTo({ id: jules.id, pin: '1357' });
    expect(await profiles.setPin({ pin: null, currentPin: '1357' })).toMatchObject({ hasPin: false, role: 'trainee' });
  });
});
