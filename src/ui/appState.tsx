// What every screen needs: the catalog in the current language, the learner's progress and the
// settings. Screens read it from context and call refreshProgress() after they change progress.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../core/api/contract';
import type { Catalog, PackSummary } from '../core/content/views';
import type { ProgressSnapshot } from '../core/progress/model';
import { api } from './api';

interface AppState {
  catalog: Catalog;
  progress: ProgressSnapshot;
  settings: Settings;
  refreshProgress(): Promise<void>;
  setLanguage(language: string): Promise<void>;
  pack(packId: string): PackSummary | undefined;
}

const Ctx = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(Ctx);
  if (!state) throw new Error('useApp outside AppStateProvider');
  return state;
}

export function AppStateProvider({ initialSettings, children, fallback }: { initialSettings: Settings; children: ReactNode; fallback: ReactNode }) {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [progress, setProgress] = useState<ProgressSnapshot | null>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([api.getCatalog({ lang: settings.language }), api.getProgress()]).then(
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
  }, [settings.language]);

  const refreshProgress = useCallback(async () => setProgress(await api.getProgress()), []);
  const setLanguage = useCallback(
    async (language: string) => {
      const next = await api.setSettings({ language });
      await i18n.changeLanguage(next.language);
      setSettings(next);
    },
    [i18n],
  );

  if (error) return <p role="alert">{error.message}</p>;
  if (!catalog || !progress) return <>{fallback}</>;
  const value: AppState = {
    catalog,
    progress,
    settings,
    refreshProgress,
    setLanguage,
    pack: (id) => catalog.packs.find((p) => p.id === id),
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
