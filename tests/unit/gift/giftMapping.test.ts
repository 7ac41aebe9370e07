// How GIFT questions become pack questions and back: which type each one becomes, what happens
// to weights and feedback, which neutral texts fill the gaps, and what is skipped and why.
import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../../src/core/content/schemas';
import type { GiftQuestion } from '../../../src/core/gift/giftModel';
import { parseGift } from '../../../src/core/gift/giftParser';
import { questionToGift, splitGeneralFeedback } from '../../../src/core/gift/giftFromPack';
import { giftToQuestion, letterId } from '../../../src/core/gift/giftToPack';
import { neutralTexts } from '../../../src/core/gift/neutralText';
import { serializeGift } from '../../../src/core/gift/giftSerializer';

const en = neutralTexts('en')!;
const fr = neutralTexts('fr')!;

function importOne(gift: string, lang = 'en') {
  const { items, problems } = parseGift(gift);
  expect(problems).toEqual([]);
  return giftToQuestion(items[0] as GiftQuestion, 'q1', lang, lang === 'fr' ? fr : en);
}

/** The question an import makes, with the schema's defaults applied. */
function imported(gift: string, lang = 'en'): Question {
  const m = importOne(gift, lang);
  expect(m.problem).toBeUndefined();
  return questionSchema.parse(m.question);
}

/** One pack question written as GIFT text (title and all). */
function exported(question: unknown, lang = 'en'): { text: string; notes: string[]; skipped?: string } {
  const out = questionToGift(questionSchema.parse(question), lang, lang === 'fr' ? fr : en);
  return { text: out.gift ? serializeGift([out.gift]).trim() : '', notes: out.notes, ...(out.skipped && { skipped: out.skipped }) };
}

const opt = (id: string, text: string, explanation: string) => ({ id, text: { en: text }, explanation: { en: explanation } });

describe('GIFT → pack: multiple choice', () => {
  it('one = answer: a single-answer question; options a, b, c; feedback kept, neutral explanations elsewhere', () => {
    expect(imported('Who sends the data?{~The buyer#The buyer is not involved. =The post ~The bank}')).toEqual({
      id: 'q1',
      type: 'single',
      prompt: { en: 'Who sends the data?' },
      answer: 'b',
      options: [opt('a', 'The buyer', 'The buyer is not involved.'), opt('b', 'The post', 'Correct.'), opt('c', 'The bank', 'Incorrect.')],
    });
  });

  it('general feedback goes after each answer’s own explanation', () => {
    const q = imported('Q?{=A#Yes. ~B####Both are forms.}');
    expect(q.type === 'single' && q.options.map((o) => o.explanation.en)).toEqual(['Yes.\nBoth are forms.', 'Both are forms.']);
  });

  it('%weights without =: a multiple-answer question with partial scoring; the positive ones are the keys', () => {
    const m = importOne('Which two?{~%-50%The buyer ~%50%The carrier ~%50%The post ~%-50%The neighbour}');
    expect(m.warnings).toEqual([]);
    expect(questionSchema.parse(m.question)).toMatchObject({ type: 'multiple', scoring: 'partial', answers: ['b', 'c'] });
  });

  it('says what changes when wrong answers cost nothing, or when weights are unequal', () => {
    expect(importOne('Which two?{~No one ~%50%Grant ~%50%His wife ~His father}').warnings).toEqual([
      'wrong answers without a negative weight cost nothing in Moodle; here each wrong pick cancels a right one',
    ]);
    expect(importOne('Which?{~%-100%x ~%25%a ~%75%b}').warnings).toEqual(['weights 25%, 75% become equal shares of the right answers']);
  });

  it('several = answers: a multiple-answer question, all-or-nothing, with a warning (Moodle takes any one of them)', () => {
    const m = importOne('Which word?{=advance =prior ~late}');
    expect(questionSchema.parse(m.question)).toMatchObject({ type: 'multiple', scoring: 'all-or-nothing', answers: ['a', 'b'] });
    expect(m.warnings).toEqual(['several full-credit answers: Moodle gives full credit for any one of them; here the learner must pick all of them']);
  });

  it('one = plus partly right ~%n% answers: a single-answer question; the partial credit is dropped, with a warning', () => {
    const m = importOne('Difficult.{~wrong ~%50%half =full}');
    expect(questionSchema.parse(m.question)).toMatchObject({ type: 'single', answer: 'c' });
    expect(m.warnings).toEqual(['partial credit dropped (these now count as wrong): "half" (50%)']);
  });

  it('no right answer at all is a problem', () => {
    expect(importOne('Q?{~a ~b}').problem?.message).toMatch(/^no correct answer/);
  });
});

