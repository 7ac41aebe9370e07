// A trainer tool's choice of course (pack), among those loaded, with its label.
import { useTranslation } from 'react-i18next';
import { useApp } from '../appState';

export function PackSelect({ id, value, onChange }: { id: string; value: string; onChange(packId: string): void }) {
  const { t } = useTranslation();
  const { catalog } = useApp();
  return (
    <p>
      <label htmlFor={id}>{t('trainer.export.pack')}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {catalog.packs.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </p>
  );
}
