// GIFT text → syntax tree. Follows Moodle's reading of the format (question/format/gift), and
// is stricter where Moodle silently guesses: an unclosed block, a second answer block, text
// before the first answer or a number that is not a number are errors with their line.
import { giftProblem, type GiftBody, type GiftChoice, type GiftItem, type GiftNumber, type GiftProblem, type GiftQuestion } from './giftModel';
import type { ReasonParams } from '../reasons';
import { lineAt, splitBlocks, type GiftBlock } from './giftLexer';
import { htmlToPlain, restoreEscapes, splitFormat, unwrapLines } from './giftText';

/** GIFT files larger than this are refused (a question bank is text; 2 MB is thousands of questions). */
export const MAX_GIFT_CHARS = 2 * 1024 * 1024;

export interface ParsedGift {
  items: GiftItem[];
  problems: GiftProblem[];
}

export function parseGift(source: string): ParsedGift {
  if (source.length > MAX_GIFT_CHARS) {
    return { items: [], problems: [giftProblem(1, 'errors.gift.tooLarge', { size: source.length, limit: MAX_GIFT_CHARS })] };
  }
  const { blocks, problems } = splitBlocks(source);
  const items: GiftItem[] = [];
  for (const block of blocks) {
    const item = parseBlock(block, problems);
    if (item) items.push(item);
  }
  return { items, problems };
}

class GiftSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    readonly params: ReasonParams = {},
  ) {
    super(reason);
  }
}

function parseBlock(block: GiftBlock, problems: GiftProblem[]): GiftItem | undefined {
  try {
    return block.text.startsWith('$CATEGORY:') ? parseCategory(block) : parseQuestion(block);
  } catch (e) {
    if (!(e instanceof GiftSyntaxError)) throw e;
    problems.push(giftProblem(e.line, e.reason, e.params));
    return undefined;
  }
}

function parseCategory(block: GiftBlock): GiftItem {
  const [first = '', ...rest] = block.text.split('\n');
  const extra = rest.findIndex((l) => l !== '');
  if (extra >= 0) throw new GiftSyntaxError(block.line + 1 + extra, 'errors.gift.categoryNotAlone');
  const path = restoreEscapes(first.slice('$CATEGORY:'.length)).trim();
  if (path === '') throw new GiftSyntaxError(block.line, 'errors.gift.categoryEmpty');
  return { kind: 'category', line: block.line, path };
}

/** A piece of a block's text with the offset where it starts, for line numbers. */
interface Piece {
  text: string;
  at: number;
}

function parseQuestion(block: GiftBlock): GiftQuestion {
  const src = block.text;
  const err: ErrorAt = (offset, reason, params) => new GiftSyntaxError(lineAt(block, offset), reason, params);
  let pos = 0;
  let title: string | undefined;
  if (src.startsWith('::')) {
    const end = src.indexOf('::', 2);
    if (end < 0) throw err(0, 'errors.gift.unclosedTitle');
    title = toPlain(src.slice(2, end), undefined) || undefined;
    pos = end + 2;
  }

  const open = src.indexOf('{', pos);
  const close = src.indexOf('}', pos);
  const question: Omit<GiftQuestion, 'body' | 'text'> = { kind: 'question', line: block.line, ...(title !== undefined && { title }) };
  if (open < 0 && close < 0) {
    const { format, text } = splitFormat(src.slice(pos).trimStart());
    return { ...question, ...(format && { format }), text: toPlain(text, format), body: { type: 'description' } };
  }
  if (close >= 0 && (open < 0 || close < open)) throw err(close, 'errors.gift.closeWithoutOpen');
  if (close < 0) throw err(open, 'errors.gift.unclosedBlock');
  const nested = src.indexOf('{', open + 1);
  if (nested >= 0 && nested < close) throw err(nested, 'errors.gift.nestedBlock');
  const after = src.slice(close + 1);
  const again = after.search(/[{}]/);
  if (again >= 0) {
    throw err(close + 1 + again, 'errors.gift.secondBlock');
  }

  const { format, text: before } = splitFormat(src.slice(pos, open).trimStart());
  const missingWord = after.trim() !== '';
  let inner: Piece = { text: src.slice(open + 1, close), at: open + 1 };
  // General feedback: after the last "####" of the block (Moodle looks for the last one too).
  let generalFeedback: string | undefined;
  const gf = inner.text.lastIndexOf('####');
  if (gf >= 0) {
    generalFeedback = plainText(inner.text.slice(gf + 4), format) || undefined;
    inner = { text: inner.text.slice(0, gf), at: inner.at };
  }
  const body = parseAnswers(trimPiece(inner), format, err);
  return {
    ...question,
    ...(format && { format }),
    // Around a blank, one space is kept where the source had any: "Grant is {...} in Grant's tomb."
    text: missingWord ? toPlain(before, format) + (/\s$/.test(before) && before.trim() !== '' ? ' ' : '') : toPlain(before, format),
    ...(missingWord && { textAfter: (/^\s/.test(after) ? ' ' : '') + toPlain(after, format) }),
    body,
    ...(generalFeedback !== undefined && { generalFeedback }),
  };
}

