import { useTranslation } from 'react-i18next';
import { findLesson, findModule, findQuiz, nextAfterQuiz } from '../../core/content/catalogLookup';
import type { Catalog, PackSummary } from '../../core/content/views';
import type { Position } from '../../core/progress/model';
import { moduleProgress, overallProgress, quizStats, type ProgressFigures } from '../../core/progress/summary';
import type { Route } from '../../core/routes';
import { useApp } from '../appState';
import { CertificateLink } from '../components/CertificateLink';
import { FallbackNotice } from '../components/FallbackNotice';
import { ProgressBar } from '../components/ProgressBar';
import { ReviewSummary } from '../components/ReviewSummary';
import { ProfileSwitcher } from '../profiles/ProfileSwitcher';
import { routeToHash } from '../router';
import { useDocumentTitle } from '../useDocumentTitle';

type T = ReturnType<typeof useTranslation>['t'];

/** Where "Continue" leads, and what it names: never back into a quiz the learner has finished. */
function continueTarget(t: T, position: Position, catalog: Catalog, progress: ProgressFigures): { label: string; route: Route } | undefined {
  if (position.screen === 'lesson') {
    const place = findLesson(catalog, position.packId, position.lessonId);
    return place && { label: place.lesson.title, route: { screen: 'lesson', packId: position.packId, lessonId: position.lessonId } };
  }
  if (position.screen === 'quiz') {
    const { packId, quizId } = position;
    const place = findQuiz(catalog, packId, quizId);
    if (!place) return undefined;
    if (quizStats(progress, packId, quizId) !== undefined) {
      const next = nextAfterQuiz(catalog, packId, quizId);
      if (next?.kind === 'lesson') return { label: next.lesson.title, route: { screen: 'lesson', packId, lessonId: next.lesson.id } };
      if (next?.kind === 'quiz') return { label: t('home.continueQuiz', { title: next.module.title }), route: { screen: 'quiz', packId, quizId: next.quizId } };
      return { label: place.module.title, route: { screen: 'module', packId, moduleId: place.module.id } };
    }
    const label = place.lesson ? t('home.continueCheck', { title: place.lesson.title }) : t('home.continueQuiz', { title: place.module.title });
    return { label, route: { screen: 'quiz', packId, quizId } };
  }
  const place = findModule(catalog, position.packId, position.moduleId);
  return place && { label: place.module.title, route: { screen: 'module', packId: position.packId, moduleId: position.moduleId } };
}

/** The one primary action of the home screen: start the course, or continue where the learner left off. */
function WayIn({ pack }: { pack: PackSummary }) {
  const { t } = useTranslation();
  const { catalog, progress } = useApp();
  const target = progress.position && continueTarget(t, progress.position, catalog, progress);
  if (target) {
    return (
      <section className="continue-card" aria-labelledby="continue-title">
        <h2 id="continue-title">{t('home.continueTitle')}</h2>
        <a className="button primary" href={routeToHash(target.route)} lang={pack.lang}>
          {t('ux.home.continue', { title: target.label })}
        </a>
      </section>
    );
  }
  const first = pack.modules.find((m) => m.lessons.length > 0);
  const lesson = first?.lessons[0];
  if (!first || !lesson) return null;
  return (
    <section className="continue-card" aria-labelledby="continue-title">
      <h2 id="continue-title">{t('ux.home.startTitle')}</h2>
      <p>{t('ux.home.startText', { module: first.title, lesson: lesson.title })}</p>
      <a className="button primary" href={routeToHash({ screen: 'lesson', packId: pack.id, lessonId: lesson.id })}>
        {t('ux.home.start')}
      </a>
    </section>
  );
}

/** The course at a glance: one tile per module, with its progress. */
function CourseMap({ pack }: { pack: PackSummary }) {
  const { t } = useTranslation();
  const { progress } = useApp();
  const overall = overallProgress(progress, pack.id, pack.modules);
  return (
    <section className="pack" aria-labelledby={`pack-${pack.id}`}>
      <h2 id={`pack-${pack.id}`} lang={pack.lang}>
        {pack.title}
      </h2>
      <FallbackNotice show={pack.fallback} contentLang={pack.lang} />
      <div className="overall">
        <span>{t('home.overall')}</span>
        <ProgressBar done={overall.done} total={overall.total} label={t('home.overallLabel', { title: pack.title })} />
      </div>
      <CertificateLink packId={pack.id} />
      <ol className="course-map">
        {pack.modules.map((m, i) => {
          const mp = moduleProgress(progress, pack.id, m);
          return (
            <li key={m.id} className="module-card">
              <a href={routeToHash({ screen: 'module', packId: pack.id, moduleId: m.id })}>
                <span className="module-number">{t('home.moduleNumber', { n: i + 1 })}</span> <span lang={pack.lang}>{m.title}</span>
              </a>
              <ProgressBar done={mp.done} total={mp.total} label={t('home.moduleProgressLabel', { title: m.title })} />
              <p className="meta">
                {t('home.lessonCount', { count: m.lessons.length })}
                {mp.quizPassed && (
                  <>
                    {' '}
                    · <span className="badge badge-pass">{t('module.quizPassed')}</span>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function HomeScreen() {
  const { t } = useTranslation();
  const { catalog } = useApp();
  useDocumentTitle(undefined);
  const first = catalog.packs[0];
  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ProfileSwitcher />
      {first && <WayIn pack={first} />}
      <ReviewSummary />
      {catalog.packs.length === 0 && <p role="alert">{t('home.noContent')}</p>}
      {catalog.packs.map((pack) => (
        <CourseMap key={pack.id} pack={pack} />
      ))}
    </div>
  );
}
