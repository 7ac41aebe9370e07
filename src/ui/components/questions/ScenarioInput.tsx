import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputProps } from './types';

/** The case one step at a time: the steps taken so far, then the current step's choices. */
export function ScenarioInput({ question, answer, onChange, disabled }: InputProps<'scenario'>) {
  const { t } = useTranslation();
  const [pick, setPick] = useState<string | undefined>();
  const steps = new Map(question.steps.map((s) => [s.id, s]));
  const path = answer?.path ?? [];
  const last = path.at(-1);
  const lastChoice = last && steps.get(last.step)?.choices.find((c) => c.id === last.choice);
  const currentId = path.length === 0 ? question.start : lastChoice?.next;
  const current = currentId ? steps.get(currentId) : undefined;
  return (
    <div className="scenario">
      <ol className="scenario-path">
        {path.map((p) => {
          const step = steps.get(p.step);
          const choice = step?.choices.find((c) => c.id === p.choice);
          return (
            <li key={p.step}>
              <p>{step?.text}</p>
              <p className="scenario-chosen">
                <span className="badge">{t('quiz.yourAnswer')}</span> {choice?.text}
              </p>
            </li>
          );
        })}
      </ol>
      {current ? (
        <fieldset className="scenario-step">
          <legend>{t('qtypes.scenario.step', { n: path.length + 1 })}</legend>
          <p>{current.text}</p>
          <div className="options">
            {current.choices.map((c) => (
              <label key={c.id} className="option">
                <input type="radio" name={`q-${question.id}-s-${current.id}`} checked={pick === c.id} disabled={disabled} onChange={() => setPick(c.id)} />
                <span>{c.text}</span>
              </label>
            ))}
          </div>
          <div className="actions">
            <button
              type="button"
              disabled={disabled || !pick}
              onClick={() => {
                onChange({ type: 'scenario', path: [...path, { step: current.id, choice: pick! }] });
                setPick(undefined);
              }}
            >
              {t('qtypes.scenario.confirm')}
            </button>
          </div>
        </fieldset>
      ) : (
        <p className="hint">{t('qtypes.scenario.finished')}</p>
      )}
      {path.length > 0 && !disabled && (
        <button type="button" onClick={() => onChange({ type: 'scenario', path: [] })}>
          {t('qtypes.scenario.restart')}
        </button>
      )}
    </div>
  );
}