describe('GIFT → pack: true/false, short answer, missing word, numeric, matching', () => {
  it('true/false: the first feedback is for a wrong answer, the second for a right one', () => {
    expect(imported('Sellers always pay duties.{FALSE#No: buyers often pay them.}')).toEqual({
      id: 'q1',
      type: 'true-false',
      prompt: { en: 'Sellers always pay duties.' },
      answer: false,
      explanation: { true: { en: 'No: buyers often pay them.' }, false: { en: 'Correct.' } },
    });
    expect(imported('Buyers pay VAT.{TRUE#Wrong.#Right.####In most models.}')).toMatchObject({
      answer: true,
      explanation: { true: { en: 'Right.\nIn most models.' }, false: { en: 'Wrong.\nIn most models.' } },
    });
  });

  it('short answer: a fill-in-the-blank question with the answers accepted, the question as prompt', () => {
    expect(imported('Who adopted the Framework?{=WCO =World Customs Organization}')).toEqual({
      id: 'q1',
      type: 'cloze',
      scoring: 'partial',
      prompt: { en: 'Who adopted the Framework?' },
      text: { en: '{{blank}}' },
      blanks: [{ id: 'blank', match: 'loose', accept: { en: ['WCO', 'World Customs Organization'] }, explanation: { en: 'The expected answer is “WCO”.' } }],
    });
  });

  it('short answer: partly right answers are dropped with a warning; the explanation takes the feedback', () => {
    const m = importOne('From {=Nazareth#Yes! =%75%Nazereth#Misspelled. =%25%Bethlehem}.');
    expect(questionSchema.parse(m.question)).toMatchObject({ blanks: [{ accept: { en: ['Nazareth'] }, explanation: { en: 'Yes!' } }] });
    expect(m.warnings).toEqual([
      'partial credit dropped (these now count as wrong): "Nazereth" (75%), "Bethlehem" (25%)',
      'only one explanation per blank: feedback on "Nazereth" dropped',
    ]);
  });

  it('missing word with ~ answers: a dropdown blank in the sentence, with a neutral prompt in the target language', () => {
    expect(imported('Grant is {~buried =entombed ~living} in the tomb.')).toMatchObject({
      type: 'cloze',
      prompt: { en: 'Complete the sentence.' },
      text: { en: 'Grant is {{blank}} in the tomb.' },
      blanks: [{ accept: { en: ['entombed'] }, choices: { en: ['buried', 'entombed', 'living'] } }],
    });
    expect(imported('Les colis sont {~retenus =libérés} à l’arrivée.', 'fr')).toMatchObject({
      prompt: { fr: 'Complétez la phrase.' },
      text: { fr: 'Les colis sont {{blank}} à l’arrivée.' },
      blanks: [{ explanation: { fr: 'La réponse attendue est « libérés ».' } }],
    });
  });

  it('missing word: a first line ending like a sentence is the prompt', () => {
    expect(imported('Choose the word.\\nParcels are {=released ~held} on arrival.')).toMatchObject({
      prompt: { en: 'Choose the word.' },
      text: { en: 'Parcels are {{blank}} on arrival.' },
    });
  });

  it('missing word with = answers only: a typed blank in the sentence', () => {
    expect(imported('Two plus {=two =2} equals four.')).toMatchObject({ text: { en: 'Two plus {{blank}} equals four.' }, blanks: [{ accept: { en: ['two', '2'] } }] });
  });

  it('numeric: a number with its tolerance; a range becomes its middle ± half its width', () => {
    expect(imported('VAT?{#23.4:0.05}')).toEqual({
      id: 'q1',
      type: 'numeric',
      prompt: { en: 'VAT?' },
      answer: 23.4,
      tolerance: 0.05,
      explanation: { en: 'The expected answer is 23.4 (± 0.05).' },
    });
    expect(imported('Pi?{#3.141..3.142}')).toMatchObject({ answer: 3.1415, tolerance: 0.0005 });
    expect(imported('Year?{#1822####He was born in 1822.}')).toMatchObject({ answer: 1822, tolerance: 0, explanation: { en: 'He was born in 1822.' } });
  });

  it('numeric with several answers: the full-credit one is kept, the others listed in a warning', () => {
    const m = importOne('Year?{#=1822:0#Right. =%50%1822:2#Close.~#No.}');
    expect(questionSchema.parse(m.question)).toMatchObject({ answer: 1822, tolerance: 0, explanation: { en: 'Right.' } });
    expect(m.warnings).toEqual(['only one accepted number is kept; dropped: 1822±2 (50%)', 'the feedback for other numbers (~#...) is dropped']);
  });

  it('a non-blank question with its answers inside the text shows the blank as _____', () => {
    expect(imported('Pi is {#3.14:0.01} to two decimals.')).toMatchObject({ type: 'numeric', prompt: { en: 'Pi is _____ to two decimals.' } });
  });

  it('matching: pairs a, b…, an empty left side becomes a distractor; neutral or general explanations', () => {
    expect(imported('Match.{=CN22 -> small items =CN23 -> large items = -> express}')).toEqual({
      id: 'q1',
      type: 'matching',
      scoring: 'partial',
      prompt: { en: 'Match.' },
      pairs: [
        { id: 'a', left: { en: 'CN22' }, right: { en: 'small items' }, explanation: { en: '“CN22” goes with “small items”.' } },
        { id: 'b', left: { en: 'CN23' }, right: { en: 'large items' }, explanation: { en: '“CN23” goes with “large items”.' } },
      ],
      distractors: [{ id: 'c', text: { en: 'express' } }],
    });
    expect(imported('Match.{=a -> b =c -> d ####UPU forms.}')).toMatchObject({ pairs: [{ explanation: { en: 'UPU forms.' } }, { explanation: { en: 'UPU forms.' } }] });
    expect(importOne('Match.{=a -> b = -> c}').problem).toEqual({
      reason: 'errors.gift.tooFewPairs',
      params: { count: 1 },
      message: 'a matching question needs at least two pairs (it has 1)',
    });
  });

  it('essay and description questions are skipped with the reason', () => {
    expect(importOne('How?{}').skipped).toMatch(/^essay/);
    expect(importOne('Just text.').skipped).toMatch(/^description/);
  });

  it('HTML becomes plain text, with a warning', () => {
    const m = importOne('[html]<p>Is 5 &lt; 6?</p>{T}');
    expect(questionSchema.parse(m.question)).toMatchObject({ prompt: { en: 'Is 5 < 6?' } });
    expect(m.warnings).toEqual(['HTML formatting converted to plain text']);
  });

  it('option ids run a…z, then aa, ab…', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(letterId)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });
});

