// Reading GIFT as Moodle does: each question type, titles, comments, categories, feedback,
// weights, escapes and formats; and malformed GIFT refused with the line of the mistake.
import { describe, expect, it } from 'vitest';
import type { GiftItem, GiftQuestion } from '../../../src/core/gift/giftModel';
import { MAX_GIFT_CHARS, parseGift } from '../../../src/core/gift/giftParser';
import { translate } from '../../../src/core/i18n/resources';

function only(gift: string): GiftQuestion {
  const { items, problems } = parseGift(gift);
  expect(problems).toEqual([]);
  expect(items).toHaveLength(1);
  expect(items[0]!.kind).toBe('question');
  return items[0] as GiftQuestion;
}

// Each problem with its English text, as the questions command prints it.
const problemsOf = (gift: string) => parseGift(gift).problems.map((p) => ({ ...p, message: translate('en', p.reason, p.params) }));

describe('question types', () => {
  it('multiple choice: ~ wrong, = right, with per-answer feedback', () => {
    expect(only('Who sends the data?{~The buyer#No. =The post#Yes. ~The bank}').body).toEqual({
      type: 'multiple-choice',
      choices: [
        { text: 'The buyer', correct: false, feedback: 'No.' },
        { text: 'The post', correct: true, feedback: 'Yes.' },
        { text: 'The bank', correct: false },
      ],
    });
  });

  it('multiple choice with %weights, negative ones included', () => {
    expect(only('Which two?{~%-50%A ~%50%B ~%50%C ~D}').body).toEqual({
      type: 'multiple-choice',
      choices: [
        { text: 'A', correct: false, weight: -50 },
        { text: 'B', correct: false, weight: 50 },
        { text: 'C', correct: false, weight: 50 },
        { text: 'D', correct: false },
      ],
    });
    expect(only('Q?{~%33.33333%A ~B =C}').body).toMatchObject({ choices: [{ weight: 33.33333 }, {}, { correct: true }] });
  });

  it('true/false in all four spellings, with the feedback for a wrong then a right answer', () => {
    expect(only('A?{T}').body).toEqual({ type: 'true-false', answer: true });
    expect(only('A?{TRUE}').body).toEqual({ type: 'true-false', answer: true });
    expect(only('A?{F}').body).toEqual({ type: 'true-false', answer: false });
    expect(only('A?{FALSE#Shown when wrong.#Shown when right.}').body).toEqual({
      type: 'true-false',
      answer: false,
      wrongFeedback: 'Shown when wrong.',
      rightFeedback: 'Shown when right.',
    });
    expect(only('A?{TRUE##Only when right.}').body).toEqual({ type: 'true-false', answer: true, rightFeedback: 'Only when right.' });
  });

  it('short answer: only = answers, with weights and feedback', () => {
    expect(only('Who adopted it?{=WCO =%50%the WCO secretariat#Close. =World Customs Organization}').body).toEqual({
      type: 'short-answer',
      answers: [
        { text: 'WCO', correct: true },
        { text: 'the WCO secretariat', correct: true, weight: 50, feedback: 'Close.' },
        { text: 'World Customs Organization', correct: true },
      ],
    });
  });

  it('matching: =left -> right, and an empty left side for an extra wrong answer', () => {
    expect(only('Match.{=CN22 -> small items =CN23->large items = -> express}').body).toEqual({
      type: 'matching',
      pairs: [
        { left: 'CN22', right: 'small items' },
        { left: 'CN23', right: 'large items' },
        { left: '', right: 'express' },
      ],
    });
  });

  it('numeric: a number, a tolerance, a range, several weighted answers and feedback for any other', () => {
    expect(only('N?{#1822}').body).toEqual({ type: 'numeric', answers: [{ kind: 'exact', value: 1822, tolerance: 0 }] });
    expect(only('N?{#3.1415:0.0005}').body).toEqual({ type: 'numeric', answers: [{ kind: 'exact', value: 3.1415, tolerance: 0.0005 }] });
    expect(only('N?{#-5..-1.5}').body).toEqual({ type: 'numeric', answers: [{ kind: 'range', min: -5, max: -1.5 }] });
    expect(only('N?{#\n=1822:0#Right.\n=%50%1822:2#Close.\n~#Count again.}').body).toEqual({
      type: 'numeric',
      answers: [
        { kind: 'exact', value: 1822, tolerance: 0, feedback: 'Right.' },
        { kind: 'exact', value: 1822, tolerance: 2, weight: 50, feedback: 'Close.' },
      ],
      wrongFeedback: 'Count again.',
    });
  });

  it('essay ({}) and description (no block) are read, to be skipped later', () => {
    expect(only('How do you select parcels?{}').body).toEqual({ type: 'essay' });
    expect(only('The next questions are about revenue.').body).toEqual({ type: 'description' });
  });
});

