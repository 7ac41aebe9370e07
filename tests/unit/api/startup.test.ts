// getStartup, as a specification: the first screen's data in one call, equal to what the
// single-purpose channels return, with the lesson in the address when there is one.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { useTempDirs } from '../tempDirs';
import { learnerDir } from '../../learnerDir';
import { createServices, type Services } from '../../../electron/services/services';
import { createHandlers } from '../../../electron/services/api/handlers';
import type { Channel, Envelope } from '../../../src/core/api/contract';
import type { Startup } from '../../../src/core/api/startup';
import { CONTENT_DIR, PACK_ID } from '../services/packAnswers';
import { LOG_FILE } from '../../../electron/services/progress/learnerStore';

const APP_PAGE = 'app://academy/index.html';
const tempDir = useTempDirs('academy-startup-');
const open: Services[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

function setup(dataDir = tempDir()) {
  const services = createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });
  open.push(services);
  const handlers = createHandlers(services, (url) => url === APP_PAGE);
  const call = async <T,>(channel: Channel, arg?: unknown): Promise<T> => {
    const e: Envelope<unknown> = await handlers[channel](APP_PAGE, arg ?? null);
    if (!e.ok) throw new Error(`${channel}: ${JSON.stringify(e.error)}`);
    return e.value as T;
  };
  return { services, handlers, call, dataDir };
}

describe('getStartup', () => {
  it('returns what the separate channels return, and the lesson asked for, in the UI language', async () => {
    const { call } = setup();
    await call('setSettings', { language: 'fr' });
    const s = await call<Startup>('getStartup', { lesson: { packId: PACK_ID, lessonId: 'channels' } });
    expect(s.settings).toEqual(await call('getSettings'));
    expect(s.profiles).toEqual(await call('listProfiles'));
    expect(s.notices).toEqual(await call('getNotices'));
    expect(s.learner).not.toBeNull();
    expect(s.learner!.catalog).toEqual(await call('getCatalog', { lang: 'fr' }));
    expect(s.learner!.progress).toEqual(await call('getProgress'));
    expect(s.lesson).toEqual(await call('getLesson', { packId: PACK_ID, lessonId: 'channels', lang: 'fr' }));
    expect(s.lesson!.lang).toBe('fr');
  });

  it('brings no lesson when none is asked for, and none (not an error) for a lesson that does not exist', async () => {
    const { call } = setup();
    expect((await call<Startup>('getStartup', {})).lesson).toBeNull();
    expect((await call<Startup>('getStartup', { lesson: { packId: PACK_ID, lessonId: 'no-such-lesson' } })).lesson).toBeNull();
  });

  it('with no profile open (the picker comes first) brings no learner data', async () => {
    const { call } = setup();
    await call('createProfile', { name: 'Second' });
    await call('leaveProfile');
    const s = await call<Startup>('getStartup', {});
    expect(s.profiles.activeId).toBeNull();
    expect(s.learner).toBeNull();
  });

  it('carries the start-up notices (the progress log removed behind the app’s back)', async () => {
    const first = setup();
    const dataDir = first.dataDir;
    await first.call('recordLessonEvent', { packId: PACK_ID, lessonId: 'channels', event: 'opened' });
    await first.services.close();
    open.splice(0);
    fs.rmSync(path.join(learnerDir(dataDir), LOG_FILE));
    const { call } = setup(dataDir);
    expect((await call<Startup>('getStartup', {})).notices.map((n) => n.id)).toEqual(['progress-log-missing']);
  });

  it('refuses an argument that is not the expected shape, and writes nothing', async () => {
    const { handlers, dataDir } = setup();
    const before = fs.readdirSync(dataDir).sort();
    for (const bad of [null, { lesson: { packId: '../x', lessonId: 'a' } }, { extra: 1 }]) {
      const e = await handlers.getStartup(APP_PAGE, bad);
      expect(e.ok).toBe(false);
      if (!e.ok) expect(e.error.code).toBe('bad-request');
    }
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);
  });
});
