// What every screen needs: the catalog in the current language, the learner's progress and the
// settings. Screens read it from context and call refreshProgress() after they change progress.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../core/api/contract';
import type { Catalog } from '../core/content/views';
import type { ProgressSnapshot } from '../core/progress/model';
import { api } from './api';
import { ErrorMessage } from './errors/ErrorMessage';

interface AppState {
  catalog: Catalog;
  progress: ProgressSnapshot;
  settings: Settings;
  refreshProgress(): Promise<void>;
  /** Reads the catalog again (after a trainer imported questions). */
  refreshCatalog(): Promise<void>;
  /** Shows a snapshot a service call already returned, saving a round trip. */
  applyProgress(progress: ProgressSnapshot): void;
  setLanguage(language: string): Promise<void>;
}

const Ctx = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(Ctx);
  if (!state) throw new Error('useApp outside AppStateProvider');
  return state;
}

export type StartData = Promise<[Catalog, ProgressSnapshot]>;

/** Fetches what every screen needs; start-up calls it early, in parallel with i18n. */
export function fetchStartData(language: string): StartData {
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
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [progress, setProgress] = useState<ProgressSnapshot | null>(null);
  const [error, setError] = useState<Error | null>(null);

  // The data start-up already asked for serves the first render only.
  const firstLoad = useRef(startData);
  useEffect(() => {
    let current = true;
    const early = firstLoad.current;
    firstLoad.current = undefined;
    const load = early && settings.language === initialSettings.language ? early : fetchStartData(settings.language);
    load.then(
      ([c, p]) => {
        if (!current) return;
        setCatalog(c);
        setProgress(p);
      },
      (e: unknown) => current && setError(e as Error),
    );
    return () => {
      current = false;
    };
  }, [settings.language, initialSettings.language]);

  const refreshProgress = useCallback(async () => setProgress(await api.getProgress()), []);
  const refreshCatalog = useCallback(async () => setCatalog(await api.getCatalog({ lang: settings.language })), [settings.language]);
  const setLanguage = useCallback(
    async (language: string) => {
      const next = await api.setSettings({ language });
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
    setLanguage,
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
