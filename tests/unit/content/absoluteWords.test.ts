// The give-away distractor counter behind `content:stats`: which wrong options carry "never",
// "always", "only", "all"... Run on a real fixture pack loaded from disk, with its module quiz
// replaced by one written for the test.
import { describe, expect, it } from 'vitest';
import { absoluteWordIn, absoluteWordStats } from '../../../src/core/content/absoluteWords';
import { packStats, formatStats } from '../../../src/core/content/stats';
import { loadFixtureWith, VALID_PACK } from './fixturePacks';

describe('absoluteWordIn', () => {
  it.each([
    ['Customs never releases a parcel before it lands.', 'never'],
    ['Only express carriers file advance data.', 'only'],
    ['ALL parcels are scanned.', 'all'],
    ['Every item is examined by hand.', 'every'],
    ['The platform is solely liable.', 'solely'],
  ])('finds the English absolute word in %j', (text, word) => {
    expect(absoluteWordIn(text, 'en')).toBe(word);
  });

  it.each(['The overall volume rose.', 'Small parcels are generally cleared on arrival.', 'The totality rule', 'A call to the broker'])(
    'does not count a word that merely contains one: %j',
    (text) => {
      expect(absoluteWordIn(text, 'en')).toBeUndefined();
    },
  );

  it.each([
    ['La douane ne libère jamais un colis avant son arrivée.', 'jamais'],
    ['Seuls les transporteurs express transmettent des données.', 'seuls'],
    ['Toutes les déclarations sont contrôlées.', 'toutes'],
    ['La norme ne porte que sur les envois postaux.', 'ne porte que'],
    ['Le système n’exige qu’un numéro de suivi.', 'n’exige qu’'],
  ])('finds the French absolute word in %j', (text, word) => {
    expect(absoluteWordIn(text, 'fr')).toBe(word);
  });

  it.each(['L’agent ne sait pas que le colis est arrivé.', 'Le tout premier envoi', 'La seulette', 'Les touristes déclarent leurs achats.'])(
    'does not count a plain negation or a longer word in French: %j',
    (text) => {
      expect(absoluteWordIn(text, 'fr')).toBeUndefined();
    },
  );

  it('has no list, so no verdict, for a language it does not know', () => {
    expect(absoluteWordIn('never always only', 'de')).toBeUndefined();
  });
});

// q1: one give-away distractor in each language (b), a correct option that says "only" (not a
// distractor, not counted), a plain distractor (c). q2 (multiple): one wrong option with "all"
// and « tous » (d), the two keys worded absolutely (not counted).
const QUIZ = `id: basics-quiz
title:
  en: "Module quiz: the basics"
  fr: "Quiz du module : les bases"
questions:
  - id: q1
    type: single
    prompt: { en: Who files advance data first?, fr: Qui transmet d’abord les données préalables ? }
    answer: a
    options:
      - id: a
        text: { en: Only the express carrier, fr: Le transporteur express seulement }
        explanation: { en: Right., fr: Exact. }
      - id: b
        text: { en: "The post, which never files late", fr: "La poste, qui n’est jamais en retard" }
        explanation: { en: Wrong., fr: Faux. }
      - id: c
        text: { en: The consignee, fr: Le destinataire }
        explanation: { en: Wrong., fr: Faux. }
  - id: q2
    type: multiple
    prompt: { en: Which apply?, fr: Lesquelles s’appliquent ? }
    answers: [a, b]
    options:
      - id: a
        text: { en: Always the importer, fr: Toujours l’importateur }
        explanation: { en: Right., fr: Exact. }
      - id: b
        text: { en: Every seller, fr: Chaque vendeur }
        explanation: { en: Right., fr: Exact. }
      - id: c
        text: { en: The broker, fr: Le commissionnaire }
        explanation: { en: Wrong., fr: Faux. }
      - id: d
        text: { en: All carriers, fr: Tous les transporteurs }
        explanation: { en: Wrong., fr: Faux. }
  - id: q3
    type: true-false
    prompt: { en: Customs never sleeps., fr: La douane ne dort jamais. }
    answer: true
    explanation:
      true: { en: Right., fr: Exact. }
      false: { en: Wrong., fr: Faux. }
`;

describe('absoluteWordStats on a pack loaded from disk', () => {
  const { pack, problems } = loadFixtureWith(VALID_PACK, { 'modules/basics/quizzes/basics-quiz.yaml': QUIZ });

  it('loads the pack with the test quiz', () => {
    expect(problems).toEqual([]);
    expect(pack?.quizzes.get('basics-quiz')?.questions).toHaveLength(3);
  });

  it('counts only wrong options of choice questions, in each language', () => {
    const quizzes = [...pack!.quizzes.values()];
    const fixtureDistractors = absoluteWordStats(
      quizzes.filter((q) => q.id !== 'basics-quiz'),
      'en',
    )!.distractors;
    const en = absoluteWordStats(quizzes, 'en')!;
    expect(en.items).toEqual(['basics-quiz q1 b (never)', 'basics-quiz q2 d (all)']);
    expect(en.distractors).toBe(fixtureDistractors + 4);
    expect(en.share).toBeCloseTo(2 / en.distractors);
    const fr = absoluteWordStats(quizzes, 'fr')!;
    expect(fr.items).toEqual(['basics-quiz q1 b (jamais)', 'basics-quiz q2 d (tous)']);
  });

  it('reports a share of 0 with no distractors, and nothing for a language without a word list', () => {
    expect(absoluteWordStats([], 'en')).toEqual({ distractors: 0, withAbsoluteWord: 0, share: 0, items: [] });
    expect(absoluteWordStats(pack!.quizzes.values(), 'de')).toBeUndefined();
  });

  it('is part of packStats, with the English share as the headline of the printout', () => {
    const s = packStats(pack!);
    expect(s.languages.en!.absoluteWordDistractors?.withAbsoluteWord).toBe(2);
    const text = formatStats(s);
    const { distractors } = s.languages.en!.absoluteWordDistractors!;
    const pct = ((2 / distractors) * 100).toFixed(1);
    expect(text.split('\n')[1]).toBe(`  distractors with an absolute word [en]: 2 of ${distractors} (${pct} %)`);
    expect(text).toContain('       give-away distractors to reword: basics-quiz q1 b (never), basics-quiz q2 d (all)\n');
    expect(text).toMatch(new RegExp(`^ {7}distractors with an absolute word: 2 of ${distractors} \\(${pct.replace('.', '\\.')} %\\)$`, 'm'));
  });
});
