import { useTranslation } from 'react-i18next';
import { findLesson, findModule, findQuiz } from '../../core/content/catalogLookup';
import type { Position } from '../../core/progress/model';
import { moduleProgress, overallProgress } from '../../core/progress/summary';
import { useApp } from '../appState';
import { FallbackNotice } from '../components/FallbackNotice';
import { ProgressBar } from '../components/ProgressBar';
import { CertificateLink } from '../components/CertificateLink';
import { ReviewSummary } from '../components/ReviewSummary';
import { ProfileSwitcher } from '../profiles/ProfileSwitcher';
import { routeToHash } from '../router';
import { useDocumentTitle } from '../useDocumentTitle';
import type { Catalog } from '../../core/content/views';

function ContinueCard({ position, catalog }: { position: Position; catalog: Catalog }) {
  const { t } = useTranslation();
  let label: string | undefined;
  let href: string | undefined;
  if (position.screen === 'lesson') {
    const place = findLesson(catalog, position.packId, position.lessonId);
    if (place) {
      label = t('home.continueLesson', { title: place.lesson.title });
      href = routeToHash({ screen: 'lesson', packId: position.packId, lessonId: position.lessonId });
    }
  } else if (position.screen === 'quiz') {
    const place = findQuiz(catalog, position.packId, position.quizId);
    if (place) {
      label = place.lesson ? t('home.continueCheck', { title: place.lesson.title }) : t('home.continueQuiz', { title: place.module.title });
      href = routeToHash({ screen: 'quiz', packId: position.packId, quizId: position.quizId });
    }
  } else {
    const place = findModule(catalog, position.packId, position.moduleId);
    if (place) {
      label = t('home.continueModule', { title: place.module.title });
      href = routeToHash({ screen: 'module', packId: position.packId, moduleId: position.moduleId });
    }
  }
  if (!label || !href) return null;
  return (
    <section className="continue-card" aria-labelledby="continue-title">
      <h2 id="continue-title">{t('home.continueTitle')}</h2>
      <p>{label}</p>
      <a className="button primary" href={href}>
        {t('home.continueButton')}
      </a>
    </section>
  );
}

export function HomeScreen() {
  const { t } = useTranslation();
  const { catalog, progress } = useApp();
  useDocumentTitle(undefined);
  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ProfileSwitcher />
      {progress.position && <ContinueCard position={progress.position} catalog={catalog} />}
      <ReviewSummary />
      {catalog.packs.length === 0 && <p role="alert">{t('home.noContent')}</p>}
      {catalog.packs.map((pack) => {
        const overall = overallProgress(progress, pack.id, pack.modules);
        return (
          <section key={pack.id} className="pack" aria-labelledby={`pack-${pack.id}`}>
            <h2 id={`pack-${pack.id}`} lang={pack.lang}>{pack.title}</h2>
            <FallbackNotice show={pack.fallback} contentLang={pack.lang} />
            {pack.description && <p lang={pack.lang}>{pack.description}</p>}
            <div className="overall">
              <span>{t('home.overall')}</span>
              <ProgressBar done={overall.done} total={overall.total} label={t('home.overallLabel', { title: pack.title })} />
            </div>
            <CertificateLink packId={pack.id} />
            <ul className="module-list">
              {pack.modules.map((m, i) => {
                const mp = moduleProgress(progress, pack.id, m);
                return (
                  <li key={m.id} className="module-card">
                    <h3>
                      <a href={routeToHash({ screen: 'module', packId: pack.id, moduleId: m.id })}>
                        {t('home.moduleNumber', { n: i + 1 })} <span lang={pack.lang}>{m.title}</span>
                      </a>
                    </h3>
                    {m.summary && <p lang={pack.lang}>{m.summary}</p>}
                    <ProgressBar done={mp.done} total={mp.total} label={t('home.moduleProgressLabel', { title: m.title })} />
                    <p className="meta">
                      {t('home.lessonCount', { count: m.lessons.length })}
                      {mp.quizPassed && <> · <span className="badge badge-pass">{t('module.quizPassed')}</span></>}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
