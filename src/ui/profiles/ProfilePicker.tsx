// "Who is studying?": every learner on this PC, one button each, and a form to add oneself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileList, ProfileSummary } from '../../core/profiles/rules';
import { useDocumentTitle } from '../useDocumentTitle';
import { CreateProfileForm } from './CreateProfileForm';
import { useFocusOnMount } from './ProfileGate';
import {  } from './profileText';
import { ErrorMessage } from '../errors/ErrorMessage';

/** The profile used last first, then by name. */
function pickerOrder(list: ProfileList): ProfileSummary[] {
  const byName = [...list.profiles].sort((a, b) => a.name.localeCompare(b.name));
  const last = byName.find((p) => p.id === list.lastUsedId);
  return last ? [last, ...byName.filter((p) => p !== last)] : byName;
}

export function ProfilePicker({
  list,
  message,
  returnTo,
  onReturn,
  onChoose,
  onCreated,
  pinRequired,
}: {
  list: ProfileList;
  /** The administration's policy requires a PIN for every profile (then a first start has none yet). */
  pinRequired: boolean;
  /** Something to tell the learner first (the profile they were in was deleted). */
  message: string | null;
  /** The profile still open, when the picker was opened from inside it. */
  returnTo: ProfileSummary | undefined;
  onReturn(): void;
  onChoose(id: string): Promise<void>;
  onCreated(profile: ProfileSummary, pin: string | undefined): Promise<void>;
}) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // No learner yet (a first start where every profile needs a PIN): the form is the way in.
  const [adding, setAdding] = useState(list.profiles.length === 0);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('profiles.picker.title'));

  const choose = async (id: string) => {
    setError(null);
    try {
      await onChoose(id);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="profile-picker">
      <h1 ref={heading} tabIndex={-1}>
        {t('profiles.picker.title')}
      </h1>
      <p className="lead">{t('profiles.picker.intro')}</p>
      {message && (
        <p className="notice notice-info" role="status">
          {message}
        </p>
      )}
      <ul className="profile-choices" aria-label={t('profiles.picker.listLabel')}>
        {pickerOrder(list).map((p) => (
          <li key={p.id}>
            <button type="button" className="profile-choice" onClick={() => void choose(p.id)}>
              <span className="profile-name">{p.name}</span>
              {p.role === 'trainer' && <span className="badge">{t('trainer.role.badge')}</span>}
              {p.hasPin && <span className="badge">{t('profiles.pinBadge')}</span>}
              {p.id === list.lastUsedId && <span className="meta">{t('profiles.picker.lastUsed')}</span>}
            </button>
          </li>
        ))}
      </ul>
      {error !== null && <ErrorMessage error={error} variant="field" />}
      <div className="actions">
        {returnTo && (
          <button type="button" onClick={onReturn}>
            {t('profiles.picker.back', { name: returnTo.name })}
          </button>
        )}
        <button type="button" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
          {t('profiles.picker.add')}
        </button>
      </div>
      {adding && (
        <section className="profile-add" aria-labelledby="profile-add-title">
          <h2 id="profile-add-title">{t('profiles.create.title')}</h2>
          <CreateProfileForm submitLabel={t('profiles.create.submitAndOpen')} trainerProfiles={list.trainerProfiles} pinRequired={pinRequired} onCreated={onCreated} />
        </section>
      )}
    </div>
  );
}
