import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryView } from '../../core/content/views';
import { api } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { FallbackNotice } from '../components/FallbackNotice';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';

export function GlossaryScreen({ packId, termId }: { packId: string; termId?: string }) {
  const { settings } = useApp();
  const state = useAsync(() => api.getGlossary({ packId, lang: settings.language }), [packId, settings.language]);
  return <AsyncView state={state}>{(glossary) => <Glossary glossary={glossary} termId={termId} />}</AsyncView>;
}

/** Folds case and accents so "donnees" finds « données ». */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function Glossary({ glossary, termId }: { glossary: GlossaryView; termId?: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  useDocumentTitle(t('glossary.title'));
  useEffect(() => {
    if (termId) document.getElementById(`term-${termId}`)?.scrollIntoView();
  }, [termId]);
  const q = fold(query.trim());
  const terms = q ? glossary.terms.filter((g) => fold(g.term).includes(q) || fold(g.definition).includes(q)) : glossary.terms;
  return (
    <div className="glossary">
      <h1>{t('glossary.title')}</h1>
      <FallbackNotice show={glossary.fallback} contentLang={glossary.lang} />
      <label htmlFor="glossary-search">{t('glossary.search')}</label>
      <input id="glossary-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p role="status" className="meta">
        {t('glossary.count', { count: terms.length })}
      </p>
      <dl lang={glossary.lang}>
        {terms.map((g) => (
          <div key={g.id} id={`term-${g.id}`} className="glossary-entry">
            <dt>{g.term}</dt>
            <dd>{g.definition}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
