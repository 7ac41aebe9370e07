// The course's pictures are read by screen readers too: every SVG in the built-in pack is an
// image with a title and a description, in each language the pack declares, and the French one
// is a translation, not a copy of the English.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fixturePacks';

const MEDIA = path.join(REPO_ROOT, 'content/wco-ecommerce/media');
const LANGS = ['en', 'fr'] as const;
const svgs = fs.readdirSync(MEDIA).filter((f) => f.endsWith('.svg'));
const bases = [...new Set(svgs.map((f) => f.replace(/\.(en|fr)\.svg$/, '')))].sort();

const textOf = (svg: string, tag: 'title' | 'desc') => new RegExp(`<${tag} id="${tag}">([^<]+)</${tag}>`).exec(svg)?.[1]?.trim() ?? '';

describe('the built-in pack’s SVG figures', () => {
  it('are all per-language files, 13 diagrams and the CN22 and CN23 forms at least', () => {
    expect(svgs.every((f) => /\.(en|fr)\.svg$/.test(f))).toBe(true);
    expect(bases.filter((b) => !b.startsWith('doc-')).length).toBeGreaterThanOrEqual(13);
    expect(bases).toEqual(expect.arrayContaining(['doc-cn22', 'doc-cn23']));
  });

  for (const base of bases) {
    it(`${base}: an image named by its title and described in each language`, () => {
      const byLang = Object.fromEntries(LANGS.map((lang) => [lang, fs.readFileSync(path.join(MEDIA, `${base}.${lang}.svg`), 'utf8')]));
      for (const lang of LANGS) {
        const svg = byLang[lang]!;
        expect(svg, lang).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="title desc"/);
        expect(textOf(svg, 'title').length, `${lang} title`).toBeGreaterThan(10);
        expect(textOf(svg, 'desc').length, `${lang} desc`).toBeGreaterThan(150);
      }
      expect(textOf(byLang.fr!, 'desc')).not.toBe(textOf(byLang.en!, 'desc'));
    });
  }
});
