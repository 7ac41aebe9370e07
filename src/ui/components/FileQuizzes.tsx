// What a progress file holds at its quizzes: each quiz taken, its best score, and whether it was
// passed (in words, not by colour). Quiz names come from the catalog: a lesson's check is named by
// its lesson, a module's quiz by its module.
import { useTranslation } from 'react-i18next';
import { findQuiz } from '../../core/content/catalogLookup';
import type { PortableInspection } from '../../core/portable/results';
import { useApp } from '../appState';

export function FileQuizzes({ quizzes }: { quizzes: PortableInspection['quizzes'] }) {
  const { t } = useTranslation();
  const { catalog } = useApp();
  const rows = Object.entries(quizzes).map(([key, q]) => {
    const [packId = '', quizId = ''] = key.split('/');
    const place = findQuiz(catalog, packId, quizId);
    const title = place ? (place.lesson ? t('classes.ui.file.check', { lesson: place.lesson.title }) : t('classes.ui.file.moduleQuiz', { module: place.module.title })) : quizId;
    return { key, title, ...q };
  });
  if (rows.length === 0) return <p>{t('classes.ui.file.noQuiz')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table file-quizzes">
        <caption>{t('classes.ui.file.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progressScreen.col.quiz')}</th>
            <th scope="col">{t('progressScreen.col.attempts')}</th>
            <th scope="col">{t('progressScreen.col.best')}</th>
            <th scope="col">{t('classes.ui.file.result')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.title}</th>
              <td>{r.attempts}</td>
              <td>{t('progressScreen.percent', { percent: Math.round(r.bestScore * 100) })}</td>
              <td>{r.passes > 0 ? t('progressScreen.passed') : t('classes.failed')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
