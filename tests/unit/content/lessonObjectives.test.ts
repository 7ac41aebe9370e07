// Learning objectives travel from a lesson's front matter to the view the renderer shows, in the
// learner's language; a pack without them (format 1 allows that) gives none.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContentLibrary } from '../../../electron/services/content/contentLibrary';
import { PACKS_DIR, REPO_ROOT } from './fixturePacks';

const frontMatter = (file: string) => parse(fs.readFileSync(file, 'utf8').split(/^---$/m)[1]!) as { objectives?: string[] };

describe('lesson objectives in the lesson view', () => {
  const library = loadContentLibrary([path.join(REPO_ROOT, 'content')]);
  const lessonFile = (lang: string) => path.join(REPO_ROOT, 'content/wco-ecommerce/modules/basics/lessons', `channels.${lang}.md`);

  for (const lang of ['en', 'fr']) {
    it(`gives the ${lang} objectives of a built-in lesson, as written in its ${lang} file`, () => {
      const expected = frontMatter(lessonFile(lang)).objectives;
      expect(expected?.length).toBeGreaterThanOrEqual(2);
      expect(library.lesson('wco-ecommerce', 'channels', lang).objectives).toEqual(expected);
    });
  }

  it('gives none for a pack whose lessons state none', () => {
    const fixtures = loadContentLibrary([PACKS_DIR]);
    expect(fixtures.lesson('valid-minimal', 'intro', 'en').objectives).toBeUndefined();
  });
});
