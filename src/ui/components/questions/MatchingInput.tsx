import { useTranslation } from 'react-i18next';
import { inOrder, type InputProps } from './types';

/** Each left item gets a native select listing the right-hand choices: keyboard and click alike. */
export function MatchingInput({ question, order, answer, onChange, disabled }: InputProps<'matching'>) {
  const { t } = useTranslation();
  const choices = inOrder([...question.pairs.map((p) => ({ id: p.id, text: p.right })), ...question.distractors], order);
  const pairs = answer?.pairs ?? {};
  return (
    <div className="matching">
      <p className="hint">{t('qtypes.matching.hint')}</p>
      {question.pairs.map((p, i) => {
        const id = `q-${question.id}-m-${p.id}`;
        return (
          <div key={p.id} className="matching-row">
            <label htmlFor={id}>{p.left}</label>
            <select
              id={id}
              value={Object.hasOwn(pairs, p.id) ? pairs[p.id] : ''}
              disabled={disabled}
              onChange={(e) => {
                const next = { ...pairs };
                if (e.target.value) next[p.id] = e.target.value;
                else delete next[p.id];
                onChange({ type: 'matching', pairs: next });
              }}
            >
              <option value="">{t('qtypes.matching.choose', { n: i + 1 })}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