describe('question text, titles and feedback', () => {
  it('a title between :: and the text after it', () => {
    expect(only('::Release on arrival:: Low-risk parcels are released on arrival.{T}')).toMatchObject({
      title: 'Release on arrival',
      text: 'Low-risk parcels are released on arrival.',
    });
  });

  it('answers inside the text ("missing word"): the text before and after the blank, one space kept at each edge', () => {
    const q = only('Grant is {~buried =entombed ~living} in the tomb.');
    expect(q).toMatchObject({ text: 'Grant is ', textAfter: ' in the tomb.' });
    // The block ending the question is not a blank, even after a line break.
    expect(only('Who?\n{=no one}')).not.toHaveProperty('textAfter');
    expect(only('Which?{=a ~b}.').textAfter).toBe('.');
  });

  it('a question wrapped over several lines reads as one line; \\n is a real line break', () => {
    expect(only('::T::Low-risk parcels can\n   be released\non arrival.{T}').text).toBe('Low-risk parcels can be released on arrival.');
    expect(only('First line.\\nSecond line.{T}').text).toBe('First line.\nSecond line.');
  });

  it('general feedback after #### (the last one), apart from the answers', () => {
    expect(only('Q?{=a#right ~b####Both are forms.}')).toMatchObject({
      body: { choices: [{ text: 'a', feedback: 'right' }, { text: 'b' }] },
      generalFeedback: 'Both are forms.',
    });
    expect(only('Q?{T####Always.}')).toMatchObject({ body: { type: 'true-false', answer: true }, generalFeedback: 'Always.' });
    // An empty feedback marker right before it: "#" + "####" is five #, and the last four count.
    expect(only('Q?{=a ~b#####Both are forms.}')).toMatchObject({
      body: { choices: [{ text: 'a' }, { text: 'b' }] },
      generalFeedback: 'Both are forms.',
    });
  });

  it('escaped special characters are text: \\~ \\= \\# \\{ \\} \\: \\\\', () => {
    const q = only('::a\\:b::1\\:2 \\{x\\} ~y = z # w?{=\\= 2 + 3#use \\# and \\~ ~\\\\}');
    expect(q.title).toBe('a:b');
    expect(q.text).toBe('1:2 {x} ~y = z # w?');
    expect(q.body).toEqual({
      type: 'multiple-choice',
      choices: [
        { text: '= 2 + 3', correct: true, feedback: 'use # and ~' },
        { text: '\\', correct: false },
      ],
    });
    // A backslash before any other character is an ordinary character.
    expect(only('C:\\temp\\data?{T}').text).toBe('C:\\temp\\data?');
  });

  it('format markers: [markdown] kept as text, [html] turned into plain text', () => {
    expect(only('[markdown]Which is **bold**?{=a ~b}')).toMatchObject({ format: 'markdown', text: 'Which is **bold**?' });
    expect(only('[html]Is <b>5 &lt; 6</b>?<br>Yes.{T}')).toMatchObject({ format: 'html', text: 'Is 5 < 6?\nYes.' });
  });
});

