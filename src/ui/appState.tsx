// What every screen needs: the catalog in the current language, the learner's progress and the
// settings. Every progress write returns the updated summary: screens hand it to applyProgress
// (or applyAttempt) instead of fetching it again; refreshProgress is for a restore.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../core/api/contract';
import type { Catalog } from '../core/content/views';
import type { ProgressSummary, SubmittedAttempt } from '../core/progress/summaryModel';
import { api } from './api';
import { ensureLanguage } from './i18n';
import { ErrorMessage } from './errors/ErrorMessage';

interface AppState {
  catalog: Catalog;
  progress: ProgressSummary;
  settings: Settings;
  refreshProgress(): Promise<void>;
  /** Reads the catalog again (after a trainer imported questions). */
  refreshCatalog(): Promise<void>;
  /** Shows a snapshot a service call already returned, saving a round trip. */
  applyProgress(progress: ProgressSummary): void;
  /** The attempt just submitted, with its per-question scores, for the result screen. */
  lastAttempt: SubmittedAttempt | null;
  /** Shows what submitting an attempt returned: the new summary and the attempt's result. */
  applyAttempt(result: SubmittedAttempt): void;
  setLanguage(language: string): Promise<void>;
}

const Ctx = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(Ctx);
  if (!state) throw new Error('useApp outside AppStateProvider');
  return state;
}

/** The catalog (in the start-up language) and progress the start-up call already returned. */
export interface StartData {
  catalog: Catalog;
  progress: ProgressSummary;
}

/** Fetches what every screen needs, for a session that did not start with it or a new language. */
function fetchStartData(language: string): Promise<[Catalog, ProgressSummary]> {
  return Promise.all([api.getCatalog({ lang: language }), api.getProgress()]);
}

export function AppStateProvider({
  initialSettings,
  startData,
  children,
  fallback,
}: {
  initialSettings: Settings;
  startData?: StartData;
  children: ReactNode;
  fallback: ReactNode;
}) {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  // With the start-up data the first render is the screen itself, not a "loading" pass first.
  const [catalog, setCatalog] = useState<Catalog | null>(startData?.catalog ?? null);
  const [progress, setProgress] = useState<ProgressSummary | null>(startData?.progress ?? null);
  const [error, setError] = useState<Error | null>(null);
  const [lastAttempt, setLastAttempt] = useState<SubmittedAttempt | null>(null);
  const applyAttempt = useCallback((result: SubmittedAttempt) => {
    setProgress(result.progress);
    setLastAttempt(result);
  }, []);

  // The language the catalog on screen is in: a new language (or no start-up data) fetches.
  const catalogLanguage = useRef(startData ? initialSettings.language : null);
  useEffect(() => {
    if (catalogLanguage.current === settings.language) return;
    let current = true;
    fetchStartData(settings.language).then(
      ([c, p]) => {
        if (!current) return;
        catalogLanguage.current = settings.language;
        setCatalog(c);
        setProgress(p);
      },
      (e: unknown) => current && setError(e as Error),
    );
    return () => {
      current = false;
    };
  }, [settings.language]);

  const refreshProgress = useCallback(async () => setProgress(await api.getProgress()), []);
  const refreshCatalog = useCallback(async () => setCatalog(await api.getCatalog({ lang: settings.language })), [settings.language]);
  const setLanguage = useCallback(
    async (language: string) => {
      const next = await api.setSettings({ language });
      await ensureLanguage(next.language);
      await i18n.changeLanguage(next.language);
      setSettings(next);
    },
    [i18n],
  );

  if (error) return <ErrorMessage error={error} />;
  if (!catalog || !progress) return <>{fallback}</>;
  const value: AppState = {
    catalog,
    progress,
    settings,
    refreshProgress,
    refreshCatalog,
    applyProgress: setProgress,
    lastAttempt,
    applyAttempt,
    setLanguage,
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
