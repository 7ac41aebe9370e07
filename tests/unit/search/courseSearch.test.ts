// Course-wide search on the real built-in pack, as a specification: what a learner types in
// either language finds the lesson section, the glossary term or the question, whatever the
// accents and case, and the result opens the lesson at a heading that exists.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../../electron/services/content/packCache';
import { buildPackIndex } from '../../../src/core/search/courseIndex';
import { packSearchDocuments, lessonSections } from '../../../src/core/search/documents';
import { extractAround } from '../../../src/core/search/extract';
import { termProcessor } from '../../../src/core/search/terms';
import { renderLesson } from '../../../src/core/markdown';
import { lessonLabels } from '../../../src/core/i18n/lessonLabels';
import { translate } from '../../../src/core/i18n/resources';
import { CONTENT_DIR, PACK_ID } from '../services/packAnswers';

const pack = loadPackDir(path.join(CONTENT_DIR, PACK_ID)).pack!;
const index = { en: buildPackIndex(packSearchDocuments(pack, 'en'), 'en'), fr: buildPackIndex(packSearchDocuments(pack, 'fr'), 'fr') };
const marked = (hit: { extract: { text: string; mark: boolean }[] }) => hit.extract.filter((p) => p.mark).map((p) => p.text.toLowerCase());

describe('search terms', () => {
  it('fold case and accents and stem, in both languages', () => {
    const fr = termProcessor('fr');
    expect(fr('Mainlevée')).toBe(fr('mainlevee'));
    expect(fr('déclarations')).toBe(fr('declaration'));
    expect(fr('Données')).toBe(fr('donnees'));
    const en = termProcessor('en');
    expect(en('Releasing')).toBe(en('release'));
    expect(en('declarations')).toBe(en('Declaration'));
    expect(en('l')).toBeNull();
  });
});

describe('the course index', () => {
  it('finds a French lesson section typed without accents, and marks the words in the extract', () => {
    const hits = index.fr.search('mainlevee immediate', 5);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.kind).toBe('lesson');
    expect(hits[0]!.lang).toBe('fr');
    expect(marked(hits[0]!).some((w) => w.startsWith('mainlev'))).toBe(true);
  });

  it('finds an English section by a word being typed (prefix of the last word)', () => {
    const full = index.en.search('immediate release', 5);
    const typing = index.en.search('immediate relea', 5);
    expect(typing.length).toBeGreaterThan(0);
    expect(typing[0]!.route).toEqual(full[0]!.route);
  });

  it('opens lesson results at a heading the rendered lesson really has', () => {
    const hits = index.en.search('risk', 20).filter((h) => h.route.screen === 'lesson' && h.route.anchor);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      if (hit.route.screen !== 'lesson') continue;
      const body = pack.lessons.get(hit.route.lessonId)!.byLang.en!.body;
      const html = renderLesson(body, { glossary: {}, mediaUrl: (p) => p, lessonHref: () => '#', labels: lessonLabels((key) => translate('en', key)) });
      expect(html).toContain(`id="${hit.route.anchor}"`);
    }
  });

  it('finds glossary terms and questions, each opening where it is taught', () => {
    const term = pack.glossary[0]!;
    const termHits = index.en.search(term.term.en!, 20).filter((h) => h.kind === 'term');
    expect(termHits.map((h) => h.route)).toContainEqual({ screen: 'glossary', packId: PACK_ID, termId: term.id });

    const quiz = [...pack.quizzes.values()].find((q) => q.lessonId && q.questions.length > 0)!;
    const prompt = quiz.questions[0]!.prompt.en!;
    const words = prompt.split(/\s+/).filter((w) => w.length > 6).slice(0, 3).join(' ');
    const questionHits = index.en.search(words, 20).filter((h) => h.kind === 'question');
    expect(questionHits.map((h) => h.route)).toContainEqual({ screen: 'lesson', packId: PACK_ID, lessonId: quiz.lessonId });
  });

  it('returns nothing for one letter, and nothing for words the course does not have', () => {
    expect(index.en.search('r', 20)).toEqual([]);
    expect(index.en.search('zzyzx qwerty', 20)).toEqual([]);
  });
});

describe('lesson sections and extracts', () => {
  it('cuts a lesson at its headings, with the anchors the renderer gives them', () => {
    const sections = lessonSections('Intro text.\n\n## Pre-arrival data\n\nSent early.\n\n## Pre-arrival data\n\nAgain.');
    expect(sections.map((s) => [s.anchor, s.heading, s.text.join(' ')])).toEqual([
      [undefined, undefined, 'Intro text.'],
      ['pre-arrival-data', 'Pre-arrival data', 'Sent early.'],
      ['pre-arrival-data-2', 'Pre-arrival data', 'Again.'],
    ]);
  });

  it('shows the words around the first match, marked, without cutting words', () => {
    const text = `${'word '.repeat(40)}the release decision is recorded ${'tail '.repeat(40)}`;
    const parts = extractAround(text, (w) => w === 'release');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['release']);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown).not.toMatch(/ wor …|… ord /);
  });
});
