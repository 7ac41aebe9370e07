// The policy governs: its languages are the only ones Settings offers and accepts, its PIN rule
// binds profile creation, learnersMayImportProgress: false refuses a restore, and its dataFolder
// decides where learner data lives. Real services on real temporary folders.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/api/handlers';
import { RequestError } from '../../../electron/services/errors';
import { resolveDataFolder } from '../../../electron/services/policy/dataFolder';
import { openPolicyService } from '../../../electron/services/policy/policyService';
import type { Services } from '../../../electron/services/services';
import { openServices } from '../certificates/setup';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-policy-governs-');
const PAGE = 'app://academy/index.html';

function withPolicy(yaml: string, extra: { initialLanguage?: string; dataDir?: string } = {}): Services {
  const file = path.join(tempDir(), 'academy-policy.yaml');
  fs.writeFileSync(file, yaml);
  return openServices(extra.dataDir ?? tempDir(), { policyFile: file, ...(extra.initialLanguage && { initialLanguage: extra.initialLanguage }) });
}

async function refusal(p: Promise<unknown> | (() => unknown)): Promise<RequestError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof RequestError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('languages', () => {
  it('without a policy every language is offered, and the settings say what the policy allows', async () => {
    const s = openServices(tempDir());
    expect(s.settings.get()).toEqual({ language: 'en', policy: { languages: ['en', 'fr'], pinRequired: false, learnersMayImportProgress: true } });
    await s.close();
  });

  it('only the policy’s languages are offered; another is refused with a reason in the learner’s language', async () => {
    const s = withPolicy('languages: [fr]\n', { initialLanguage: 'en' });
    expect(s.settings.get()).toMatchObject({ language: 'fr', policy: { languages: ['fr'] } });
    const e = await refusal(() => s.settings.set({ language: 'en' }));
    expect([e.reason, e.params]).toEqual(['admin.error.languageNotOffered', { lang: 'en' }]);
    expect(s.settings.get().language).toBe('fr');
    // Through the API too: a refusal as data, never English prose.
    const handlers = createHandlers(s, () => true);
    expect(await handlers.setSettings(PAGE, { language: 'en' })).toEqual({ ok: false, error: { code: 'bad-request', reason: 'admin.error.languageNotOffered', params: { lang: 'en' } } });
    await s.close();
  });

  it('a language stored before the policy narrowed them reads as an offered one', async () => {
    const dataDir = tempDir();
    const before = openServices(dataDir);
    before.settings.set({ language: 'en' });
    await before.close();
    const s = withPolicy('languages: [fr]\n', { dataDir });
    expect(s.settings.get().language).toBe('fr');
    await s.close();
  });
});

describe('profiles.pinRequired', () => {
  it('a first start makes no PIN-less profile; a profile without a PIN is refused; a PIN cannot be removed', async () => {
    const s = withPolicy('profiles:\n  pinRequired: true\n');
    expect(s.profiles.list().profiles).toEqual([]);
    expect(s.settings.get().policy.pinRequired).toBe(true);
    const e = await refusal(s.profiles.create({ name: 'Ana' }));
    expect(e.reason).toBe('admin.error.pinRequired');
    const ana = await s.profiles.create({ name: 'Ana', pin: '2468' });
    expect(ana.hasPin).toBe(true);
    await s.profiles.switchTo({ id: ana.id, pin: '2468' });
    expect((await refusal(s.profiles.setPin({ pin: null, currentPin: '2468' }))).reason).toBe('admin.error.pinCannotBeRemoved');
    // Changing it is fine.
    expect((await s.profiles.setPin({ pin: '1357', currentPin: '2468' })).hasPin).toBe(true);
    await s.close();
  });

  it('without the rule a first start opens on one profile without a PIN, as before', async () => {
    const s = withPolicy('profiles:\n  pinRequired: false\n');
    expect(s.profiles.list().profiles).toHaveLength(1);
    expect(s.profiles.list().activeId).not.toBeNull();
    await s.close();
  });
});

describe('learnersMayImportProgress', () => {
  it('false refuses a restore (the file is not merged); true or absent allows it', async () => {
    const source = openServices(tempDir());
    const file = source.portable.exportFile().text;
    await source.close();

    const refused = withPolicy('learnersMayImportProgress: false\n');
    expect(refused.settings.get().policy.learnersMayImportProgress).toBe(false);
    expect((await refusal(() => refused.portable.restore(file))).reason).toBe('admin.error.importNotAllowed');
    expect(fs.existsSync(path.join(refused.profiles.active().dir, 'restore-backups'))).toBe(false);
    await refused.close();

    const allowed = withPolicy('learnersMayImportProgress: true\n');
    expect(allowed.portable.restore(file)).toMatchObject({ ok: true });
    await allowed.close();
  });
});

describe('dataFolder', () => {
  const policyWith = (dataFolder: string) => ({ dataFolder });

  it('an explicit folder wins, then the policy’s (created), then the default', () => {
    const root = tempDir();
    const fromPolicy = path.join(root, 'shared', 'academy');
    expect(resolveDataFolder({ explicit: path.join(root, 'mine'), policy: policyWith(fromPolicy), defaultDir: () => '/default' })).toEqual({ dir: path.join(root, 'mine'), source: 'explicit' });
    expect(resolveDataFolder({ policy: policyWith(fromPolicy), defaultDir: () => '/default' })).toEqual({ dir: fromPolicy, source: 'policy' });
    expect(fs.statSync(fromPolicy).isDirectory()).toBe(true);
    expect(resolveDataFolder({ policy: {}, defaultDir: () => '/default' })).toEqual({ dir: '/default', source: 'default' });
    // A relative explicit folder is not a choice (as ACADEMY_DATA_DIR always required).
    expect(resolveDataFolder({ explicit: 'relative', policy: {}, defaultDir: () => '/default' }).source).toBe('default');
  });

  it('a policy folder that cannot be created falls back to the default, with the reason for the log', () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const choice = resolveDataFolder({ policy: policyWith(path.join(blocker, 'academy')), defaultDir: () => '/default' });
    expect(choice).toEqual({ dir: '/default', source: 'default', problem: { dir: path.join(blocker, 'academy'), code: 'ENOTDIR' } });
  });

  it('the policy read from a file gives its folder, and the services keep their data there', async () => {
    const target = path.join(tempDir(), 'academy-data');
    const file = path.join(tempDir(), 'academy-policy.yaml');
    fs.writeFileSync(file, `dataFolder: ${target}\n`);
    const policy = openPolicyService(file);
    const choice = resolveDataFolder({ policy: policy.policy, defaultDir: () => tempDir() });
    expect(choice.dir).toBe(target);
    const s = openServices(choice.dir, { policy });
    s.settings.set({ language: 'fr' });
    await s.close();
    expect(fs.readdirSync(target)).toEqual(expect.arrayContaining(['settings.json', 'profiles.json', 'logs']));
    expect(fs.readFileSync(path.join(target, 'logs', 'policy.log'), 'utf8')).toContain(`Policy file ${file} in force.`);
  });
});