/** Protected GIFT text as plain text: escapes restored, wrapped lines joined, HTML converted, trimmed. */
function toPlain(raw: string, format: GiftQuestion['format']): string {
  const restored = restoreEscapes(unwrapLines(raw));
  return (format === 'html' ? htmlToPlain(restored) : restored).trim();
}

/** An answer's or a feedback's text: its own format marker, or the question's, applies. */
function plainText(raw: string, questionFormat: GiftQuestion['format']): string {
  const { format, text } = splitFormat(raw.trim());
  return toPlain(text, format ?? questionFormat);
}

function trimPiece(p: Piece): Piece {
  const lead = p.text.length - p.text.trimStart().length;
  return { text: p.text.trim(), at: p.at + lead };
}

/** Splits at every marker character, each part starting with its marker (Moodle's explode). */
function splitAt(p: Piece, markers: RegExp): { head: Piece; parts: Piece[] } {
  const starts: number[] = [];
  for (let i = 0; i < p.text.length; i++) if (markers.test(p.text[i]!)) starts.push(i);
  const head = { text: p.text.slice(0, starts[0] ?? p.text.length), at: p.at };
  const parts = starts.map((s, k) => ({ text: p.text.slice(s, starts[k + 1] ?? p.text.length), at: p.at + s }));
  return { head, parts };
}

