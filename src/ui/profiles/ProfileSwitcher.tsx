// On the home screen: whose record this is, and one button per other learner to switch to theirs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeToHash } from '../router';
import { useProfiles } from './ProfileGate';
import { FirstStartName } from './FirstStartName';
import { ErrorMessage } from '../errors/ErrorMessage';

/** Beyond this many other learners, the rest are in the picker. */
const QUICK_SWITCH_MAX = 5;

export function ProfileSwitcher() {
  const { t } = useTranslation();
  const { list, active, choose, openPicker, leave } = useProfiles();
  const [error, setError] = useState<unknown>(null);
  const others = list.profiles.filter((p) => p.id !== active.id).sort((a, b) => a.name.localeCompare(b.name));
  const quick = others.slice(0, QUICK_SWITCH_MAX);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="profile-switcher" aria-labelledby="profile-switcher-title">
      <h2 id="profile-switcher-title">{t('profiles.switcher.title')}</h2>
      <p>{t('profiles.switcher.current', { name: active.name })}</p>
      <FirstStartName />
      {quick.length > 0 && (
        <ul className="profile-switch-list">
          {quick.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => void run(() => choose(p.id))}>
                {t(p.hasPin ? 'profiles.switcher.switchToPin' : 'profiles.switcher.switchTo', { name: p.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error !== null && <ErrorMessage error={error} variant="field" />}
      <div className="actions">
        {others.length > quick.length && (
          <button type="button" onClick={openPicker}>
            {t('profiles.switcher.allLearners')}
          </button>
        )}
        {active.hasPin && (
          <button type="button" onClick={() => void run(leave)}>
            {t('profiles.switcher.close')}
          </button>
        )}
        <a className="button" href={routeToHash({ screen: 'profiles' })}>
          {t('profiles.switcher.manage')}
        </a>
      </div>
    </section>
  );
}
