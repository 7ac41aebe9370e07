// One class: import trainees' files, the roster and the trainees × modules table, the charts,
// pre-test vs post-test when the trainer ran them, the item analysis, exports, and deleting it.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../core/classes/results';
import type { ClassCsvKind } from '../../../core/classes/classCsv';
import { api } from '../../api';
import { useApp } from '../../appState';
import { AsyncView } from '../../components/AsyncView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { saveFile } from '../../download';
import { ErrorMessage } from '../../errors/ErrorMessage';
import { navigate, routeToHash } from '../../router';
import { useAsync } from '../../useAsync';
import { useDocumentTitle } from '../../useDocumentTitle';
import { ClassCharts } from './ClassCharts';
import { ClassImport } from './ClassImport';
import { ClassTables } from './ClassTables';
import { ItemAnalysis } from './ItemAnalysis';

export function ClassScreen({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const { settings } = useApp();
  // Bumped after each change, so the figures are read again.
  const [version, setVersion] = useState(0);
  const state = useAsync(() => api.getClass({ classId, lang: settings.language }), [classId, settings.language, version]);
  const refresh = () => setVersion((v) => v + 1);
  // While the figures are read again after a change, the screen keeps showing the last ones, so
  // the import's report and the table's sort and filter stay where they are.
  const [last, setLast] = useState<ClassView | null>(null);
  if (state.status === 'ready' && state.value !== last) setLast(state.value);
  const shown = state.status === 'ready' ? state.value : state.status === 'error' ? null : last;
  return (
    <div className="class-screen">
      <p>
        <a href={routeToHash({ screen: 'classes' })}>{t('classes.ui.backToClasses')}</a>
      </p>
      {shown ? (
        <ClassBody view={shown} onChanged={refresh} version={version}>
          <ClassImport classId={classId} onImported={refresh} />
        </ClassBody>
      ) : (
        <AsyncView state={state}>{() => null}</AsyncView>
      )}
    </div>
  );
}

function ClassBody({ view, onChanged, version, children }: { view: ClassView; onChanged(): void; version: number; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { info, tables } = view;
  useDocumentTitle(info.name);
  const [showItems, setShowItems] = useState(false);
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return (
    <>
      <h1>{info.name}</h1>
      <p className="lead">
        {t('classes.ui.traineeCount', { count: info.trainees })}
        {info.startsOn && info.endsOn ? ` · ${t('classes.ui.dates', { from: day(info.startsOn), to: day(info.endsOn) })}` : ''}
        {info.groups.length > 0 ? ` · ${t('classes.ui.groups', { groups: info.groups.join(', ') })}` : ''}
      </p>
      {children}
      {tables.rows.length > 0 && (
        <>
          <ClassTables classId={info.id} tables={tables} groups={info.groups} onChanged={onChanged} />
          <ClassCharts tables={tables} />
          <PrePost view={view} />
          {showItems ? (
            <ItemAnalysis classId={info.id} version={version} />
          ) : (
            <p>
              <button type="button" className="primary" onClick={() => setShowItems(true)}>
                {t('classes.ui.items.open')}
              </button>
            </p>
          )}
          <Exports classId={info.id} />
        </>
      )}
      <DeleteClass classId={info.id} name={info.name} />
    </>
  );
}

function PrePost({ view }: { view: ClassView }) {
  const { t } = useTranslation();
  const id = useId();
  if (view.prePost.length === 0) return null;
  const title = (moduleId: string) => view.tables.modules.find((m) => m.id === moduleId)?.title ?? moduleId;
  const pct = (x: number | undefined) => (x === undefined ? t('classes.ui.none') : t('progressScreen.percent', { percent: Math.round(x * 100) }));
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('classes.ui.prePost.heading')}</h2>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{t('classes.ui.prePost.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progressScreen.col.module')}</th>
              <th scope="col">{t('classes.ui.prePost.pre')}</th>
              <th scope="col">{t('classes.ui.prePost.post')}</th>
              <th scope="col">{t('classes.ui.prePost.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {view.prePost.map((r) => (
              <tr key={r.moduleId}>
                <th scope="row">{title(r.moduleId)}</th>
                <td>{pct(r.pre)}</td>
                <td>{pct(r.post)}</td>
                <td>{r.difference === undefined ? t('classes.ui.none') : t('classes.ui.prePost.points', { points: `${r.difference >= 0 ? '+' : '−'}${Math.abs(Math.round(r.difference * 100))}` })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Exports({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const { settings } = useApp();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const run = async (get: () => Promise<{ fileName: string; text: string }>, type: string, binary: boolean) => {
    setError(null);
    setSaved(null);
    try {
      const out = await get();
      saveFile(out.fileName, binary ? Uint8Array.from(atob(out.text), (c) => c.charCodeAt(0)) : out.text, type);
      setSaved(out.fileName);
    } catch (err) {
      setError(err);
    }
  };
  const csv = (kind: ClassCsvKind) => run(() => api.exportClassCsv({ classId, kind, lang: settings.language }), 'text/csv;charset=utf-8', false);
  return (
    <section aria-labelledby={`${id}-h`} className="trainer-card">
      <h2 id={`${id}-h`}>{t('classes.ui.export.heading')}</h2>
      <p>{t('classes.ui.export.help')}</p>
      <p className="actions">
        <button type="button" onClick={() => void csv('roster')}>
          {t('classes.ui.export.roster')}
        </button>{' '}
        <button type="button" onClick={() => void csv('modules')}>
          {t('classes.ui.export.modules')}
        </button>{' '}
        <button type="button" onClick={() => void csv('items')}>
          {t('classes.ui.export.items')}
        </button>{' '}
        <button type="button" onClick={() => void run(() => api.exportClassPdf({ classId, lang: settings.language }), 'application/pdf', true)}>
          {t('classes.ui.export.pdf')}
        </button>
      </p>
      <p role="status">{saved ? t('classes.ui.export.saved', { file: saved }) : ''}</p>
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}

function DeleteClass({ classId, name }: { classId: string; name: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    setConfirming(false);
    try {
      await api.deleteClass({ classId });
      navigate({ screen: 'classes' });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="danger-zone">
      <button type="button" onClick={() => setConfirming(true)}>
        {t('classes.ui.delete.button')}
      </button>
      {error !== null && <ErrorMessage error={error} />}
      <ConfirmDialog
        open={confirming}
        title={t('classes.ui.delete.title', { name })}
        body={t('classes.ui.delete.body')}
        confirmLabel={t('classes.ui.delete.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      />
    </section>
  );
}
