// Adds a learner: a name, a role where the policy allows trainer profiles, and a PIN if they want
// one (typed twice, since a mistyped PIN would lock them out of their own profile; a trainer
// profile must have one where the policy says so).
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_MAX_DIGITS, type ProfileRole, type ProfileSummary, type TrainerProfilesRule } from '../../core/profiles/rules';
import { api } from '../api';
import { formProblem, nameProblem, newPinProblem } from './profileText';
import { ErrorMessage } from '../errors/ErrorMessage';

export function CreateProfileForm({
  submitLabel,
  trainerProfiles,
  pinRequired = false,
  onCreated,
}: {
  submitLabel: string;
  /** The policy's rule: the role choice is offered unless trainer profiles are forbidden. */
  trainerProfiles: TrainerProfilesRule;
  /** The administration's policy requires a PIN for every profile. */
  pinRequired?: boolean;
  /** The new profile, and the PIN it was given (to open it at once). */
  onCreated(profile: ProfileSummary, pin: string | undefined): Promise<void> | void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [role, setRole] = useState<ProfileRole>('trainee');
  const trainerNeedsPin = role === 'trainer' && trainerProfiles === 'pin';
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const wantsPin = pinRequired || pin !== '' || repeat !== '' || trainerNeedsPin;
    const problem =
      nameProblem(name) ??
      (trainerNeedsPin && pin === '' ? formProblem('trainer.error.trainerNeedsPin') : undefined) ??
      (wantsPin ? newPinProblem(pin, repeat) : undefined);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api.createProfile({ name, ...(wantsPin ? { pin } : {}), ...(role === 'trainer' ? { role } : {}) });
      setName('');
      setRole('trainee');
      setPin('');
      setRepeat('');
      await onCreated(created, wantsPin ? pin : undefined);
    } catch (err) {
      setError(err);
      nameInput.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="profile-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('profiles.form.name')}</label>
        <input
          ref={nameInput}
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={name}
          aria-describedby={`${id}-name-hint`}
          onChange={(e) => setName(e.target.value)}
        />
        <p id={`${id}-name-hint`} className="hint">
          {t('profiles.form.nameHint')}
        </p>
      </div>
      {trainerProfiles !== 'forbidden' && (
        <fieldset className="role-fields">
          <legend>{t('trainer.role.legend')}</legend>
          {(['trainee', 'trainer'] as const).map((r) => (
            <div className="choice" key={r}>
              <input id={`${id}-role-${r}`} type="radio" name={`${id}-role`} value={r} checked={role === r} onChange={() => setRole(r)} />
              <label htmlFor={`${id}-role-${r}`}>{t(`trainer.role.${r}`)}</label>
            </div>
          ))}
          {trainerNeedsPin && <p className="hint">{t('trainer.role.needsPin')}</p>}
        </fieldset>
      )}
      <fieldset className="pin-fields">
        <legend>{pinRequired ? t('admin.profiles.pinLegend') : t('profiles.form.pinLegend')}</legend>
        {pinRequired && (
          <p id={`${id}-pin-required`} className="hint">
            {t('admin.profiles.pinRequired')}
          </p>
        )}
        <p id={`${id}-pin-about`} className="hint">
          {t('profiles.pin.about')}
        </p>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('profiles.form.pin')}</label>
          <input
            id={`${id}-pin`}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={PIN_MAX_DIGITS}
            value={pin}
            required={pinRequired}
            aria-describedby={pinRequired ? `${id}-pin-required ${id}-pin-about` : `${id}-pin-about`}
            onChange={(e) => setPin(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t('profiles.form.pinRepeat')}</label>
          <input
            id={`${id}-repeat`}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={PIN_MAX_DIGITS}
            value={repeat}
            required={pinRequired}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </div>
      </fieldset>
      {error !== null && <ErrorMessage error={error} variant="field" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
