// Writing GIFT: special characters escaped, Moodle's layout, and whatever is written reads back
// as the same syntax tree.
import { describe, expect, it } from 'vitest';
import type { GiftItem, GiftQuestion } from '../../../src/core/gift/giftModel';
import { parseGift } from '../../../src/core/gift/giftParser';
import { formatWeight, serializeGift } from '../../../src/core/gift/giftSerializer';
import { escapeGift } from '../../../src/core/gift/giftText';
import { giftFixture } from './giftFixtures';

const q = (fields: Partial<GiftQuestion> & Pick<GiftQuestion, 'text' | 'body'>): GiftQuestion => ({ kind: 'question', line: 0, ...fields });
const withoutLines = (items: GiftItem[]) => items.map(({ line: _line, ...rest }) => rest);

describe('escapeGift', () => {
  it('escapes ~ = # { } : and the backslash, and writes line breaks as \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });

  it('leaves other text alone', () => {
    expect(escapeGift('20% of 117 EUR (“VAT”) -> 23.4 ; [x] / é')).toBe('20% of 117 EUR (“VAT”) -> 23.4 ; [x] / é');
  });

  it('guards a text that starts like a format marker, so Moodle keeps it', () => {
    expect(escapeGift('[html] is a marker')).toBe('[plain][html] is a marker');
    const back = parseGift(`${escapeGift('[html] is <b>')}{T}`).items[0] as GiftQuestion;
    expect(back.text).toBe('[html] is <b>');
  });
});

describe('serializeGift', () => {
  it("writes answers one per line, like Moodle's exporter, and inline for a blank inside the text", () => {
    const text = serializeGift([
      { kind: 'category', line: 0, path: 'pack/module/quiz' },
      q({ title: 'q1', text: 'Who sends the data?', body: { type: 'multiple-choice', choices: [{ text: 'The post', correct: true, feedback: 'Yes: it does.' }, { text: 'The bank', correct: false }] }, generalFeedback: 'See lesson 2.' }),
      q({ title: 'q2', text: 'Grant is ', textAfter: ' in the tomb.', body: { type: 'multiple-choice', choices: [{ text: 'buried', correct: false }, { text: 'entombed', correct: true }] } }),
      q({ title: 'q3', text: 'Is it?', body: { type: 'true-false', answer: false, rightFeedback: 'Right.' } }),
      q({ title: 'q4', text: 'How many?', body: { type: 'numeric', answers: [{ kind: 'exact', value: 23.4, tolerance: 0.05 }] } }),
    ], ['Header line']);
    expect(text).toBe(
      [
        '// Header line',
        '',
        '$CATEGORY: pack/module/quiz',
        '',
        '::q1::Who sends the data?{',
        '\t=The post#Yes\\: it does.',
        '\t~The bank',
        '\t####See lesson 2.',
        '}',
        '',
        '::q2::Grant is {~buried =entombed} in the tomb.',
        '',
        '::q3::Is it?{FALSE##Right.}',
        '',
        '::q4::How many?{#23.4:0.05}',
        '',
      ].join('\n'),
    );
  });

  it('formats weights as Moodle does', () => {
    expect([100, 50, 100 / 3, -100 / 3, 100 / 7, 12.5].map(formatWeight)).toEqual(['100', '50', '33.33333', '-33.33333', '14.28571', '12.5']);
  });

  it('gives an answer that starts like a weight an explicit weight', () => {
    const text = serializeGift([q({ text: 'Q?', body: { type: 'multiple-choice', choices: [{ text: '%50% off', correct: false }, { text: 'full price', correct: true }] } })]);
    expect(text).toContain('~%0%%50% off');
    expect((parseGift(text).items[0] as GiftQuestion).body).toMatchObject({ choices: [{ text: '%50% off', weight: 0 }, { text: 'full price' }] });
  });

  it('writes [html] texts as HTML, which reads back to the same plain text', () => {
    const item = q({ format: 'html', text: 'Is 5 < 6 & 7 > 6?\nSure.', body: { type: 'true-false', answer: true } });
    const text = serializeGift([item]);
    expect(text).toBe('[html]Is 5 &lt; 6 &amp; 7 &gt; 6?<br>Sure.{TRUE}\n');
    expect(withoutLines(parseGift(text).items)).toEqual(withoutLines([item]));
  });
});

describe('parse(serialize(tree)) is the same tree', () => {
  it.each(['moodle-examples.gift', 'round-trip.gift'])('for every question of %s', (name) => {
    const first = parseGift(giftFixture(name));
    expect(first.problems).toEqual([]);
    const again = parseGift(serializeGift(first.items));
    expect(again.problems).toEqual([]);
    expect(withoutLines(again.items)).toEqual(withoutLines(first.items));
  });

  it('for texts full of special characters in every place they can go', () => {
    const nasty = 'a~b=c#d{e}f:g\\h\ni ::j:: //k #### l -> m %5%';
    // "->" cannot be escaped, and a block of = answers holding one is matching (see below).
    const noArrow = nasty.replace('->', '>');
    const items: GiftItem[] = [
      q({ title: `t ${nasty}`, text: nasty, body: { type: 'multiple-choice', choices: [{ text: nasty, correct: true, feedback: nasty }, { text: 'x', correct: false, weight: -25, feedback: nasty }] }, generalFeedback: nasty }),
      q({ text: nasty, textAfter: ` ${nasty}`, body: { type: 'short-answer', answers: [{ text: noArrow, correct: true, weight: 50, feedback: noArrow }] } }),
      q({ text: nasty, body: { type: 'true-false', answer: true, wrongFeedback: nasty, rightFeedback: nasty }, generalFeedback: nasty }),
      q({ text: nasty, body: { type: 'matching', pairs: [{ left: 'a~b=c#d{e}f:g', right: nasty }, { left: '', right: nasty }] } }),
      q({ text: nasty, body: { type: 'numeric', answers: [{ kind: 'range', min: -1.5, max: 2, feedback: nasty }, { kind: 'exact', value: 1e-7, tolerance: 0, weight: 50 }], wrongFeedback: nasty } }),
      q({ text: nasty, body: { type: 'essay' }, generalFeedback: nasty }),
    ];
    const text = serializeGift(items);
    const back = parseGift(text);
    expect(back.problems).toEqual([]);
    expect(withoutLines(back.items)).toEqual(withoutLines(items));
  });

  it('cannot write "->" in a short answer: GIFT has no escape for it and Moodle reads such a block as matching', () => {
    const text = serializeGift([q({ text: 'Which arrow?', body: { type: 'short-answer', answers: [{ text: 'a -> b', correct: true }] } })]);
    expect((parseGift(text).items[0] as GiftQuestion).body).toEqual({ type: 'matching', pairs: [{ left: 'a', right: 'b' }] });
  });
});
