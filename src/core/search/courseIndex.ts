// The search index of one pack in one language (see termIndex), and the query run on each
// keystroke: every word must match (AND), the last one as a prefix (the learner is still
// typing it); when that finds nothing, again with a little fuzziness for typos. Titles and
// headings weigh more.
import type { SearchDocument } from './documents';
import { extractAround, type ExtractPart } from './extract';
import { MIN_QUERY_LENGTH } from './limits';
import { TermIndex } from './termIndex';
import { termProcessor, words } from './terms';
import type { Route } from '../routes';

export interface SearchHit {
  kind: SearchDocument['kind'];
  title: string;
  heading?: string;
  moduleTitle: string;
  lessonTitle?: string;
  /** The language of the text, for the `lang` attribute of the result. */
  lang: string;
  route: Route;
  /** A few words around the first match, the matching words marked. */
  extract: ExtractPart[];
  score: number;
}

export interface PackIndex {
  lang: string;
  size: number;
  search(query: string, limit: number): SearchHit[];
}


/** The word being typed matches as a prefix, from its third letter ("de" alone would match half the course). */
const lastTermPrefix = (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 3;
/** A typo allowed per five letters, in words of five letters or more (only when the words as typed find nothing). */
const typos = (term: string) => (term.length >= 5 ? Math.round(term.length * 0.2) : 0);

export function buildPackIndex(docs: readonly SearchDocument[], lang: string): PackIndex {
  const processTerm = termProcessor(lang);
  const termsOf = (text: string) => words(text).flatMap((w) => processTerm(w) ?? []);
  const index = new TermIndex(docs.map((d) => ({ title: termsOf(d.title), heading: termsOf(d.heading ?? ''), text: termsOf(d.text) })));
  return {
    lang,
    size: docs.length,
    search(query, limit) {
      if (query.trim().length < MIN_QUERY_LENGTH) return [];
      const { hits, matched } = index.search({ terms: termsOf(query), prefix: lastTermPrefix, fuzzy: typos, limit });
      return hits.map((r) => {
        const doc = docs[r.id]!;
        const body = doc.text || doc.title;
        return {
          kind: doc.kind,
          title: doc.title,
          heading: doc.heading,
          moduleTitle: doc.moduleTitle,
          lessonTitle: doc.lessonTitle,
          lang,
          route: doc.route,
          extract: extractAround(body, (word) => {
            const term = processTerm(word);
            return term !== null && matched.has(term);
          }),
          score: r.score,
        };
      });
    },
  };
}

/** Searches several packs' indexes and keeps the best hits overall. */
export function searchPacks(indexes: readonly PackIndex[], query: string, limit: number): SearchHit[] {
  return indexes
    .flatMap((i) => i.search(query, limit))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
