// Course-wide search over every loaded pack. Each pack's index is built once per language, on
// the first search in that language (the search box asks with an empty query when it is first
// focused, so typing never waits). An index belongs to the loaded pack object: a pack added or
// changed (a trainer's questions imported) is a new object and gets its own index; unchanged
// packs keep theirs (see packCache).
import type { Pack } from '../../../src/core/content/model';
import { chooseLang } from '../../../src/core/content/views';
import { buildPackIndex, searchPacks, type PackIndex, type SearchHit } from '../../../src/core/search/courseIndex';
import { packSearchDocuments } from '../../../src/core/search/documents';
import type { ContentLibrary } from './contentLibrary';

/** Results a search returns at most: a list to pick from, not a report. */
export const MAX_SEARCH_HITS = 20;

export interface CourseSearch {
  search(query: string, lang: string): SearchHit[];
}

export function openCourseSearch(content: ContentLibrary): CourseSearch {
  const indexes = new WeakMap<Pack, Map<string, PackIndex>>();
  const indexOf = (pack: Pack, requested: string): PackIndex => {
    const lang = chooseLang(pack, requested).lang;
    let byLang = indexes.get(pack);
    if (!byLang) indexes.set(pack, (byLang = new Map()));
    let index = byLang.get(lang);
    if (!index) byLang.set(lang, (index = buildPackIndex(packSearchDocuments(pack, lang), lang)));
    return index;
  };
  return {
    search(query, lang) {
      const packs = content.catalog(lang).packs.map((p) => content.pack(p.id));
      return searchPacks(packs.map((p) => indexOf(p, lang)), query, MAX_SEARCH_HITS);
    },
  };
}
