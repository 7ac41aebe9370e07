import { useTranslation } from 'react-i18next';
import type { InputProps } from './types';

/** The text with a text box, or a dropdown, in place of each blank. */
export function ClozeInput({ question, answer, onChange, disabled }: InputProps<'cloze'>) {
  const { t } = useTranslation();
  const blanks = answer?.blanks ?? {};
  const set = (id: string, value: string) => onChange({ type: 'cloze', blanks: { ...blanks, [id]: value } });
  const byId = new Map(question.blanks.map((b) => [b.id, b]));
  let n = 0;
  return (
    <p className="cloze">
      {question.parts.map((part, i) => {
        if ('text' in part) return <span key={i}>{part.text}</span>;
        const blank = byId.get(part.blank);
        if (!blank) return null;
        n++;
        const label = t('qtypes.cloze.blank', { n });
        const value = Object.hasOwn(blanks, blank.id) ? blanks[blank.id]! : '';
        if (blank.choices) {
          return (
            <select key={i} aria-label={label} value={value} disabled={disabled} onChange={(e) => set(blank.id, e.target.value)}>
              <option value="">{t('qtypes.cloze.choose')}</option>
              {blank.choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          );
        }
        return <input key={i} type="text" className="cloze-input" aria-label={label} value={value} maxLength={200} disabled={disabled} onChange={(e) => set(blank.id, e.target.value)} />;
      })}
    </p>
  );
}
