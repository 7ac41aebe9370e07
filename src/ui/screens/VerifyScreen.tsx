// "Verify a certificate": someone holding a printed certificate types its details and code;
// the app recomputes the code with its key and says valid or not valid, and which key it used
// (this computer's, or the administration's shared one).
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyCertificateResult } from '../../core/certificates/details';
import { emptyVerifyForm, parseVerifyForm, type VerifyField, type VerifyFieldError, type VerifyForm } from '../../core/certificates/verifyForm';
import { api } from '../api';
import { useDocumentTitle } from '../useDocumentTitle';
import { ErrorMessage } from '../errors/ErrorMessage';

/** Each field with its literal keys (the i18n check reads them), in the order of the form. */
const FIELDS: { field: VerifyField; label: string; hint: string; invalid: string; optional?: boolean; inputMode?: 'numeric' | 'decimal' }[] = [
  { field: 'name', label: 'verify.name.label', hint: 'verify.name.hint', invalid: 'verify.name.invalid' },
  { field: 'course', label: 'verify.course.label', hint: 'verify.course.hint', invalid: 'verify.course.invalid' },
  { field: 'date', label: 'verify.date.label', hint: 'verify.date.hint', invalid: 'verify.date.invalid' },
  { field: 'score', label: 'verify.score.label', hint: 'verify.score.hint', invalid: 'verify.score.invalid', inputMode: 'numeric' },
  { field: 'hours', label: 'verify.hours.label', hint: 'verify.hours.hint', invalid: 'verify.hours.invalid', inputMode: 'decimal' },
  { field: 'organisation', label: 'verify.organisation.label', hint: 'verify.organisation.hint', invalid: 'verify.organisation.invalid', optional: true },
  { field: 'code', label: 'verify.code.label', hint: 'verify.code.hint', invalid: 'verify.code.invalid' },
];

export function VerifyScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('verify.title'));
  const [form, setForm] = useState<VerifyForm>(emptyVerifyForm);
  const [errors, setErrors] = useState<Partial<Record<VerifyField, VerifyFieldError>>>({});
  const [result, setResult] = useState<VerifyCertificateResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<VerifyField, HTMLInputElement | null>>>({});

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    setFailure(null);
    const parsed = parseVerifyForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      const first = FIELDS.find((f) => parsed.errors[f.field]);
      if (first) inputs.current[first.field]?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      setResult(await api.verifyCertificate({ details: parsed.details, code: parsed.code }));
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="verify">
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.intro')}</p>
      <form className="verify-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {FIELDS.map(({ field, label, hint, invalid, optional, inputMode }) => {
          const id = `verify-${field}`;
          const error = errors[field];
          return (
            <div key={field} className="form-field">
              <label htmlFor={id}>
                {t(label)}
                {optional && <> {t('verify.optional')}</>}
              </label>
              <p id={`${id}-hint`} className="hint">
                {t(hint)}
              </p>
              <input
                ref={(el) => {
                  inputs.current[field] = el;
                }}
                id={id}
                type="text"
                inputMode={inputMode}
                autoComplete="off"
                spellCheck={false}
                maxLength={field === 'code' ? 64 : 200}
                value={form[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                onChange={(e) => {
                  setForm({ ...form, [field]: e.target.value });
                  setErrors({ ...errors, [field]: undefined });
                  setResult(null);
                }}
              />
              {error && (
                <p id={`${id}-error`} className="field-error">
                  {error === 'required' ? t('verify.required') : t(invalid)}
                </p>
              )}
            </div>
          );
        })}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('verify.submit')}
          </button>
        </div>
      </form>
      <div className="verify-outcome" role="status">
        {result && (
          <div className={`verify-result ${result.valid ? 'valid' : 'invalid'}`}>
            <p className="verify-verdict">{result.valid ? t('verify.valid') : t('verify.invalid')}</p>
            <p>{result.keySource === 'policy' ? t('verify.keyPolicy') : t('verify.keyInstallation')}</p>
          </div>
        )}
      </div>
      {failure !== null && <ErrorMessage error={failure} context="errors.context.verify" />}
      <p className="hint">{t('verify.meaning')}</p>
    </div>
  );
}
