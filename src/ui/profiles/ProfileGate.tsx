// Who is studying: the gate in front of the app. With no profile open (several learners on this
// PC, or one with a PIN) it shows the picker, and the PIN form for a profile that has one; with a
// profile open it shows the app, keyed by the profile, so nothing of one learner's record stays on
// screen for the next. Screens reach the profiles through useProfiles().
import { createContext, Fragment, Suspense, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../core/api/contract';
import type { ProfileList, ProfileSummary } from '../../core/profiles/rules';
import { api } from '../api';
import { Notices } from '../components/Notices';
import { lazyNamed } from '../lazyNamed';

// Only shown when no profile is open: loaded then, not with the first lesson.
const PinPrompt = lazyNamed(() => import('./PinPrompt'), 'PinPrompt');
const ProfilePicker = lazyNamed(() => import('./ProfilePicker'), 'ProfilePicker');

interface ProfilesState {
  list: ProfileList;
  active: ProfileSummary;
  /** Reads the list again (after a rename, a new profile, a deletion). */
  refresh(): Promise<void>;
  /** Opens another profile: at once without a PIN, through the PIN form with one. Throws on refusal. */
  choose(id: string): Promise<void>;
  /** Shows every learner, with a way back to this one. */
  openPicker(): void;
  /** Closes this profile (so the next learner needs their own PIN) and shows the picker. */
  leave(): Promise<void>;
  /** A message for the picker, when the active profile itself was deleted. */
  notify(message: string): void;
}

const Ctx = createContext<ProfilesState | null>(null);

export function useProfiles(): ProfilesState {
  const state = useContext(Ctx);
  if (!state) throw new Error('useProfiles outside ProfileGate');
  return state;
}

type View = { kind: 'app' } | { kind: 'picker'; canReturn: boolean } | { kind: 'pin'; profile: ProfileSummary; back: 'app' | 'picker' };

export function ProfileGate({
  initial,
  initialSettings,
  children,
}: {
  initial: ProfileList;
  initialSettings: Settings;
  /** The app for one session of one profile; `first`: the session the page started with. */
  children: (settings: Settings, first: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const [list, setList] = useState(initial);
  const [view, setView] = useState<View>(() => {
    if (initial.activeId) return { kind: 'app' };
    // The only learner, with a PIN: straight to the PIN (Cancel shows the picker, to add a learner).
    const only = initial.profiles.length === 1 ? initial.profiles[0] : undefined;
    return only?.hasPin ? { kind: 'pin', profile: only, back: 'picker' } : { kind: 'picker', canReturn: false };
  });
  // Each entry into the app is a new session: the app is mounted afresh, with the settings as
  // they are now (the language may have changed in the previous one).
  const [session, setSession] = useState({ n: 0, settings: initialSettings });
  const [message, setMessage] = useState<string | null>(null);

  const enterApp = useCallback(async (next?: ProfileList) => {
    const settings = await api.getSettings();
    if (next) setList(next);
    setSession((s) => ({ n: s.n + 1, settings }));
    setMessage(null);
    setView({ kind: 'app' });
  }, []);

  const opened = useCallback(
    async (next: ProfileList) => {
      // Another learner's screen (a result, a lesson) has no place in this one's session.
      if (window.location.hash !== '' && window.location.hash !== '#/') window.location.hash = '#/';
      await enterApp(next);
    },
    [enterApp],
  );

  const showPicker = useCallback((next: ProfileList, canReturn: boolean) => {
    setList(next);
    setView({ kind: 'picker', canReturn: canReturn && next.activeId !== null });
  }, []);

  const choose = useCallback(
    async (id: string) => {
      const p = list.profiles.find((x) => x.id === id);
      if (!p) return;
      if (p.id === list.activeId) return enterApp();
      if (p.hasPin) {
        setView((v) => ({ kind: 'pin', profile: p, back: v.kind === 'app' || (v.kind === 'picker' && v.canReturn) ? 'app' : 'picker' }));
        return;
      }
      await opened(await api.switchProfile({ id }));
    },
    [list, enterApp, opened],
  );

  const refresh = useCallback(async () => {
    const next = await api.listProfiles();
    if (next.activeId === null) showPicker(next, false);
    else setList(next);
  }, [showPicker]);

  const leave = useCallback(async () => showPicker(await api.leaveProfile(), false), [showPicker]);

  const active = list.profiles.find((p) => p.id === list.activeId);

  if (view.kind === 'app' && active) {
    const state: ProfilesState = {
      list,
      active,
      refresh,
      choose,
      openPicker: () => setView({ kind: 'picker', canReturn: true }),
      leave,
      notify: setMessage,
    };
    return (
      <Ctx.Provider value={state}>
        <Fragment key={`${active.id}:${session.n}`}>{children(session.settings, session.n === 0)}</Fragment>
      </Ctx.Provider>
    );
  }

  return (
    <>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
      </header>
      <main id="main" className="profile-gate" tabIndex={-1}>
        <Notices />
        <Suspense fallback={<p className="loading" role="status">{t('common.loading')}</p>}>
        {view.kind === 'pin' ? (
          <PinPrompt
            key={view.profile.id}
            profile={view.profile}
            onSubmit={async (pin) => opened(await api.switchProfile({ id: view.profile.id, pin }))}
            onCancel={() => (view.back === 'app' && active ? void enterApp() : setView({ kind: 'picker', canReturn: false }))}
          />
        ) : (
          <ProfilePicker
            list={list}
            message={message}
            returnTo={view.kind === 'picker' && view.canReturn ? active : undefined}
            onReturn={() => void enterApp()}
            onChoose={choose}
            onCreated={async (p, pin) => opened(await api.switchProfile({ id: p.id, pin }))}
            pinRequired={session.settings.policy.pinRequired}
          />
        )}
        </Suspense>
      </main>
    </>
  );
}

/** Moves focus to a screen's heading when it appears, as a page load would for a screen reader. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
