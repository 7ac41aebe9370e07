// Asks for a profile's PIN before opening it: at each start, and on each switch to it.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_MAX_DIGITS } from '../../core/profiles/rules';
import type { ProfileSummary } from '../../core/profiles/rules';
import { useDocumentTitle } from '../useDocumentTitle';
import { useFocusOnMount } from './ProfileGate';
import { formProblem } from './profileText';
import { ErrorMessage } from '../errors/ErrorMessage';

export function PinPrompt({
  profile,
  onSubmit,
  onCancel,
}: {
  profile: ProfileSummary;
  /** Opens the profile with this PIN; throws when it is refused. */
  onSubmit(pin: string): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const input = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('profiles.pin.title', { name: profile.name }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (pin === '') {
      setError(formProblem('profiles.error.pinRequired'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(pin);
    } catch (err) {
      setError(err);
      setPin('');
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <div className="pin-prompt">
      <h1 ref={heading} tabIndex={-1}>
        {t('profiles.pin.title', { name: profile.name })}
      </h1>
      <form className="profile-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('profiles.pin.label')}</label>
          <input
            ref={input}
            id={`${id}-pin`}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={PIN_MAX_DIGITS}
            value={pin}
            aria-invalid={error !== null ? true : undefined}
            aria-describedby={`${id}-about${error !== null ? ` ${id}-error` : ''}`}
            onChange={(e) => setPin(e.target.value)}
          />
        </div>
        {error !== null && <ErrorMessage error={error} variant="field" id={`${id}-error`} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('profiles.pin.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <p id={`${id}-about`} className="notice notice-info pin-about">
        {t('profiles.pin.about')}
      </p>
    </div>
  );
}
