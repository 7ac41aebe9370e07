// Speaker notes reach the trainer, never the learner: the trainer channel returns each
// `::: notes` block rendered, with the section its slide starts at; the lesson a learner
// receives has none of it; a trainee asking the trainer channel is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createServices, type Services } from '../../../electron/services/services';
import type { LessonNote } from '../../../src/core/trainer/lessonNotes';
import type { LessonView } from '../../../src/core/content/views';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/trainer');
const PAGE = 'app://academy/index.html';
const open: Services[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function setup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-notes-'));
  dirs.push(dataDir);
  const services = createServices({ dataDir, contentRoots: [FIXTURES], openExternal: async () => {} });
  open.push(services);
  const handlers = createHandlers(services, (url) => url === PAGE);
  return { services, call: (channel: 'getLesson' | 'trainerLessonNotes', arg: unknown) => handlers[channel](PAGE, arg) };
}

const args = (lang: string) => ({ packId: 'notes-pack', lessonId: 'intro', lang });

describe('speaker notes', () => {
  it('a trainer gets each note rendered, with the heading of its slide (null for the title slide)', async () => {
    const { services, call } = setup();
    const trainer = await services.profiles.create({ name: 'Trainer', role: 'trainer' });
    await services.profiles.switchTo({ id: trainer.id });
    const en = await call('trainerLessonNotes', args('en'));
    expect(en.ok).toBe(true);
    const notes = (en as { value: LessonNote[] }).value;
    expect(notes.map((n) => n.headingSlug)).toEqual([null, 'why-it-matters']);
    expect(notes[0]!.html).toContain('Welcome the room');
    expect(notes[1]!.html).toContain('<strong>Pause</strong>');
    const fr = (await call('trainerLessonNotes', args('fr'))) as { value: LessonNote[] };
    expect(fr.value[1]!.html).toContain('<strong>Marquez une pause</strong>');
    // The same anchor as the heading in the lesson's own HTML, which the slides are cut at.
    const frLesson = (await call('getLesson', args('fr'))) as { value: LessonView };
    const firstH2 = /<h2 id="([^"]+)"/.exec(frLesson.value.html)?.[1];
    expect(fr.value[1]!.headingSlug).toBe(firstH2);
  });

  it('the lesson a learner receives holds no note, and a trainee is refused the notes', async () => {
    const { call } = setup();
    const lesson = (await call('getLesson', args('en'))) as { value: LessonView };
    expect(lesson.value.html).toContain('Why it matters');
    for (const hidden of ['Welcome the room', 'Pause', ':::']) expect(lesson.value.html).not.toContain(hidden);
    const refused = await call('trainerLessonNotes', args('en'));
    expect(refused).toEqual({ ok: false, error: { code: 'bad-request', reason: 'trainer.error.trainerOnly', params: {} } });
  });
});
