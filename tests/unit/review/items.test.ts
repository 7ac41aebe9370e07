// Which glossary terms a finished lesson puts in the review: the `[[id]]` links of every
// language it is written in, each once, and only terms the pack's glossary has.
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../../src/core/content/model';
import { lessonTermIds } from '../../../src/core/review/items';

const lesson = (bodies: Record<string, string>): Lesson => ({
  id: 'l',
  moduleId: 'm',
  byLang: Object.fromEntries(Object.entries(bodies).map(([lang, body]) => [lang, { frontMatter: { title: 'T' } as never, body }])),
});

describe('lessonTermIds', () => {
  const glossary = new Set(['aed', 'b2c', 'upu']);

  it('collects the linked terms of every language, once each, in order of first use', () => {
    const l = lesson({
      en: 'Data called [[aed|advance electronic data]] and [[b2c]] trade. Again [[aed]].',
      fr: 'Les [[aed|données]] et l’[[upu|UPU]].',
    });
    expect(lessonTermIds(l, glossary)).toEqual(['aed', 'b2c', 'upu']);
  });

  it('leaves out ids the glossary lacks, and text that only looks like a link', () => {
    const l = lesson({ en: 'A [[missing-term]], a [link](lesson:other) and `[[aed]]` in code.' });
    expect(lessonTermIds(l, glossary)).toEqual([]);
  });
});
