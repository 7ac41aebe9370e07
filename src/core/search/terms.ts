// How words become search terms, the same way for the text indexed and the query typed:
// lowercase, stemmed for the text's language (so "déclarations" finds "déclaration" and
// "releasing" finds "release"), accents folded first (so "mainlevee" and "donnees" find
// "mainlevée" and "données": a learner on a keyboard without accents types them that way, and
// the stemmer must see the same letters in the query as in the text).
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as frenchStem } from '@orama/stemmers/french';

const STEMMERS: Record<string, (word: string) => string> = { en: englishStem, fr: frenchStem };

/** The words of a text with their positions: runs of letters and digits (apostrophes split "l’opérateur"). */
export const WORD = /[\p{L}\p{N}]+/gu;

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Enough for a large course's vocabulary in one language; past it, words are stemmed each time. */
const MAX_REMEMBERED_WORDS = 200_000;

/** A word → its search term in `lang`; null for words too short to search for ("l", "d"). */
export function termProcessor(lang: string): (word: string) => string | null {
  const stem = STEMMERS[lang] ?? ((w: string) => w);
  // A text repeats a small vocabulary many times: each word is stemmed once.
  const seen = new Map<string, string | null>();
  return (word) => {
    let term = seen.get(word);
    if (term === undefined) {
      const folded = foldAccents(word.toLowerCase());
      term = folded.length < 2 ? null : stem(folded);
      if (seen.size < MAX_REMEMBERED_WORDS) seen.set(word, term);
    }
    return term;
  };
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
