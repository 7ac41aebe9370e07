// The list under the search box: where each result is (module › lesson, or its kind), what it
// is called, and a few words of its text with the matching words marked. The keyboard stays in
// the box (aria-activedescendant); a pointer can pick a result directly.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../core/search/courseIndex';

export function SearchResults({
  id,
  hits,
  shown,
  active,
  onPick,
}: {
  id: string;
  hits: SearchHit[];
  shown: boolean;
  active: number;
  onPick: (hit: SearchHit) => void;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <ul ref={list} id={id} role="listbox" aria-label={t('search.results')} className="course-search-results" hidden={!shown}>
      {shown &&
        hits.map((hit, i) => (
          // The keyboard is handled by the combobox input (aria-activedescendant); here only the pointer.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={`${i}:${JSON.stringify(hit.route)}`}
            id={`course-search-hit-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className="course-search-hit"
            // Keeps the focus in the box, so a click does not first close the list by blurring it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(hit)}
          >
            <span className="course-search-where">
              {hit.kind === 'term' ? t('search.kind.term') : <span lang={hit.lang}>{[hit.moduleTitle, hit.lessonTitle].filter(Boolean).join(' › ')}</span>}
              {hit.kind === 'question' && <> · {t('search.kind.question')}</>}
            </span>
            <span className="course-search-title" lang={hit.lang}>
              {hit.heading ?? hit.title}
            </span>
            <span className="course-search-extract" lang={hit.lang}>
              {hit.extract.map((part, k) => (part.mark ? <mark key={k}>{part.text}</mark> : <span key={k}>{part.text}</span>))}
            </span>
          </li>
        ))}
    </ul>
  );
}
