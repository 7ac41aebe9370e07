// The roster and the trainees × modules table: one row per trainee, sortable by any column
// (buttons in the headers, aria-sort says the order) and filtered by group. Cells say their value
// in words and numbers; the colour of a module cell only repeats it.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassTables as Tables, ModuleCell, TraineeRow } from '../../../core/classes/tables';
import { api } from '../../api';
import { ErrorMessage } from '../../errors/ErrorMessage';
import { routeToHash } from '../../router';
import { formatStudyTime } from '../../studyTimeText';

type SortKey = 'name' | 'group' | 'completion' | 'final' | 'time' | 'last' | `module:${string}`;
type Sort = { key: SortKey; dir: 'asc' | 'desc' };

const pct = (x: number) => Math.round(x * 100);
const share = (done: number, total: number) => (total === 0 ? 0 : done / total);
/** A module cell's level for its colour: done, under way, not started. */
const level = (c: ModuleCell) => (c.total > 0 && c.done === c.total ? 'done' : c.done > 0 ? 'partial' : 'none');

function sortValue(r: TraineeRow, key: SortKey, unnamed: string): string | number {
  switch (key) {
    case 'name':
      return (r.name ?? unnamed).toLocaleLowerCase();
    case 'group':
      return (r.group ?? '').toLocaleLowerCase();
    case 'completion':
      return share(r.done, r.total);
    case 'final':
      return r.finalExam?.score ?? -1;
    case 'time':
      return r.studyTimeMs;
    case 'last':
      return r.lastActivity ?? '';
    default: {
      const cell = r.modules.find((m) => m.moduleId === key.slice('module:'.length));
      return cell ? share(cell.done, cell.total) * 10 + (cell.best ?? 0) : -1;
    }
  }
}

export function ClassTables({ classId, tables, groups, onChanged }: { classId: string; tables: Tables; groups: string[]; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 'asc' });
  const [group, setGroup] = useState<string>('*');
  const [error, setError] = useState<unknown>(null);
  const unnamed = t('classes.unnamed');
  const rows = useMemo(() => {
    const shown = tables.rows.filter((r) => group === '*' || (group === '-' ? !r.group : r.group === group));
    const collator = new Intl.Collator(i18n.language);
    return [...shown].sort((a, b) => {
      const x = sortValue(a, sort.key, unnamed);
      const y = sortValue(b, sort.key, unnamed);
      const c = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
      return (sort.dir === 'asc' ? c : -c) || collator.compare(a.name ?? '', b.name ?? '');
    });
  }, [tables.rows, group, sort, unnamed, i18n.language]);
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const percent = (x: number | undefined) => (x === undefined ? t('classes.ui.none') : t('progressScreen.percent', { percent: pct(x) }));

  const header = (key: SortKey, label: string) => <HeaderCell label={label} sortKey={key} sort={sort} setSort={setSort} />;

  const assign = async (key: string, value: string) => {
    setError(null);
    try {
      await api.setClassTraineeGroup({ classId, key, group: value === '' ? null : value });
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const remove = async (key: string) => {
    setError(null);
    try {
      await api.removeClassTrainee({ classId, key });
      onChanged();
    } catch (err) {
      setError(err);
    }
  };

  const nameCell = (r: TraineeRow) => (
    <th scope="row">
      <a href={routeToHash({ screen: 'classTrainee', classId, key: r.key })}>{r.name ?? unnamed}</a>
    </th>
  );

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('classes.ui.roster.heading')}</h2>
      {groups.length > 0 && (
        <p>
          <label htmlFor={`${id}-filter`}>{t('classes.ui.roster.filter')}</label>{' '}
          <select id={`${id}-filter`} value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="*">{t('classes.ui.roster.allGroups')}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
            <option value="-">{t('classes.ui.roster.noGroup')}</option>
          </select>
        </p>
      )}
      <p role="status" className="muted">
        {t('classes.ui.roster.shown', { count: rows.length, total: tables.rows.length })}
      </p>
      {error !== null && <ErrorMessage error={error} />}
      <div className="table-wrap">
        <table className="data-table class-roster">
          <caption id={`${id}-roster`}>{t('classes.ui.roster.caption')}</caption>
          <thead>
            <tr>
              {header('name', t('classes.csv.name'))}
              {header('group', t('classes.csv.group'))}
              {header('completion', t('classes.ui.roster.completion'))}
              {tables.modules
                .filter((m) => m.quizId)
                .map((m) => (
                  <th scope="col" key={m.id}>
                    {t('classes.ui.roster.bestLast', { module: m.title })}
                  </th>
                ))}
              {header('final', t('classes.ui.roster.final'))}
              {header('time', t('classes.ui.roster.time'))}
              {header('last', t('classes.csv.lastActivity'))}
              <th scope="col">{t('classes.ui.roster.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                {nameCell(r)}
                <td>
                  {groups.length > 0 ? (
                    <select aria-label={t('classes.ui.roster.groupOf', { name: r.name ?? unnamed })} value={r.group ?? ''} onChange={(e) => void assign(r.key, e.target.value)}>
                      <option value="">{t('classes.ui.roster.noGroup')}</option>
                      {groups.map((g) => (
                        <option key={g} value={g}>
                          {g}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t('classes.ui.roster.noGroup')
                  )}
                </td>
                <td>{t('classes.ui.roster.doneOf', { done: r.done, total: r.total, percent: pct(share(r.done, r.total)) })}</td>
                {r.modules
                  .filter((m) => m.quizId)
                  .map((m) => (
                    <td key={m.moduleId}>{m.best === undefined ? t('classes.ui.notTaken') : t('classes.ui.roster.bestLastValue', { best: pct(m.best), last: pct(m.last ?? 0) })}</td>
                  ))}
                <td>{r.finalExam ? `${percent(r.finalExam.score)} (${t(r.finalExam.passed ? 'classes.passed' : 'classes.failed')})` : t('classes.ui.notTaken')}</td>
                <td>{formatStudyTime(t, r.studyTimeMs)}</td>
                <td>{r.lastActivity ? date(r.lastActivity) : t('classes.ui.none')}</td>
                <td>
                  <button type="button" onClick={() => void remove(r.key)}>
                    {t('classes.ui.roster.remove', { name: r.name ?? unnamed })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id={`${id}-m`}>{t('classes.ui.matrix.heading')}</h2>
      <p>{t('classes.ui.matrix.help')}</p>
      <div className="table-wrap">
        <table className="data-table class-matrix">
          <caption id={`${id}-matrix`}>{t('classes.ui.matrix.caption')}</caption>
          <thead>
            <tr>
              {header('name', t('classes.csv.name'))}
              {tables.modules.map((m) => (
                <HeaderCell key={m.id} label={m.title} sortKey={`module:${m.id}`} sort={sort} setSort={setSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                {nameCell(r)}
                {r.modules.map((m) => (
                  <td key={m.moduleId} className={`cell-${level(m)}`}>
                    {t(`classes.ui.matrix.level.${level(m)}`)} · {t('classes.ui.matrix.value', { percent: pct(share(m.done, m.total)) })}
                    {m.best !== undefined && <> · {t('classes.ui.matrix.best', { percent: pct(m.best) })}</>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function HeaderCell({ label, sortKey, sort, setSort }: { label: string; sortKey: SortKey; sort: Sort; setSort(s: Sort): void }) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => setSort({ key: sortKey, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}>
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