describe('file structure: blocks, comments and categories', () => {
  it('questions are separated by blank lines; comment lines are ignored wherever they are', () => {
    const { items, problems } = parseGift(
      ['// heading', '', '// about the next question', '::A::First?{', '  =yes', '  // a note between answers', '  ~no', '}', '', '', '::B::Second?{F}', '// trailing note'].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(items.map((i) => (i.kind === 'question' ? [i.title, i.line] : i.kind))).toEqual([
      ['A', 4],
      ['B', 11],
    ]);
    expect((items[0] as GiftQuestion).body).toMatchObject({ choices: [{ text: 'yes' }, { text: 'no' }] });
  });

  it('$CATEGORY switches the category of the questions after it', () => {
    const { items } = parseGift('$CATEGORY: $course$/top/Customs\n\nA?{T}\n\n$CATEGORY: tom/dick/harry\n\nB?{F}');
    expect(items.map((i: GiftItem) => (i.kind === 'category' ? `cat ${i.path}` : i.text))).toEqual(['cat $course$/top/Customs', 'A?', 'cat tom/dick/harry', 'B?']);
  });

  it('handles Windows line endings and a byte-order mark', () => {
    const { items, problems } = parseGift('\uFEFF::A::One?{T}\r\n\r\n::B::Two?{\r\n=x\r\n~y\r\n}\r\n');
    expect(problems).toEqual([]);
    expect(items.map((i) => (i as GiftQuestion).title)).toEqual(['A', 'B']);
  });
});

describe('malformed GIFT is refused with the line of the mistake', () => {
  it.each([
    ['an unclosed answer block', 'A?{T}\n\nB?\n{\n=a\n~b', 4, /^unclosed answer block/],
    ['a "{" inside an answer block', 'A?{=a\n~b {c}', 2, /^unclosed answer block: "\{" inside an answer block/],
    ['a "}" with no "{"', '\n\nA} b?{T}', 3, /^"}" without an opening "{"/],
    ['two questions with no blank line between them', 'A?{T}\nB?{F}', 2, /^a second answer block/],
    ['an unclosed title', '\n::Title without end\nA?{T}', 2, /^unclosed question title/],
    ['text before the first answer', 'A?{\nmaybe =a ~b}', 2, /^text before the first answer: "maybe"/],
    ['a pair without ->', 'M?{\n=a -> b\n=c d\n}', 3, /^matching pair without "->": "c d"/],
    ['a number that is not one', 'N?{#\n=12\n=twelve}', 3, /^"twelve" is not a number/],
    ['a backwards range', 'N?{#5..1}', 1, /^numeric range 5\.\.1 runs backwards/],
    ['a weight over 100%', 'Q?{~%150%a =b}', 1, /^answer weight %150% is outside/],
    ['an empty answer', 'Q?{~ =b}', 1, /^empty answer after "~"/],
    ['a lowercase true/false', 'Q?{true}', 1, /^"true" is not a true\/false answer/],
    ['a category followed by a question without a blank line', '$CATEGORY: a/b\nQ?{T}', 2, /^a \$CATEGORY line must be followed by a blank line/],
  ])('%s', (_name, gift, line, message) => {
    const problems = problemsOf(gift);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports every malformed question, not only the first', () => {
    expect(problemsOf('A?{T\n\nB?{F}\n\nC?{=a').map((p) => p.line)).toEqual([1, 5]);
  });

  it('refuses a file over the size limit', () => {
    expect(problemsOf('x'.repeat(MAX_GIFT_CHARS + 1))[0]?.message).toMatch(/^file too large/);
    expect(problemsOf('x'.repeat(MAX_GIFT_CHARS + 1))[0]).toMatchObject({ reason: 'errors.gift.tooLarge', params: { size: MAX_GIFT_CHARS + 1, limit: MAX_GIFT_CHARS } });
  });
});
