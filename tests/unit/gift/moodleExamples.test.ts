// Every syntax form of Moodle's GIFT documentation (one question each in
// tests/fixtures/gift/moodle-examples.gift) imports into a pack the loader accepts, as the
// question type a trainer would expect, and what cannot be kept is reported at its line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/content/schemas';
import { importGift } from '../../../electron/services/gift/giftService';
import { useTempDirs } from '../tempDirs';
import { giftFixture, lineOfText, loadDir } from './giftFixtures';

const tempDir = useTempDirs('gift-moodle-');
const FIXTURE = 'moodle-examples.gift';

function importExamples() {
  const dir = path.join(tempDir(), 'moodle');
  const result = importGift(giftFixture(FIXTURE), dir, 'en', { sourceName: FIXTURE });
  const { pack, problems } = loadDir(dir);
  return { result, pack, problems };
}

describe('the examples of Moodle’s GIFT documentation', () => {
  const { result, pack, problems } = importExamples();
  const quiz = (id: string) => pack?.quizzes.get(id)?.questions ?? [];
  const question = (quizId: string, id: string): Question => {
    const q = quiz(quizId).find((x) => x.id === id);
    if (!q) throw new Error(`no question ${quizId}/${id}`);
    return q;
  };
  const DOC = 'gift-documentation-examples';

  it('import into a pack that the loader accepts', () => {
    expect(result.problems).toEqual([]);
    expect(problems).toEqual([]);
    expect(pack?.manifest).toMatchObject({ id: 'moodle', languages: ['en'], modules: ['moodle-examples'] });
  });

  it('one quiz per category, named after its last part', () => {
    expect(result.quizzes.map((q) => [q.id, q.title, q.questions])).toEqual([
      [DOC, 'GIFT documentation examples', 32],
      ['harry', 'harry', 9],
    ]);
    expect(pack?.modules[0]?.lessonIds).toEqual([DOC, 'harry']);
    expect(pack?.lessons.get('harry')?.check).toBe('harry');
  });

  it('each question becomes the type a trainer would expect', () => {
    const types = (id: string) => quiz(id).map((q) => `${q.id}:${q.type}`);
    expect(types(DOC)).toEqual([
      'q1:single', // multiple choice
      'q2:cloze', // multiple choice inside the sentence (dropdown)
      'q3:cloze', // the same, answers on separate lines
      'q4:single', // answers on separate lines
      'q5:cloze', // short answer
      'q6:cloze', // short answer inside the sentence
      'q7:true-false',
      'q8:true-false',
      'q9:true-false',
      'q10:true-false',
      'q11:matching',
      'q12:matching',
      'q13:numeric',
      'q14:numeric', // with an error margin
      'q15:numeric', // a range
      'q16:numeric', // several numbers
      'q17:numeric', // after a comment line
      'release-on-arrival:cloze', // question name
      'sorting-centre:cloze',
      'q20:single', // feedback
      'q21:cloze',
      'q22:cloze', // [markdown]
      'q23:single', // general feedback
      'q24:true-false', // feedback on a true/false
      'q25:single', // one full and one half credit answer
      'valuation-basis:cloze', // weights, inside the sentence
      'valuation-basis-2:cloze', // the same title again
      'q28:multiple', // multiple answers
      'q29:multiple', // multiple answers with penalties
      'q30:single', // escaped =
      'gift-control-characters:single',
      'escaped-colon-and-line-break:true-false',
    ]);
    expect(types('harry')).toEqual(['q1:true-false', 'q2:single', 'q3:cloze', 'q4:matching', 'q5:numeric', 'q6:numeric', 'q7:numeric', 'q9:true-false', 'q10:numeric']);
  });

  it('keeps keys, weights, tolerances and ranges', () => {
    expect(question(DOC, 'q1')).toMatchObject({ answer: 'c', options: [{ text: { en: 'An invoice only' } }, {}, { text: { en: 'A CN22 or CN23 form' } }] });
    expect(question(DOC, 'q3')).toMatchObject({
      text: { en: 'The WCO Framework of Standards on cross-border e-commerce has {{blank}} standards.' },
      blanks: [{ accept: { en: ['fifteen'] }, choices: { en: ['nine', 'twelve', 'fifteen'] } }],
    });
    expect(question(DOC, 'q5')).toMatchObject({ blanks: [{ accept: { en: ['WCO', 'World Customs Organization'] } }] });
    expect(question(DOC, 'q7')).toMatchObject({ answer: false });
    expect(question(DOC, 'q12')).toMatchObject({ pairs: [{ left: { en: 'CN22' }, right: { en: 'small postal items' } }, {}, {}] });
    expect(question(DOC, 'q14')).toMatchObject({ answer: 0.2, tolerance: 0.005, prompt: { en: 'What share of the declared value is a 20% VAT rate, as a decimal? _____.' } });
    expect(question(DOC, 'q15')).toMatchObject({ answer: 15, tolerance: 5 });
    expect(question('harry', 'q6')).toMatchObject({ answer: 3, tolerance: 2 });
    expect(question(DOC, 'q28')).toMatchObject({ scoring: 'partial', answers: ['b', 'c'] });
    expect(question(DOC, 'q29')).toMatchObject({ scoring: 'partial', answers: ['b', 'c'] });
  });

  it('keeps feedback as explanations, and writes neutral ones where there is none', () => {
    expect(question(DOC, 'q20')).toMatchObject({
      options: [{ explanation: { en: 'Low value and low risk.' } }, { explanation: { en: 'Nothing here points at a risk.' } }, { explanation: { en: 'Right: ten phones are not a gift.' } }],
    });
    expect(question(DOC, 'q23')).toMatchObject({
      options: [
        { explanation: { en: 'The WCO adopted the Guidelines for express consignments.' } },
        { explanation: { en: 'The WCO adopted the Guidelines for express consignments.' } },
        {},
      ],
    });
    expect(question(DOC, 'q24')).toMatchObject({ explanation: { true: { en: 'No: the buyer often pays them.' }, false: { en: 'Correct.' } } });
    expect(question('harry', 'q9')).toMatchObject({
      answer: true,
      explanation: { true: { en: 'Right: the buyer usually bears it.' }, false: { en: 'Wrong: in some models the marketplace collects it.' } },
    });
    expect(question(DOC, 'q1')).toMatchObject({ options: [{ explanation: { en: 'Incorrect.' } }, { explanation: { en: 'Incorrect.' } }, { explanation: { en: 'Correct.' } }] });
  });

  it('reads escaped characters as text', () => {
    expect(question(DOC, 'q30')).toMatchObject({ options: [{ text: { en: '= 2 + 2' } }, { text: { en: '= 2 + 3' } }, { text: { en: '= 2 + 4' } }] });
    const controls = question(DOC, 'gift-control-characters');
    expect(controls.type === 'single' && controls.options.map((o) => o.text.en)).toEqual(['~', '=', '#', '{', '}', '\\']);
    expect(question(DOC, 'escaped-colon-and-line-break')).toMatchObject({ prompt: { en: 'Ratio 1:2 is written with a colon.\nOn its own line: true?' } });
    expect(question('harry', 'q1')).toMatchObject({ prompt: { en: '10+10=20' } });
  });

  it('skips the essay and the description, at their lines', () => {
    expect(result.skipped).toEqual([
      `line ${lineOfText(FIXTURE, '::Q8::')}: essay (free-text answer graded by hand): our quizzes have no hand-graded questions`,
      `line ${lineOfText(FIXTURE, 'The next questions are about revenue')}: description (text without an answer block): not a question`,
    ]);
  });

  it('warns, at the line of each question, about what changed', () => {
    const at = (needle: string) => `line ${lineOfText(FIXTURE, needle)}: `;
    expect(result.warnings).toEqual([
      `${at('In which year did the WCO adopt')}question "q16": only one accepted number is kept; dropped: 2018±1 (50%)`,
      `${at('Which word describes data sent before')}question "q21": only one explanation per blank: feedback on "prior" dropped`,
      `${at('[markdown]')}question "q22": Markdown kept as written: our question texts are plain text`,
      `${at('[markdown]')}question "q22": only one explanation per blank: feedback on "contents" dropped`,
      `${at('Difficult question about')}question "q25": partial credit dropped (these now count as wrong): "half credit answer" (50%)`,
      `${at('::Valuation basis::Customs')}question "valuation-basis": partial credit dropped (these now count as wrong): "declared value" (25%), "invoice" (50%)`,
      `${at('::Valuation basis::Customs')}question "valuation-basis": only one explanation per blank: feedback on "weight", "declared value", "invoice" dropped`,
      `${at('::Valuation basis:: Customs')}question "valuation-basis-2": partial credit dropped (these now count as wrong): "transaction price" (75%), "invoice" (25%)`,
      `${at('::Valuation basis:: Customs')}question "valuation-basis-2": only one explanation per blank: feedback on "transaction price", "invoice" dropped`,
      `${at('send advance data on a parcel? {')}question "q28": wrong answers without a negative weight cost nothing in Moodle; here each wrong pick cancels a right one`,
      `${at('::Q7::')}question "q7": only one accepted number is kept; dropped: 1952±2 (50%)`,
      `${at('::Q10::')}question "q10": the feedback for other numbers (~#...) is dropped`,
    ]);
  });
});
