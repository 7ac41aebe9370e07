// Round trips through GIFT, both ways:
//   GIFT → pack → GIFT gives back the same file, byte for byte, for every feature our exporter
//   writes (round-trip.gift is in that form);
//   pack → GIFT → pack gives back the same questions, except where GIFT cannot say what the
//   pack says, and those differences are spelled out here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/core/content/model';
import { questionSchema, type Question } from '../../../src/core/content/schemas';
import type { GiftQuestion } from '../../../src/core/gift/giftModel';
import { parseGift } from '../../../src/core/gift/giftParser';
import { exportPack, importGift } from '../../../electron/services/gift/giftService';
import { useTempDirs } from '../tempDirs';
import { SOURCE_PACK, giftFixture, loadDir } from './giftFixtures';

const tempDir = useTempDirs('gift-round-trip-');

/** Imports GIFT text into a new pack folder called `name`, and loads the pack. */
function importInto(name: string, gift: string, lang: string, sourceName: string): { dir: string; pack: Pack } {
  const dir = path.join(tempDir(), name);
  const result = importGift(gift, dir, lang, { sourceName });
  expect(result.problems).toEqual([]);
  const { pack, problems } = loadDir(dir);
  expect(problems).toEqual([]);
  return { dir, pack: pack! };
}

const questionsOf = (pack: Pack): Question[] => [...pack.quizzes.values()].flatMap((q) => q.questions);

describe('GIFT → pack → GIFT', () => {
  const original = giftFixture('round-trip.gift');

  it('gives back round-trip.gift byte for byte', () => {
    const { dir } = importInto('gift-round-trip', original, 'en', 'round-trip.gift');
    const back = exportPack(dir, 'en');
    expect(back.problems).toEqual([]);
    expect(back.skipped).toEqual([]);
    expect(back.approximated).toEqual([]);
    expect(back.text).toBe(original);
  });

  it('round-trip.gift uses every GIFT feature our exporter writes', () => {
    const { items, problems } = parseGift(original);
    expect(problems).toEqual([]);
    const questions = items.filter((i): i is GiftQuestion => i.kind === 'question');
    const bodies = questions.map((q) => q.body);
    const choices = bodies.flatMap((b) => (b.type === 'multiple-choice' ? b.choices : b.type === 'short-answer' ? b.answers : []));
    expect(items.filter((i) => i.kind === 'category')).toHaveLength(3);
    expect(questions.every((q) => q.title)).toBe(true);
    expect(new Set(bodies.map((b) => b.type))).toEqual(new Set(['multiple-choice', 'short-answer', 'true-false', 'matching', 'numeric']));
    expect(choices.some((c) => (c.weight ?? 0) > 0) && choices.some((c) => (c.weight ?? 0) < 0)).toBe(true);
    expect(choices.some((c) => c.feedback)).toBe(true);
    expect(questions.filter((q) => q.generalFeedback).map((q) => q.body.type)).toEqual(
      expect.arrayContaining(['multiple-choice', 'short-answer', 'true-false', 'matching', 'numeric']),
    );
    expect(bodies.some((b) => b.type === 'true-false' && b.wrongFeedback && b.rightFeedback)).toBe(true);
    expect(bodies.some((b) => b.type === 'matching' && b.pairs.some((p) => p.left === ''))).toBe(true);
    expect(bodies.some((b) => b.type === 'numeric' && b.answers.some((n) => n.kind === 'exact' && n.tolerance > 0))).toBe(true);
    expect(questions.filter((q) => q.textAfter !== undefined).map((q) => q.body.type)).toEqual(['multiple-choice', 'multiple-choice', 'short-answer']);
    for (const escape of ['\\~', '\\=', '\\#', '\\{', '\\}', '\\:', '\\\\', '\\n']) expect(original).toContain(escape);
    expect(original).toMatch(/^\/\/ /m);
  });

  it('ignores comments, wherever they are', () => {
    const commented = original
      .replace('\t=WCO\n\t~UPU', '\t=WCO\n\t// a comment between two answers\n\t~UPU')
      .replace('::tf-plain::', '// a comment on the line before a question\n::tf-plain::');
    expect(commented).not.toBe(original);
    const { dir } = importInto('gift-round-trip', commented, 'en', 'round-trip.gift');
    expect(exportPack(dir, 'en').text).toBe(original);
  });
});

/** Keeps only `lang` in every language-keyed text. */
function inLang<T>(value: T, lang: string): T {
  if (Array.isArray(value)) return value.map((v) => inLang(v, lang)) as T;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => /^[a-z]{2}$/.test(k) && k !== 'id')) return { [lang]: (value as Record<string, unknown>)[lang] } as T;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLang(v, lang)])) as T;
  }
  return value;
}

