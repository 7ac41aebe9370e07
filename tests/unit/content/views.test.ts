// What the renderer receives from a pack in one language, checked on the valid-minimal pack:
// French text when asked for French, and a visible fallback to the pack's first language.
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/core/content/model';
import { catalogView, chooseLang, glossaryView, quizView } from '../../../src/core/content/views';
import { VALID_PACK, loadFixture } from './fixturePacks';

function validPack(): Pack {
  const { pack, problems } = loadFixture(VALID_PACK);
  if (!pack) throw new Error(`valid-minimal did not load: ${JSON.stringify(problems)}`);
  return pack;
}

function quiz(pack: Pack, id: string) {
  const q = pack.quizzes.get(id);
  if (!q) throw new Error(`no quiz ${id}`);
  return q;
}

describe('chooseLang', () => {
  const pack = validPack();

  it('keeps a language the pack has, without fallback', () => {
    expect(chooseLang(pack, 'fr')).toEqual({ lang: 'fr', fallback: false });
    expect(chooseLang(pack, 'en')).toEqual({ lang: 'en', fallback: false });
  });

  it("falls back to the pack's first language, and says so, for a language it lacks", () => {
    expect(chooseLang(pack, 'de')).toEqual({ lang: 'en', fallback: true });
  });
});

describe('catalogView', () => {
  const pack = validPack();
  const rejected = [{ dir: 'somewhere/bad', problems: [{ file: 'pack.yaml', line: 1, reason: 'errors.pack.invalidField', params: { field: 'formatVersion' } }] }];

  it('gives French titles, summaries and lesson titles when asked for French', () => {
    const catalog = catalogView([pack], 'fr', rejected);
    expect(catalog.rejected).toBe(rejected);
    expect(catalog.packs).toEqual([
      {
        lang: 'fr',
        fallback: false,
        id: 'valid-minimal',
        version: '1.0.0',
        title: 'Paquet de test minimal',
        description: 'Le plus petit paquet qui utilise chaque élément du format.',
        languages: ['en', 'fr'],
        modules: [
          {
            id: 'basics',
            title: 'Les bases',
            summary: "Ce qu'est le commerce électronique transfrontalier et comment les colis arrivent à la douane.",
            quizId: 'basics-quiz',
            lessons: [
              { id: 'intro', title: "Qu'est-ce que le commerce électronique transfrontalier ?", minutes: 10, checkId: 'intro-check' },
              { id: 'channels', title: 'Les filières postale et express', minutes: 8, checkId: undefined },
            ],
          },
        ],
      },
    ]);
  });

  it('falls back to English, marked fallback, for German', () => {
    const [summary] = catalogView([pack], 'de', []).packs;
    expect(summary).toMatchObject({ lang: 'en', fallback: true, title: 'Minimal test pack' });
    expect(summary?.modules[0]?.title).toBe('The basics');
    expect(summary?.modules[0]?.lessons.map((l) => l.title)).toEqual(['What is cross-border e-commerce?', 'Postal and express channels']);
  });
});

describe('quizView', () => {
  const pack = validPack();

  it('gives every prompt, option and explanation in French, with the keys untouched', () => {
    const view = quizView(pack, quiz(pack, 'intro-check'), 'fr');
    expect(view).toMatchObject({
      lang: 'fr',
      fallback: false,
      packId: 'valid-minimal',
      moduleId: 'basics',
      lessonId: 'intro',
      id: 'intro-check',
      title: 'Vérification des acquis : commerce électronique transfrontalier',
      passMark: 0.5,
    });
    expect(view.questions).toEqual([
      {
        id: 'q1',
        type: 'single',
        tags: [],
        prompt: "Qui transmet à la douane les données d'un envoi postal ?",
        answer: 'b',
        options: [
          { id: 'a', text: "L'acheteur", explanation: "Faux. L'acheteur ne s'adresse pas à la douane avant l'arrivée." },
          { id: 'b', text: 'La poste de destination', explanation: 'Exact. La poste de destination transmet les données à la douane.' },
        ],
      },
      {
        id: 'q2',
        type: 'multiple',
        tags: [],
        prompt: 'Quels acteurs peuvent détenir des données sur un colis ?',
        answers: ['a', 'c'],
        scoring: 'partial',
        options: [
          { id: 'a', text: 'La place de marché', explanation: 'Exact. La place de marché détient la commande.' },
          { id: 'b', text: 'Le service météorologique', explanation: "Faux. Il n'a rien à voir avec le colis." },
          { id: 'c', text: 'Le transporteur express', explanation: 'Exact. Le transporteur détient le manifeste.' },
        ],
      },
      {
        id: 'q3',
        type: 'true-false',
        tags: [],
        prompt: 'La douane ouvre chaque colis.',
        answer: false,
        explanation: {
          true: 'Non. La douane sélectionne les colis selon le risque.',
          false: 'Exact. La douane sélectionne les colis selon le risque.',
        },
      },
    ]);
  });

  it('falls back to English, marked fallback, for German', () => {
    const view = quizView(pack, quiz(pack, 'basics-quiz'), 'de');
    expect(view).toMatchObject({ lang: 'en', fallback: true, title: 'Module quiz: the basics', passMark: 0.8 });
    expect(view.lessonId).toBeUndefined();
    const [q1, q2] = view.questions;
    expect(q1).toMatchObject({ prompt: 'Which channel usually sends customs its data before the goods land?', answer: 'express' });
    expect(q1?.type === 'single' && q1.options.map((o) => o.text)).toEqual(['The postal channel', 'The express channel']);
    expect(q2).toMatchObject({ type: 'true-false', answer: true, explanation: { true: 'Right. It often clears the goods for its clients.' } });
  });
});

describe('glossaryView', () => {
  const pack = validPack();

  it('gives French terms and definitions, sorted by the French term (É with the Es, not after Z)', () => {
    const view = glossaryView(pack, 'fr');
    expect(view).toMatchObject({ lang: 'fr', fallback: false, packId: 'valid-minimal' });
    expect(view.terms.map((t) => t.term)).toEqual([
      'commissionnaire en douane',
      'données électroniques préalables',
      'État de destination',
      'transporteur express',
    ]);
    expect(view.terms[0]).toEqual({
      id: 'customs-broker',
      term: 'commissionnaire en douane',
      definition: "Personne qui dédouane des marchandises pour le compte d'autrui.",
    });
  });

  it('sorts by the English term when it falls back to English for German', () => {
    const view = glossaryView(pack, 'de');
    expect(view).toMatchObject({ lang: 'en', fallback: true });
    expect(view.terms.map((t) => t.id)).toEqual(['aed', 'destination-country', 'customs-broker', 'express-carrier']);
    expect(view.terms.map((t) => t.term)).toEqual([
      'advance electronic data',
      'country of destination',
      'customs broker',
      'express carrier',
    ]);
  });
});

describe('a pack with only English', () => {
  it('loads, and falls back to English with fallback: true for a French learner', async () => {
    const { loadPack } = await import('../../../src/core/content/loadPack');
    const { readPackDir } = await import('../../../electron/services/content/packReader');
    const { catalogView } = await import('../../../src/core/content/views');
    const path = await import('node:path');
    const { pack, problems } = loadPack(readPackDir(path.resolve(import.meta.dirname, '../../fixtures/packs/english-only')));
    expect(problems).toEqual([]);
    const [summary] = catalogView([pack!], 'fr', []).packs;
    expect(summary).toMatchObject({ lang: 'en', fallback: true, title: 'English-only test pack' });
  });
});
