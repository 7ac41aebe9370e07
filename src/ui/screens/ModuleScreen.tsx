import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { findModule } from '../../core/content/catalogLookup';
import { lessonKey } from '../../core/progress/keys';
import { bestScore, moduleProgress } from '../../core/progress/summary';
import { api, ignoreBestEffortFailure } from '../api';
import { useApp } from '../appState';
import { Breadcrumb } from '../components/Breadcrumb';
import { ProgressBar } from '../components/ProgressBar';
import { routeToHash } from '../router';
import { useDocumentTitle } from '../useDocumentTitle';

export function ModuleScreen({ packId, moduleId }: { packId: string; moduleId: string }) {
  const { t } = useTranslation();
  const { catalog, progress, applyProgress } = useApp();
  const place = findModule(catalog, packId, moduleId);
  useDocumentTitle(place?.module.title);
  useEffect(() => {
    if (place) void api.setPosition({ screen: 'module', packId, moduleId }).then(applyProgress, ignoreBestEffortFailure);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [packId, moduleId]);
  if (!place) return <h1 role="alert">{t('common.notFound')}</h1>;
  const { pack, module } = place;
  const mp = moduleProgress(progress, packId, module);
  const scoreText = (quizId: string) => {
    const best = bestScore(progress, packId, quizId);
    return best !== undefined ? t('module.bestScore', { percent: Math.round(best * 100) }) : t('module.notAttempted');
  };
  return (
    <div className="module">
      <Breadcrumb packId={packId} />
      <h1 lang={pack.lang}>{module.title}</h1>
      {module.summary && <p className="lead" lang={pack.lang}>{module.summary}</p>}
      <ProgressBar done={mp.done} total={mp.total} label={t('home.moduleProgressLabel', { title: module.title })} />
      <h2>{t('module.lessonsHeading')}</h2>
      <ol className="lesson-list">
        {module.lessons.map((lesson) => {
          const lp = progress.lessons[lessonKey(packId, lesson.id)];
          const status = lp?.finishedAt ? 'finished' : lp ? 'started' : 'notStarted';
          return (
            <li key={lesson.id} className={`lesson-item status-${status}`}>
              <a href={routeToHash({ screen: 'lesson', packId, lessonId: lesson.id })} lang={pack.lang}>
                {lesson.title}
              </a>
              <span className="meta">
                {t(`module.status.${status}`)}
                {lesson.minutes !== undefined && <> · {t('lesson.minutes', { count: lesson.minutes })}</>}
              </span>
              {lesson.checkId && (
                <span className="meta">
                  <a href={routeToHash({ screen: 'quiz', packId, quizId: lesson.checkId })}>{t('module.knowledgeCheck')}</a>
                  {' · '}
                  {scoreText(lesson.checkId)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {module.quizId && (
        <section className="module-quiz" aria-labelledby="module-quiz-title">
          <h2 id="module-quiz-title">{t('module.quizHeading')}</h2>
          <p>{scoreText(module.quizId)}</p>
          <a className="button primary" href={routeToHash({ screen: 'quiz', packId, quizId: module.quizId })}>
            {t('module.takeQuiz')}
          </a>
        </section>
      )}
    </div>
  );
}
