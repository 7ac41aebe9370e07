import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedClassSession } from '../../core/trainer/classSession';
import { sessionForClass } from '../../core/trainer/classRecord';
import { api } from '../api';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useAsync } from '../useAsync';

/** After a session is saved: file it in one of the trainer's classes, where the class view compares pre- and post-tests. */
export function AddToClass({ session }: { session: SavedClassSession }) {
  const { t } = useTranslation();
  const id = useId();
  const classes = useAsync(() => api.listClasses(), []);
  const [classId, setClassId] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const record = sessionForClass(session);
  if (!record) return <p>{t('trainer.classQuiz.addToClass.nothing')}</p>;
  if (classes.status !== 'ready') return null;
  const list = classes.value;
  if (list.length === 0) return <p>{t('trainer.classQuiz.addToClass.noClass')}</p>;
  const chosen = list.find((c) => c.id === classId) ?? list[0]!;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const c = await api.recordClassSession({ classId: chosen.id, session: record });
      setAdded(c.name);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="add-to-class">
      <label htmlFor={id}>{t('trainer.classQuiz.addToClass.label')}</label>{' '}
      <select id={id} value={chosen.id} onChange={(e) => setClassId(e.target.value)}>
        {list.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>{' '}
      <button type="submit" disabled={added !== null}>
        {t('trainer.classQuiz.addToClass.button')}
      </button>
      <div aria-live="polite">
        {added && <p className="notice notice-info">{t('trainer.classQuiz.addToClass.added', { name: added })}</p>}
        {error !== null && <ErrorMessage error={error} context="errors.context.trainer" />}
      </div>
    </form>
  );
}
