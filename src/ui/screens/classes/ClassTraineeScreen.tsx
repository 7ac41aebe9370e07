// One trainee of a class: the same view "My progress" gives the learner, from their merged record.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useApp } from '../../appState';
import { AsyncView } from '../../components/AsyncView';
import { routeToHash } from '../../router';
import { useAsync } from '../../useAsync';
import { useDocumentTitle } from '../../useDocumentTitle';
import { PackProgress } from '../ProgressScreen';

export function ClassTraineeScreen({ classId, traineeKey }: { classId: string; traineeKey: string }) {
  const { t, i18n } = useTranslation();
  const { settings } = useApp();
  const state = useAsync(() => api.getClassTrainee({ classId, key: traineeKey, lang: settings.language }), [classId, traineeKey, settings.language]);
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <div className="progress-screen">
      <p>
        <a href={routeToHash({ screen: 'class', classId })}>{t('classes.ui.backToClass')}</a>
      </p>
      <AsyncView state={state}>
        {(v) => (
          <>
            <Title name={v.name ?? t('classes.unnamed')} />
            <h1>{v.name ?? t('classes.unnamed')}</h1>
            {v.group && <p className="lead">{t('classes.ui.groups', { groups: v.group })}</p>}
            <h2>{t('classes.ui.trainee.files')}</h2>
            <ul>
              {v.files.map((f) => (
                <li key={`${f.fileName}-${f.importedAt}`}>{t('classes.ui.trainee.file', { file: f.fileName, saved: date(f.exportedAt), imported: date(f.importedAt) })}</li>
              ))}
            </ul>
            <PackProgress report={v.report} />
          </>
        )}
      </AsyncView>
    </div>
  );
}

function Title({ name }: { name: string }) {
  useDocumentTitle(name);
  return null;
}
