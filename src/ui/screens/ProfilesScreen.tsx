// The learners on this PC: rename, delete (the record is moved aside, never erased), add one,
// and set, change or remove the PIN of one's own profile.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_MAX_DIGITS, type ProfileSummary } from '../../core/profiles/rules';
import { api } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CreateProfileForm } from '../profiles/CreateProfileForm';
import { useProfiles } from '../profiles/ProfileGate';
import { useApp } from '../appState';
import { formProblem, nameProblem, newPinProblem } from '../profiles/profileText';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useDocumentTitle } from '../useDocumentTitle';

export function ProfilesScreen() {
  const { t } = useTranslation();
  const { list, active, refresh, notify, choose } = useProfiles();
  const { pinRequired } = useApp().settings.policy;
  // The learner just added: offered to switch to at once (a PIN, if set, is asked as usual).
  const [created, setCreated] = useState<ProfileSummary | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ProfileSummary | null>(null);
  useDocumentTitle(t('profiles.manage.title'));

  const done = async (message: string) => {
    setError(null);
    setStatus(message);
    await refresh();
  };

  const confirmDelete = async () => {
    const p = deleting;
    setDeleting(null);
    if (!p) return;
    try {
      const result = await api.deleteProfile({ id: p.id });
      const message = t('profiles.manage.deleted', { name: result.name, folder: result.movedTo });
      // Deleting one's own profile closes it: the picker says what happened.
      if (p.id === active.id) notify(message);
      await done(message);
    } catch (err) {
      setStatus('');
      setError(err);
    }
  };

  return (
    <div className="profiles-screen">
      <h1>{t('profiles.manage.title')}</h1>
      <p className="lead">{t('profiles.manage.intro')}</p>
      <p role="status">{status}</p>
      {error !== null && <ErrorMessage error={error} variant="field" />}
      <ul className="profile-list">
        {list.profiles.map((p) => (
          <li key={p.id} className="profile-row">
            <p className="profile-row-head">
              <span className="profile-name">{p.name}</span>
              {p.id === active.id && <span className="badge">{t('profiles.manage.you')}</span>}
              {p.hasPin && <span className="badge">{t('profiles.pinBadge')}</span>}
            </p>
            {p.hasPin && p.id !== active.id ? (
              <p className="meta">{t('profiles.manage.protected')}</p>
            ) : renaming === p.id ? (
              <RenameForm
                profile={p}
                onCancel={() => setRenaming(null)}
                onRenamed={async (renamed) => {
                  setRenaming(null);
                  await done(t('profiles.manage.renamed', { name: renamed.name }));
                }}
              />
            ) : (
              <div className="actions">
                <button type="button" onClick={() => setRenaming(p.id)}>
                  {t('profiles.manage.rename')} <span className="visually-hidden">{p.name}</span>
                </button>
                <button type="button" onClick={() => setDeleting(p)}>
                  {t('profiles.manage.delete')} <span className="visually-hidden">{p.name}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('profiles.manage.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('profiles.manage.deleteBody')}
        confirmLabel={t('profiles.manage.deleteConfirm')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />

      <section aria-labelledby="profiles-add-title">
        <h2 id="profiles-add-title">{t('profiles.create.title')}</h2>
        <CreateProfileForm
          submitLabel={t('profiles.create.submit')}
          trainerProfiles={list.trainerProfiles}
          pinRequired={pinRequired}
          onCreated={async (p) => {
            await done(t('profiles.create.done', { name: p.name }));
            setCreated(p);
          }}
        />
        {created && created.id !== active.id && (
          <div className="actions switch-offer">
            <button type="button" className="primary" onClick={() => void choose(created.id)}>
              {t('ux.profiles.switchNow', { name: created.name })}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="profiles-pin-title">
        <h2 id="profiles-pin-title">{t('profiles.ownPin.title', { name: active.name })}</h2>
        <OwnPin key={`${active.id}:${String(active.hasPin)}`} hasPin={active.hasPin} mayRemove={!pinRequired} onSaved={done} />
      </section>
    </div>
  );
}

function RenameForm({
  profile,
  onCancel,
  onRenamed,
}: {
  profile: ProfileSummary;
  onCancel(): void;
  onRenamed(p: ProfileSummary): Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(profile.name);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = nameProblem(name);
    if (problem) return setError(problem);
    try {
      await onRenamed(await api.renameProfile({ id: profile.id, name }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="profile-form rename-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('profiles.manage.newName', { name: profile.name })}</label>
        {/* The learner asked to rename: the field is where they type next. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <input id={`${id}-name`} type="text" autoComplete="off" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {error !== null && <ErrorMessage error={error} variant="field" />}
      <div className="actions">
        <button type="submit" className="primary">
          {t('profiles.manage.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The active profile's own PIN: set one, or change or remove it with the current one. */
function OwnPin({ hasPin, mayRemove, onSaved }: { hasPin: boolean; mayRemove: boolean; onSaved(message: string): Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>(null);

  const send = async (next: string | null) => {
    try {
      await api.setProfilePin({ pin: next, ...(hasPin ? { currentPin: current } : {}) });
      await onSaved(t(next === null ? 'profiles.ownPin.removed' : 'profiles.ownPin.saved'));
    } catch (err) {
      setCurrent('');
      setError(err);
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const problem = (hasPin && current === '' ? formProblem('profiles.error.pinRequired') : undefined) ?? newPinProblem(pin, repeat);
    if (problem) return setError(problem);
    void send(pin);
  };
  const remove = () => {
    if (current === '') return setError(formProblem('profiles.error.pinRequired'));
    void send(null);
  };

  const pinInput = (key: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={PIN_MAX_DIGITS}
        value={value}
        aria-describedby={`${id}-about`}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );

  return (
    <form className="profile-form" onSubmit={save} noValidate>
      <p>{t(hasPin ? 'profiles.ownPin.has' : 'profiles.ownPin.none')}</p>
      <p id={`${id}-about`} className="notice notice-info">
        {t('profiles.pin.about')}
      </p>
      {hasPin && pinInput('current', t('profiles.ownPin.current'), current, setCurrent)}
      {pinInput('new', t('profiles.ownPin.new'), pin, setPin)}
      {pinInput('repeat', t('profiles.ownPin.repeat'), repeat, setRepeat)}
      {error !== null && <ErrorMessage error={error} variant="field" />}
      <div className="actions">
        <button type="submit" className="primary">
          {t(hasPin ? 'profiles.ownPin.change' : 'profiles.ownPin.set')}
        </button>
        {hasPin && mayRemove && (
          <button type="button" onClick={remove}>
            {t('profiles.ownPin.remove')}
          </button>
        )}
      </div>
    </form>
  );
}
