import { useTranslation } from 'react-i18next';
import type { InputProps } from './types';

/** A text box that takes "12,50" as well as "12.5"; the unit is shown beside it. */
export function NumericInput({ question, answer, onChange, disabled }: InputProps<'numeric'>) {
  const { t } = useTranslation();
  const id = `q-${question.id}-n`;
  return (
    <div className="numeric">
      <label htmlFor={id}>{t('qtypes.numeric.label')}</label>{' '}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={50}
        aria-describedby={`${id}-hint`}
        value={answer?.value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange({ type: 'numeric', value: e.target.value })}
      />{' '}
      {question.unit && <span>{question.unit}</span>}
      <p id={`${id}-hint`} className="hint">
        {t('qtypes.numeric.hint')}
      </p>
    </div>
  );
}
