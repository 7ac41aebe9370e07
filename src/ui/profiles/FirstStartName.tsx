// On a first start the app opens straight on a profile named "Learner 1" in the installation's
// language. While that is still the only learner and the name is the default, home offers to
// put the learner's own name on it (the name certificates print), or to leave it for now.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useProfiles } from './ProfileGate';
import { nameProblem } from './profileText';

export function FirstStartName() {
  const { t } = useTranslation();
  const { list, active, refresh } = useProfiles();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [later, setLater] = useState(false);
  const isFirstStart = list.profiles.length === 1 && active.name === t('profiles.defaultName', { n: 1 });
  if (!isFirstStart || later) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = nameProblem(name);
    if (problem) return setError(problem);
    try {
      await api.renameProfile({ id: active.id, name: name.trim() });
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="profile-form first-name-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('ux.profiles.firstName.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('ux.profiles.firstName.label')}</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={error !== null ? `${id}-error` : undefined}
        />
      </div>
      {error !== null && <ErrorMessage error={error} variant="field" id={`${id}-error`} />}
      <div className="actions">
        <button type="submit" className="primary">
          {t('ux.profiles.firstName.save')}
        </button>
        <button type="button" onClick={() => setLater(true)}>
          {t('ux.profiles.firstName.later')}
        </button>
      </div>
    </form>
  );
}
