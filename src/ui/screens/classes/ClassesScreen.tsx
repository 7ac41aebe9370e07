// Trainer area → Classes: the trainer's classes, and a form to create one (name, dates, groups).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassSummary } from '../../../core/classes/results';
import { api } from '../../api';
import { AsyncView } from '../../components/AsyncView';
import { ErrorMessage } from '../../errors/ErrorMessage';
import { navigate, routeToHash } from '../../router';
import { useAsync } from '../../useAsync';
import { useDocumentTitle } from '../../useDocumentTitle';
import { useAction } from '../../useAction';

export function ClassesScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('classes.ui.title'));
  const state = useAsync(() => api.listClasses(), []);
  return (
    <div className="classes-screen">
      <p>
        <a href={routeToHash({ screen: 'trainer' })}>{t('classes.ui.backToTrainer')}</a>
      </p>
      <h1>{t('classes.ui.title')}</h1>
      <p className="lead">{t('classes.ui.intro')}</p>
      <AsyncView state={state}>{(list) => <ClassList classes={list} />}</AsyncView>
      <CreateClass />
    </div>
  );
}

function ClassList({ classes }: { classes: ClassSummary[] }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  if (classes.length === 0) return <p>{t('classes.ui.noClasses')}</p>;
  return (
    <ul className="class-list">
      {classes.map((c) => (
        <li key={c.id}>
          <a href={routeToHash({ screen: 'class', classId: c.id })}>{c.name}</a>{' '}
          <span className="muted">
            {t('classes.ui.traineeCount', { count: c.trainees })}
            {c.startsOn && c.endsOn ? ` · ${t('classes.ui.dates', { from: day(c.startsOn), to: day(c.endsOn) })}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function CreateClass() {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [groups, setGroups] = useState('');
  const { busy, error, setError, run } = useAction();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!name.trim()) {
      setError({ key: 'classes.ui.nameNeeded', params: {} });
      return;
    }
    await run(async () => {
      const labels = groups
        .split(/[,;\n]/)
        .map((g) => g.trim())
        .filter(Boolean);
      const created = await api.createClass({ name, ...(startsOn ? { startsOn } : {}), ...(endsOn ? { endsOn } : {}), ...(labels.length ? { groups: labels } : {}) });
      navigate({ screen: 'class', classId: created.id });
    });
  };

  return (
    <section aria-labelledby={`${id}-h`} className="trainer-card">
      <h2 id={`${id}-h`}>{t('classes.ui.create.heading')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <p>
          <label htmlFor={`${id}-name`}>{t('classes.ui.create.name')}</label>
          <br />
          <input id={`${id}-name`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
        </p>
        <p className="date-pair">
          <span>
            <label htmlFor={`${id}-from`}>{t('classes.ui.create.startsOn')}</label>
            <br />
            <input id={`${id}-from`} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
          </span>{' '}
          <span>
            <label htmlFor={`${id}-to`}>{t('classes.ui.create.endsOn')}</label>
            <br />
            <input id={`${id}-to`} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
          </span>
        </p>
        <p>
          <label htmlFor={`${id}-groups`}>{t('classes.ui.create.groups')}</label>
          <br />
          <input id={`${id}-groups`} value={groups} onChange={(e) => setGroups(e.target.value)} aria-describedby={`${id}-groups-help`} />
          <br />
          <span id={`${id}-groups-help`} className="muted">
            {t('classes.ui.create.groupsHelp')}
          </span>
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {t('classes.ui.create.button')}
        </button>
        {error !== null && <ErrorMessage error={error} variant="field" id={`${id}-error`} />}
      </form>
    </section>
  );
}
