import { useTranslation } from 'react-i18next';
import { inOrder, type InputProps } from './types';

/** True/false, single and multiple choice: native radios and checkboxes. */
export function TrueFalseInput({ question, answer, onChange, disabled }: InputProps<'true-false'>) {
  const { t } = useTranslation();
  return (
    <div className="options" role="radiogroup" aria-label={t('quiz.trueFalseLabel')}>
      {[true, false].map((v) => (
        <label key={String(v)} className="option">
          <input type="radio" name={`q-${question.id}`} checked={answer?.value === v} disabled={disabled} onChange={() => onChange({ type: 'true-false', value: v })} />
          <span>{v ? t('quiz.true') : t('quiz.false')}</span>
        </label>
      ))}
    </div>
  );
}

export function SingleInput({ question, order, answer, onChange, disabled }: InputProps<'single'>) {
  return (
    <div className="options">
      {inOrder(question.options, order).map((o) => (
        <label key={o.id} className="option">
          <input type="radio" name={`q-${question.id}`} value={o.id} checked={answer?.option === o.id} disabled={disabled} onChange={() => onChange({ type: 'single', option: o.id })} />
          <span>{o.text}</span>
        </label>
      ))}
    </div>
  );
}

export function MultipleInput({ question, order, answer, onChange, disabled }: InputProps<'multiple'>) {
  const { t } = useTranslation();
  const picked = answer?.options ?? [];
  return (
    <div className="options">
      <p className="hint">{t('quiz.selectAll')}</p>
      {inOrder(question.options, order).map((o) => (
        <label key={o.id} className="option">
          <input
            type="checkbox"
            name={`q-${question.id}`}
            value={o.id}
            checked={picked.includes(o.id)}
            disabled={disabled}
            onChange={(e) => onChange({ type: 'multiple', options: e.target.checked ? [...picked, o.id] : picked.filter((id) => id !== o.id) })}
          />
          <span>{o.text}</span>
        </label>
      ))}
    </div>
  );
}
