// The course-wide search box in the header, as an ARIA 1.2 combobox: typing searches lessons,
// glossary terms and questions in the UI language; Up/Down choose a result, Enter opens it (the
// lesson at the matching heading), Escape closes the list. `/` or Ctrl+K focuses the box from
// anywhere. The index lives in the services; the box only sends what was typed.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../core/search/courseIndex';
import { MIN_QUERY_LENGTH } from '../../core/search/limits';
import { api } from '../api';
import { useApp } from '../appState';
import { navigate } from '../router';
import { SearchResults } from './SearchResults';
import { useSearchShortcut } from './useSearchShortcut';
import './search.css';

type Found = { lang: string; query: string } & ({ hits: SearchHit[] } | { failed: true });

export function SearchBox() {
  const { t } = useTranslation();
  const { settings } = useApp();
  const [query, setQuery] = useState('');
  const [answer, setFound] = useState<Found | null>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const asked = useRef(0);
  const warmed = useRef(false);
  useSearchShortcut(input);

  // Results in another language (the learner switched since) are not shown.
  const found = answer?.lang === settings.language ? answer : null;

  const search = (text: string) => {
    setQuery(text);
    setActive(-1);
    const n = ++asked.current;
    if (text.trim().length < MIN_QUERY_LENGTH) {
      setFound(null);
      return;
    }
    setOpen(true);
    // Only the answer to the latest keystroke is shown: an older one may arrive after it.
    api.searchCourse({ query: text, lang: settings.language }).then(
      (hits) => n === asked.current && setFound({ lang: settings.language, query: text, hits }),
      () => n === asked.current && setFound({ lang: settings.language, query: text, failed: true }),
    );
  };

  // The first focus builds the index in the background, so the first keystroke does not wait.
  const warmUp = () => {
    if (warmed.current) return;
    warmed.current = true;
    api.searchCourse({ query: '', lang: settings.language }).catch(() => undefined);
  };

  const hits = found && 'hits' in found ? found.hits : [];
  const listShown = open && hits.length > 0;
  const pick = (hit: SearchHit) => {
    setOpen(false);
    setQuery('');
    setFound(null);
    navigate(hit.route);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (listShown && hit) pick(hit);
    } else if (e.key === 'Escape') {
      if (listShown) e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  let status = '';
  if (found && open && found.query.trim().length >= MIN_QUERY_LENGTH) {
    if ('failed' in found) status = t('search.failed');
    else status = found.hits.length > 0 ? t('search.count', { count: found.hits.length }) : t('search.none', { query: found.query });
  }

  return (
    <form className="course-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="course-search-input" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id="course-search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={listShown}
        aria-controls="course-search-results"
        aria-activedescendant={listShown && active >= 0 ? `course-search-hit-${active}` : undefined}
        aria-keyshortcuts="/ Control+K"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => search(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={warmUp}
        onBlur={() => setOpen(false)}
      />
      {/* A polite live region, not role="status": the screen's own status messages keep that role to themselves. */}
      <p className={listShown || !status ? 'visually-hidden' : 'course-search-status'} aria-live="polite" aria-atomic="true">
        {status}
      </p>
      <SearchResults id="course-search-results" hits={hits} shown={listShown} active={active} onPick={pick} />
    </form>
  );
}
