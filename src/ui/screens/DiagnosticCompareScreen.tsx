// Trainer area → Pre-test and post-test compared: the share correct per module in the last
// pre-test and the last post-test of a pack, and the difference (in percentage points).
import { useTranslation } from 'react-i18next';
import { compareSessions } from '../../core/trainer/classSession';
import { api } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { useProfiles } from '../profiles/ProfileGate';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { TrainerOnly } from './TrainerScreen';
import '../trainer/classroom.css';
import { BackToTrainerArea } from '../trainer/BackToTrainerArea';

export function DiagnosticCompareScreen({ packId }: { packId: string }) {
  const { t } = useTranslation();
  const { catalog } = useApp();
  const { active } = useProfiles();
  const trainer = active.role === 'trainer';
  const state = useAsync(() => (trainer ? api.listClassSessions({ packId }) : Promise.resolve([])), [packId, trainer ? 1 : 0]);
  useDocumentTitle(t('trainer.diagnostic.compareTitle'));
  if (!trainer) return <TrainerOnly />;
  const modules = catalog.packs.find((p) => p.id === packId)?.modules ?? [];
  const titleOf = (id: string) => modules.find((m) => m.id === id)?.title ?? id;
  const pct = (share: number | undefined) => (share === undefined ? '–' : t('trainer.percent', { percent: Math.round(share * 100) }));
  return (
    <div className="trainer">
      <BackToTrainerArea />
      <h1>{t('trainer.diagnostic.compareTitle')}</h1>
      <AsyncView state={state}>
        {(sessions) => {
          const pre = sessions.find((s) => s.kind === 'pretest');
          const post = sessions.find((s) => s.kind === 'posttest');
          if (!pre && !post) return <p>{t('trainer.diagnostic.none')}</p>;
          const rows = compareSessions(pre, post);
          return (
            <>
              <p>
                {pre ? t('trainer.diagnostic.preOn', { date: new Date(pre.startedAt).toLocaleDateString() }) : t('trainer.diagnostic.noPre')}{' '}
                {post ? t('trainer.diagnostic.postOn', { date: new Date(post.startedAt).toLocaleDateString() }) : t('trainer.diagnostic.noPost')}
              </p>
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a table that scrolls at 320 px must be reachable by keyboard */}
              <div className="table-wrap" role="region" tabIndex={0} aria-label={t('trainer.diagnostic.caption')}>
              <table className="summary-table">
                <caption>{t('trainer.diagnostic.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('trainer.csv.module')}</th>
                    <th scope="col">{t('trainer.diagnostic.pre')}</th>
                    <th scope="col">{t('trainer.diagnostic.post')}</th>
                    <th scope="col">{t('trainer.diagnostic.difference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.moduleId}>
                      <th scope="row">{titleOf(r.moduleId)}</th>
                      <td>{pct(r.pre)}</td>
                      <td>{pct(r.post)}</td>
                      <td>{r.difference === undefined ? '–' : t('trainer.diagnostic.points', { points: (r.difference >= 0 ? '+' : '−') + String(Math.abs(Math.round(r.difference * 100))) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </>
          );
        }}
      </AsyncView>
    </div>
  );
}
