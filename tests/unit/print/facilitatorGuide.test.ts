// The facilitator guide as a document: the guide file's sections, the lessons' speaker notes
// under their section titles (and in no learner document), then the answer key.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../../electron/services/content/packCache';
import type { Pack } from '../../../src/core/content/model';
import { translate } from '../../../src/core/i18n/resources';
import type { Block } from '../../../src/core/print/document';
import { handoutDocument, type HandoutKind } from '../../../src/core/print/handouts';

const PACK_DIR = path.resolve(import.meta.dirname, '../../../content/wco-ecommerce');
const NOTE = 'Ask each table which channel their office sees most.';

/** The pack with a speaker note added under the second section of the "channels" lesson. */
function packWithNote(): Pack {
  const pack = loadPackDir(PACK_DIR).pack!;
  const lesson = pack.lessons.get('channels')!;
  const en = lesson.byLang.en!;
  const body = en.body.replace('## The postal channel\n', `## The postal channel\n\n::: notes\n${NOTE}\n:::\n`);
  const lessons = new Map(pack.lessons);
  lessons.set('channels', { ...lesson, byLang: { ...lesson.byLang, en: { ...en, body } } });
  return { ...pack, lessons };
}

const text = (blocks: readonly Block[]): string => JSON.stringify(blocks);
const doc = (pack: Pack, kind: HandoutKind, guide?: unknown) =>
  handoutDocument({ pack, moduleId: 'basics', kind, lang: 'en', t: (k, p) => translate('en', k, p), guide, formatNumber: String });

describe('the facilitator guide document', () => {
  it('prints the speaker notes under their section title, and no learner document does', () => {
    const pack = packWithNote();
    const guide = doc(pack, 'facilitator-guide');
    const notes = guide.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Speaker notes');
    expect(notes).toBeGreaterThan(0);
    expect(guide.blocks.slice(notes)).toContainEqual({ kind: 'box', title: 'The postal channel', blocks: [{ kind: 'paragraph', runs: [{ text: NOTE }] }] });
    for (const kind of ['lesson-handout', 'job-aid', 'quiz-sheet'] as const) expect(text(doc(pack, kind).blocks)).not.toContain(NOTE);
  });

  it('says so when the guide file is missing or does not match the guide format, and still gives the answer key', () => {
    const pack = loadPackDir(PACK_DIR).pack!;
    for (const guide of [undefined, { objectives: 'not a list' }]) {
      const blocks = doc(pack, 'facilitator-guide', guide).blocks;
      expect(blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: translate('en', 'print.guide.missing') }], muted: true });
      expect(blocks).toContainEqual({ kind: 'heading', level: 1, text: 'Answer key' });
    }
  });
});
