import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inOrder, type InputProps } from './types';

/** A list with "move up" and "move down" buttons on each item, announced to screen readers. */
export function OrderingInput({ question, order, answer, onChange, disabled }: InputProps<'ordering'>) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const current = inOrder(question.items, answer?.order ?? order);
  const move = (from: number, to: number) => {
    const next = current.map((i) => i.id);
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    onChange({ type: 'ordering', order: next });
    setAnnouncement(t('qtypes.ordering.moved', { item: current[from]!.text, position: to + 1, total: next.length }));
    // Keep the keyboard on the moved item's button after the list re-renders.
    requestAnimationFrame(() => document.getElementById(`q-${question.id}-o-${id}-${to < from ? 'up' : 'down'}`)?.focus());
  };
  return (
    <div className="ordering">
      <p className="hint">{t('qtypes.ordering.hint')}</p>
      <ol className="ordering-list">
        {current.map((item, i) => (
          <li key={item.id} className="ordering-item">
            <span className="ordering-text">{item.text}</span>
            <span className="ordering-buttons">
              <button
                type="button"
                id={`q-${question.id}-o-${item.id}-up`}
                disabled={disabled || i === 0}
                aria-label={t('qtypes.ordering.up', { item: item.text })}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                id={`q-${question.id}-o-${item.id}-down`}
                disabled={disabled || i === current.length - 1}
                aria-label={t('qtypes.ordering.down', { item: item.text })}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
