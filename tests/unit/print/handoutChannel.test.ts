// The makeHandout channel: a trusted page gets a module's PDF; a module that does not exist is a
// refusal with a reason the renderer translates; a made-up document kind never reaches the service.
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/services';
import { createHandlers } from '../../../electron/services/api/handlers';
import type { Envelope } from '../../../src/core/api/contract';
import type { HandoutPdf } from '../../../src/core/print/handouts';
import { translate } from '../../../src/core/i18n/resources';
import { CONTENT_DIR, PACK_ID } from '../services/packAnswers';
import { useTempDirs } from '../tempDirs';

const APP_PAGE = 'app://academy/index.html';
const tempDir = useTempDirs('academy-handout-channel-');

/** Handouts carry the answer key: the channel answers a trainer's profile only. */
async function handlers() {
  const services = createServices({ dataDir: tempDir(), contentRoots: [CONTENT_DIR], openExternal: async () => undefined });
  const trainer = await services.profiles.create({ name: 'Trainer', role: 'trainer' });
  await services.profiles.switchTo({ id: trainer.id });
  return createHandlers(services, (url) => url === APP_PAGE);
}

describe('makeHandout', () => {
  it('returns the PDF of a module, named for the module and language', async () => {
    const result = (await (await handlers()).makeHandout(APP_PAGE, { packId: PACK_ID, moduleId: 'basics', lang: 'fr', kind: 'job-aid' })) as Envelope<HandoutPdf>;
    if (!result.ok) throw new Error(`refused: ${result.error.reason}`);
    expect(result.value.fileName).toBe('basics-aide-memoire-fr.pdf');
    expect(Buffer.from(result.value.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses a module the pack does not have, with a reason written in both languages', async () => {
    const result = await (await handlers()).makeHandout(APP_PAGE, { packId: PACK_ID, moduleId: 'no-such-module', lang: 'en', kind: 'job-aid' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', reason: 'print.errors.noModule', params: { module: 'no-such-module', pack: PACK_ID } } });
    expect(translate('fr', 'print.errors.noModule', { module: 'x', pack: 'y' })).toContain('Choisissez un autre module');
  });

  it('refuses a document kind that does not exist before any service runs', async () => {
    const result = await (await handlers()).makeHandout(APP_PAGE, { packId: PACK_ID, moduleId: 'basics', lang: 'en', kind: 'slides' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', params: { channel: 'makeHandout', field: 'kind' } } });
  });
});
