// A cheap pass over JSON text before JSON.parse. A 50 MB file of "{}," parses into millions of
// objects (tens of seconds and a gigabyte of memory on a classroom PC), and very deep nesting is
// slow too. A learner's record is a few levels deep and, even after years of quizzes, far below
// these limits, so a file past them is damaged or hostile and is refused before it is parsed.

/** A record is about 7 levels deep; anything much deeper is not one. */
export const MAX_JSON_DEPTH = 64;
/** About 40,000 quiz attempts: far beyond one learner's record. */
export const MAX_JSON_VALUES = 2_000_000;

export type JsonLimitProblem = { cause: 'too-large' | 'wrong-shape'; reason: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** Index of the quote that ends the string whose opening quote is at `open`, or -1. */
function endOfString(text: string, open: number): number {
  // indexOf runs natively: a 50 MB string is skipped in one call, not one character at a time.
  for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}

/** The first limit the text breaks, or undefined. Does not check that the text is valid JSON. */
export function jsonLimitProblem(text: string, limits = { maxDepth: MAX_JSON_DEPTH, maxValues: MAX_JSON_VALUES }): JsonLimitProblem | undefined {
  let depth = 0;
  let values = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
      if (i === -1) return undefined; // unterminated: JSON.parse will say so
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > limits.maxDepth) return { cause: 'wrong-shape', reason: `nested more than ${limits.maxDepth} levels deep` };
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
    else if (c === COMMA && ++values > limits.maxValues) return { cause: 'too-large', reason: `more than ${limits.maxValues} values` };
  }
  return undefined;
}