describe('pack → GIFT', () => {
  it('single: = for the key, ~ for the others; neutral explanations are left out; a shared last line is the general feedback', () => {
    const q = { id: 'q1', type: 'single', prompt: { en: 'Who: post or bank?' }, answer: 'b', options: [opt('a', 'Bank', 'No.\nSee lesson 2.'), opt('b', 'Post', 'Correct.\nSee lesson 2.'), opt('c', 'Buyer', 'See lesson 2.')] };
    expect(exported(q)).toEqual({ text: '::q1::Who\\: post or bank?{\n\t~Bank#No.\n\t=Post\n\t~Buyer\n\t####See lesson 2.\n}', notes: [] });
  });

  it('multiple, partial: each key earns an equal share and each wrong pick takes one back, as the app scores it', () => {
    const q = { id: 'q2', type: 'multiple', scoring: 'partial', prompt: { en: 'Which?' }, answers: ['a', 'c', 'd'], options: [opt('a', 'A', 'Correct.'), opt('b', 'B', 'Incorrect.'), opt('c', 'C', 'Correct.'), opt('d', 'D', 'Correct.')] };
    expect(exported(q).text).toBe('::q2::Which?{\n\t~%33.33333%A\n\t~%-33.33333%B\n\t~%33.33333%C\n\t~%33.33333%D\n}');
  });

  it('multiple, all-or-nothing: approximated with -100% on wrong choices, and said so', () => {
    const q = { id: 'q3', type: 'multiple', prompt: { en: 'Which?' }, answers: ['a', 'b'], options: [opt('a', 'A', 'Correct.'), opt('b', 'B', 'Correct.'), opt('c', 'C', 'Incorrect.')] };
    const out = exported(q);
    expect(out.text).toBe('::q3::Which?{\n\t~%50%A\n\t~%50%B\n\t~%-100%C\n}');
    expect(out.notes).toEqual([expect.stringMatching(/^all-or-nothing scoring cannot be written in GIFT/)]);
  });

  it('true/false: the explanation of the wrong answer first, then of the right one', () => {
    const q = { id: 'q4', type: 'true-false', prompt: { en: 'Buyers pay VAT.' }, answer: true, explanation: { true: { en: 'Right.' }, false: { en: 'Wrong.' } } };
    expect(exported(q).text).toBe('::q4::Buyers pay VAT.{TRUE#Wrong.#Right.}');
  });

  it('matching: distractors as "= -> text"; explanations per pair joined into the general feedback, with a note', () => {
    const q = {
      id: 'q5',
      type: 'matching',
      scoring: 'all-or-nothing',
      prompt: { en: 'Match.' },
      pairs: [
        { id: 'a', left: { en: 'CN22' }, right: { en: 'small' }, explanation: { en: 'Light items.' } },
        { id: 'b', left: { en: 'CN23' }, right: { en: 'large' }, explanation: { en: '“CN23” goes with “large”.' } },
      ],
      distractors: [{ id: 'x', text: { en: 'express' } }],
    };
    const out = exported(q);
    expect(out.text).toBe('::q5::Match.{\n\t=CN22 -> small\n\t=CN23 -> large\n\t= -> express\n\t####Light items.\n}');
    expect(out.notes).toEqual([
      'all-or-nothing scoring cannot be written in GIFT: Moodle gives credit for each right pair',
      'GIFT has no feedback per pair: the explanations are joined into the general feedback',
    ]);
  });

  it('cloze with one blank: short answer when the blank stands alone, missing word inside a sentence', () => {
    const blank = (extra: object) => ({ id: 'x', accept: { en: ['released'] }, explanation: { en: 'The expected answer is “released”.' }, ...extra });
    const alone = { id: 'q6', type: 'cloze', prompt: { en: 'What happens to low-risk parcels?' }, text: { en: '{{x}}' }, blanks: [blank({})] };
    expect(exported(alone).text).toBe('::q6::What happens to low-risk parcels?{\n\t=released\n}');
    const inSentence = { id: 'q7', type: 'cloze', prompt: { en: 'Choose.' }, text: { en: 'Parcels are {{x}} on arrival.' }, blanks: [blank({ choices: { en: ['held', 'released'] } })] };
    expect(exported(inSentence).text).toBe('::q7::Choose.\\nParcels are {~held =released} on arrival.');
    const neutralPrompt = { ...inSentence, prompt: { en: 'Complete the sentence.' } };
    expect(exported(neutralPrompt).text).toBe('::q7::Parcels are {~held =released} on arrival.');
  });

  it('cloze: exact matching is noted; several blanks, or "->" in a typed answer, cannot be written', () => {
    const one = { id: 'q8', type: 'cloze', prompt: { en: 'P.' }, text: { en: 'A {{x}} b.' }, blanks: [{ id: 'x', match: 'exact', accept: { en: ['CN22'] }, explanation: { en: 'E.' } }] };
    expect(exported(one).notes).toEqual(['exact matching cannot be written in GIFT: Moodle compares short answers ignoring case']);
    const two = { ...one, text: { en: 'A {{x}} b {{y}}.' }, blanks: [...one.blanks, { id: 'y', accept: { en: ['c'] }, explanation: { en: 'E.' } }] };
    expect(exported(two).skipped).toMatch(/^2 blanks: a GIFT question has one answer block/);
    const arrow = { ...one, blanks: [{ id: 'x', accept: { en: ['a -> b'] }, explanation: { en: 'E.' } }] };
    expect(exported(arrow).skipped).toMatch(/contains "->", which GIFT cannot escape/);
  });

  it('numeric: the tolerance after a colon, the worked solution as general feedback, the unit in the text (noted)', () => {
    const q = { id: 'q9', type: 'numeric', prompt: { en: 'Duty on 100 at 5%?' }, answer: 5, tolerance: 0.01, unit: { en: 'EUR' }, explanation: { en: '100 × 0.05 = 5' } };
    const out = exported(q);
    expect(out.text).toBe('::q9::Duty on 100 at 5%? (EUR){#5:0.01####100 × 0.05 \\= 5}');
    expect(out.notes).toEqual(['the unit "EUR" is written into the question text: GIFT numeric questions have no unit']);
  });

  it('ordering, scenario and inspection questions are skipped with the reason', () => {
    const ordering = { id: 'o', type: 'ordering', prompt: { en: 'Order.' }, items: ['a', 'b', 'c'].map((id) => ({ id, text: { en: id } })), explanation: { en: 'E.' } };
    expect(exported(ordering).skipped).toBe('GIFT has no ordering question');
    const scenario = {
      id: 's',
      type: 'scenario',
      prompt: { en: 'Case.' },
      start: 's1',
      steps: [{ id: 's1', text: { en: 'Do?' }, choices: [{ id: 'a', text: { en: 'A' }, correct: true, feedback: { en: 'F' } }, { id: 'b', text: { en: 'B' }, feedback: { en: 'F' } }] }],
      debrief: { en: 'D' },
    };
    expect(exported(scenario).skipped).toMatch(/^GIFT has no branching scenario/);
    const field = (id: string, flag: boolean) => ({ id, label: { en: id }, value: { en: id }, flag, explanation: { en: 'E' } });
    const inspection = { id: 'i', type: 'inspection', prompt: { en: 'Flags.' }, document: { kind: 'cn23', title: { en: 'CN23' }, fields: [field('a', true), field('b', false)] } };
    expect(exported(inspection).skipped).toMatch(/^GIFT has no document inspection question/);
  });

  it('tags are noted as not written', () => {
    const q = { id: 'q', type: 'true-false', tags: ['irg'], prompt: { en: 'P.' }, answer: true, explanation: { true: { en: 'Correct.' }, false: { en: 'Incorrect.' } } };
    expect(exported(q)).toEqual({ text: '::q::P.{TRUE}', notes: ['tags (irg) are not written: GIFT has no tags'] });
  });

  it('writes the requested language, leaving out that language’s neutral texts', () => {
    const q = { id: 'q', type: 'true-false', prompt: { en: 'P.', fr: 'Vrai ?' }, answer: false, explanation: { true: { en: 'Incorrect.', fr: 'Mauvaise réponse.' }, false: { en: 'Correct.', fr: 'Bonne réponse.' } } };
    expect(exported(q, 'fr').text).toBe('::q::Vrai ?{FALSE}');
  });
});

describe('splitGeneralFeedback', () => {
  it('takes the last lines all explanations share', () => {
    expect(splitGeneralFeedback(['A\nX\nY', 'X\nY', 'B\nX\nY'])).toEqual({ each: ['A', '', 'B'], general: 'X\nY' });
    expect(splitGeneralFeedback(['Same.', 'Same.'])).toEqual({ each: ['', ''], general: 'Same.' });
  });

  it('takes nothing when they share no last line, or when there is only one', () => {
    expect(splitGeneralFeedback(['A', 'B'])).toEqual({ each: ['A', 'B'] });
    expect(splitGeneralFeedback(['A'])).toEqual({ each: ['A'] });
  });
});
