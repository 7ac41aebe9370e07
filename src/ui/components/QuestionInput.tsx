import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';

/** The inputs of one question: native radios and checkboxes, so the keyboard works everywhere. */
export function QuestionInput({
  question,
  order,
  answer,
  onChange,
  disabled,
}: {
  question: QuestionView;
  order: string[] | undefined;
  answer: Answer | undefined;
  onChange(answer: Answer): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const name = `q-${question.id}`;
  if (question.type === 'true-false') {
    const value = answer?.type === 'true-false' ? answer.value : undefined;
    return (
      <div className="options" role="radiogroup" aria-label={t('quiz.trueFalseLabel')}>
        {[true, false].map((v) => (
          <label key={String(v)} className="option">
            <input type="radio" name={name} checked={value === v} disabled={disabled} onChange={() => onChange({ type: 'true-false', value: v })} />
            <span>{v ? t('quiz.true') : t('quiz.false')}</span>
          </label>
        ))}
      </div>
    );
  }
  const byId = new Map(question.options.map((o) => [o.id, o]));
  const options = (order ?? question.options.map((o) => o.id)).map((id) => byId.get(id)).filter((o) => o !== undefined);
  if (question.type === 'single') {
    const selected = answer?.type === 'single' ? answer.option : undefined;
    return (
      <div className="options">
        {options.map((o) => (
          <label key={o.id} className="option">
            <input type="radio" name={name} value={o.id} checked={selected === o.id} disabled={disabled} onChange={() => onChange({ type: 'single', option: o.id })} />
            <span>{o.text}</span>
          </label>
        ))}
      </div>
    );
  }
  const picked = answer?.type === 'multiple' ? answer.options : [];
  return (
    <div className="options">
      <p className="hint">{t('quiz.selectAll')}</p>
      {options.map((o) => (
        <label key={o.id} className="option">
          <input
            type="checkbox"
            name={name}
            value={o.id}
            checked={picked.includes(o.id)}
            disabled={disabled}
            onChange={(e) =>
              onChange({ type: 'multiple', options: e.target.checked ? [...picked, o.id] : picked.filter((id) => id !== o.id) })
            }
          />
          <span>{o.text}</span>
        </label>
      ))}
    </div>
  );
}