/** At most `n` parts, the last one keeping the rest (PHP's explode with a limit). */
function splitN(text: string, sep: string, n: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (parts.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  return [...parts, rest];
}

type ErrorAt = (offset: number, reason: string, params?: ReasonParams) => GiftSyntaxError;

const TRUE_FALSE: Record<string, boolean> = { T: true, TRUE: true, F: false, FALSE: false };

function parseAnswers(inner: Piece, format: GiftQuestion['format'], err: ErrorAt): GiftBody {
  const a = inner.text;
  if (a === '') return { type: 'essay' };
  if (a.startsWith('#')) return parseNumeric({ text: a.slice(1), at: inner.at + 1 }, format, err);
  if (a.includes('~')) return { type: 'multiple-choice', choices: parseChoices(inner, /[~=]/, format, err) };
  if (a.includes('=') && a.includes('->')) return parseMatching(inner, format, err);
  const tf = splitN(a, '#', 3);
  const key = tf[0]!.trim();
  if (Object.hasOwn(TRUE_FALSE, key)) {
    const wrong = tf[1] === undefined ? '' : plainText(tf[1], format);
    const right = tf[2] === undefined ? '' : plainText(tf[2], format);
    return {
      type: 'true-false',
      answer: TRUE_FALSE[key]!,
      ...(wrong && { wrongFeedback: wrong }),
      ...(right && { rightFeedback: right }),
    };
  }
  if (/^(t|f|true|false)$/i.test(key)) throw err(inner.at, 'errors.gift.notTrueFalse', { key });
  return { type: 'short-answer', answers: parseChoices(inner, /=/, format, err) };
}

const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;

function parseChoices(inner: Piece, markers: RegExp, format: GiftQuestion['format'], err: ErrorAt): GiftChoice[] {
  const { head, parts } = splitAt(inner, markers);
  if (head.text.trim() !== '') throw err(head.at, 'errors.gift.textBeforeAnswer', { text: restoreEscapes(head.text.trim()) });
  return parts.map((p) => {
    const correct = p.text[0] === '=';
    let body = p.text.slice(1).trimStart();
    let weight: number | undefined;
    const w = WEIGHT.exec(body);
    if (w) {
      weight = Number(w[1]);
      if (weight < -100 || weight > 100) throw err(p.at, 'errors.gift.weightOutOfRange', { weight: w[0] });
      body = body.slice(w[0].length);
    }
    const hash = body.indexOf('#');
    const text = plainText(hash < 0 ? body : body.slice(0, hash), format);
    const feedback = hash < 0 ? '' : plainText(body.slice(hash + 1), format);
    if (text === '') throw err(p.at, 'errors.gift.emptyAnswer', { mark: p.text[0] ?? '' });
    return { text, correct, ...(weight !== undefined && { weight }), ...(feedback && { feedback }) };
  });
}

function parseMatching(inner: Piece, format: GiftQuestion['format'], err: ErrorAt): GiftBody {
  const { head, parts } = splitAt(inner, /=/);
  if (head.text.trim() !== '') throw err(head.at, 'errors.gift.textBeforePair', { text: restoreEscapes(head.text.trim()) });
  const pairs = parts.map((p) => {
    const body = p.text.slice(1);
    const arrow = body.indexOf('->');
    if (arrow < 0) throw err(p.at, 'errors.gift.pairWithoutArrow', { text: restoreEscapes(body.trim()) });
    if (body.includes('#')) throw err(p.at, 'errors.gift.pairFeedback');
    const right = plainText(body.slice(arrow + 2), format);
    if (right === '') throw err(p.at, 'errors.gift.pairEmptyMatch');
    return { left: plainText(body.slice(0, arrow), format), right };
  });
  return { type: 'matching', pairs };
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

function toNumber(s: string, at: number, err: ErrorAt): number {
  const t = s.trim();
  if (!NUMBER.test(t)) throw err(at, 'errors.gift.notANumber', { text: restoreEscapes(t) });
  return Number(t);
}

function parseNumeric(inner: Piece, format: GiftQuestion['format'], err: ErrorAt): GiftBody {
  let answers = inner;
  let wrongFeedback: string | undefined;
  const tilde = inner.text.indexOf('~');
  if (tilde >= 0) {
    const rest = inner.text.slice(tilde + 1);
    const hash = rest.indexOf('#');
    wrongFeedback = plainText(hash < 0 ? rest : rest.slice(hash + 1), format) || undefined;
    answers = { text: inner.text.slice(0, tilde), at: inner.at };
  }
  const { head, parts } = splitAt(trimPiece(answers), /=/);
  const pieces = [...(head.text.trim() === '' ? [] : [{ text: `=${head.text}`, at: head.at - 1 }]), ...parts];
  if (pieces.length === 0) throw err(inner.at, 'errors.gift.numericEmpty');
  const numbers = pieces.map((p): GiftNumber => {
    let body = p.text.slice(1).trim();
    let weight: number | undefined;
    const w = WEIGHT.exec(body);
    if (w) {
      weight = Number(w[1]);
      if (weight < -100 || weight > 100) throw err(p.at, 'errors.gift.weightOutOfRange', { weight: w[0] });
      body = body.slice(w[0].length);
    }
    const hash = body.indexOf('#');
    const feedback = hash < 0 ? '' : plainText(body.slice(hash + 1), format);
    const value = (hash < 0 ? body : body.slice(0, hash)).trim();
    const extra = { ...(weight !== undefined && { weight }), ...(feedback && { feedback }) };
    const range = value.indexOf('..');
    if (range > 0) {
      const min = toNumber(value.slice(0, range), p.at, err);
      const max = toNumber(value.slice(range + 2), p.at, err);
      if (min > max) throw err(p.at, 'errors.gift.rangeBackwards', { min, max });
      return { kind: 'range', min, max, ...extra };
    }
    const colon = value.indexOf(':');
    if (colon > 0) {
      const tolerance = toNumber(value.slice(colon + 1), p.at, err);
      if (tolerance < 0) throw err(p.at, 'errors.gift.negativeTolerance', { tolerance });
      return { kind: 'exact', value: toNumber(value.slice(0, colon), p.at, err), tolerance, ...extra };
    }
    return { kind: 'exact', value: toNumber(value, p.at, err), tolerance: 0, ...extra };
  });
  return { type: 'numeric', answers: numbers, ...(wrongFeedback && { wrongFeedback }) };
}