describe.each(['en', 'fr'])('pack → GIFT → pack, in %s', (lang) => {
  const { pack: source } = loadDir(SOURCE_PACK);
  const exported = exportPack(SOURCE_PACK, lang);
  const byId = (pack: Pack) => new Map(questionsOf(pack).map((q) => [q.id, q]));

  it('skips what GIFT cannot express, each with its reason', () => {
    expect(exported.problems).toEqual([]);
    expect(exported.skipped.map((s) => [s.ref, s.type])).toEqual([
      ['basics/all-types/two-blanks', 'cloze'],
      ['basics/all-types/ordering', 'ordering'],
      ['basics/all-types/scenario', 'scenario'],
      ['basics/all-types/inspection', 'inspection'],
    ]);
    expect(exported.skipped.every((s) => s.reason.length > 20)).toBe(true);
  });

  it('gives back every other question unchanged, except the approximated ones', () => {
    const { pack } = importInto(`gift-${lang}`, exported.text, lang, 'source.gift');
    const before = byId(source!);
    const after = byId(pack);
    const approximated = exported.approximated.map((a) => a.ref.split('/').pop());
    expect(approximated).toEqual(['multiple-strict', 'matching-per-pair', 'exact-blank', 'numeric-unit']);
    const unchanged = [...after.keys()].filter((id) => !approximated.includes(id));
    expect(unchanged).toEqual(['single', 'multiple-partial', 'true-false', 'matching-general', 'short-answer', 'missing-word', 'numeric']);
    for (const id of unchanged) expect(after.get(id), id).toEqual(inLang(before.get(id), lang));
  });

  it('changes the approximated questions only in the ways the export notes say', () => {
    const { pack } = importInto(`gift-${lang}`, exported.text, lang, 'source.gift');
    const before = byId(source!);
    const after = byId(pack);
    const expected = (id: string, change: (q: Record<string, unknown>) => void) => {
      const q = structuredClone(inLang(before.get(id), lang)) as Record<string, unknown>;
      change(q);
      expect(after.get(id), id).toEqual(questionSchema.parse(q));
    };
    // All-or-nothing has no GIFT form: back as partial scoring.
    expect(exported.approximated.find((a) => a.ref.endsWith('multiple-strict'))?.notes[0]).toMatch(/^all-or-nothing/);
    expect(exported.text).toContain('~%-100%');
    expected('multiple-strict', (q) => (q.scoring = 'partial'));
    // No feedback per pair: every pair gets the joined explanations; matching is scored per pair.
    expected('matching-per-pair', (q) => {
      const pairs = q.pairs as { explanation: Record<string, string> }[];
      const joined = pairs.map((p) => p.explanation[lang]).join('\n');
      for (const p of pairs) p.explanation = { [lang]: joined };
      q.scoring = 'partial';
    });
    // Exact matching is not written: back as loose.
    expected('exact-blank', (q) => ((q.blanks as { match: string }[])[0]!.match = 'loose'));
    // No unit in GIFT: the unit is in the question text.
    expected('numeric-unit', (q) => {
      q.prompt = { [lang]: `${(q.prompt as Record<string, string>)[lang]} (EUR)` };
      delete q.unit;
    });
  });
});

describe('what does not come back the same from GIFT (by design)', () => {
  const roundTrip = (gift: string) => {
    const { dir } = importInto('gift-round-trip', `$CATEGORY: gift-round-trip/q/quiz\n\n${gift}\n`, 'en', 'q.gift');
    const text = exportPack(dir, 'en').text;
    return text.slice(text.indexOf('::'));
  };

  it.each([
    ['a numeric range is written as its middle ± half its width', '::r::Any number from 10 to 20?{#10..20}', '::r::Any number from 10 to 20?{#15:5}\n'],
    ['several full-credit answers become all required (then weights)', '::m::Which word?{=advance =prior ~late}', '::m::Which word?{\n\t~%50%advance\n\t~%50%prior\n\t~%-100%late\n}\n'],
    ['partial credit on a one-answer question is dropped', '::p::Pick.{~wrong ~%50%half =full}', '::p::Pick.{\n\t~wrong\n\t~half\n\t=full\n}\n'],
    ['feedback on accepted answers becomes general feedback', '::s::Which word?{=advance#Yes. =prior#Yes.}', '::s::Which word?{\n\t=advance\n\t=prior\n\t####Yes.\n}\n'],
    ['a title becomes an id', '::Kanji Origins::Where from?{=China}', '::kanji-origins::Where from?{\n\t=China\n}\n'],
    ['HTML becomes plain text', '::h::[html]Is <b>5 &lt; 6</b>?{T}', '::h::Is 5 < 6?{TRUE}\n'],
    ['a question without a title gets q and its position', 'Is it?{T}', '::q1::Is it?{TRUE}\n'],
  ])('%s', (_what, gift, back) => {
    expect(roundTrip(gift)).toBe(back);
  });

  it('the comments and the text of a description or essay are not kept', () => {
    const dir = path.join(tempDir(), 'p');
    const result = importGift('// note\nA text.\n\n::e::Explain.{}\n\n::t::Is it?{T}\n', dir, 'en', { sourceName: 'x.gift' });
    expect(result.skipped).toEqual([expect.stringMatching(/^line 2: description/), expect.stringMatching(/^line 4: essay/)]);
    expect(fs.readFileSync(path.join(dir, 'modules/x/quizzes/x.yaml'), 'utf8')).not.toMatch(/note|A text|Explain/);
  });
});
