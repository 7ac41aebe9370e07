import { useTranslation } from 'react-i18next';
import type { InputProps } from './types';

/** The document as a form: each field with a checkbox to mark it as a red flag. */
export function InspectionInput({ question, answer, onChange, disabled }: InputProps<'inspection'>) {
  const { t } = useTranslation();
  const flagged = answer?.flagged ?? [];
  const { document: doc } = question;
  return (
    <div className="inspection">
      <p className="hint">{t('qtypes.inspection.hint')}</p>
      <table className={`document document-${doc.kind}`}>
        <caption>{doc.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('qtypes.inspection.field')}</th>
            <th scope="col">{t('qtypes.inspection.value')}</th>
            <th scope="col">{t('qtypes.inspection.flag')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.fields.map((f) => (
            <tr key={f.id}>
              <th scope="row" id={`q-${question.id}-f-${f.id}`}>
                {f.label}
              </th>
              <td className="document-value">{f.value}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('qtypes.inspection.mark', { field: f.label })}
                  checked={flagged.includes(f.id)}
                  disabled={disabled}
                  onChange={(e) => onChange({ type: 'inspection', flagged: e.target.checked ? [...flagged, f.id] : flagged.filter((id) => id !== f.id) })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
