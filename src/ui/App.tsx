import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../core/api/contract';
import type { Route } from '../core/routes';
import { AppStateProvider, useApp, type StartData } from './appState';
import { afterPaint } from './afterPaint';
import { AppHeader } from './components/AppHeader';
import { ensureToolsText } from './i18n';
import { Notices } from './components/Notices';
import { routeToHash, useRoute } from './router';
import {
  CertificateScreen,
  GlossaryScreen,
  HandoutsScreen,
  HomeScreen,
  LessonScreen,
  ModuleScreen,
  PacksScreen,
  ProfilesScreen,
  ProgressScreen,
  QuizScreen,
  ResultScreen,
  ReviewScreen,
  SettingsScreen,
  TrainerScreen,
  VerifyScreen,
  ClassesScreen,
  ClassScreen,
  ClassTraineeScreen,
  QuestionBankScreen,
  PresentScreen,
  ClassQuizScreen,
  DiagnosticScreen,
  DiagnosticCompareScreen,
} from './screens/lazyScreens';
import { isProjectedRoute } from './trainer/trainerRoutes';
import { ProfileGate } from './profiles/ProfileGate';
import type { ProfileList } from '../core/profiles/rules';

export function App({ initialSettings, startData, initialProfiles }: { initialSettings: Settings; startData?: StartData; initialProfiles: ProfileList }) {
  const { t } = useTranslation();
  // Once the first screen is painted, the tools' text follows (the trainer area link in the menu,
  // any screen opened next); the first lesson never waits for it.
  useEffect(() => afterPaint(() => void ensureToolsText().catch(() => undefined)), []);
  // One session per opened learner profile; the start-up data belongs to the first only.
  return (
    <ProfileGate initial={initialProfiles} initialSettings={initialSettings}>
      {(settings, first) => (
        <AppStateProvider initialSettings={settings} startData={first ? startData : undefined} fallback={<p className="loading">{t('common.loading')}</p>}>
          <Shell />
        </AppStateProvider>
      )}
    </ProfileGate>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'module':
      return <ModuleScreen packId={route.packId} moduleId={route.moduleId} />;
    case 'lesson':
      return <LessonScreen packId={route.packId} lessonId={route.lessonId} anchor={route.anchor} />;
    case 'quiz':
      return <QuizScreen packId={route.packId} quizId={route.quizId} />;
    case 'result':
      return <ResultScreen packId={route.packId} quizId={route.quizId} attemptId={route.attemptId} />;
    case 'glossary':
      return <GlossaryScreen packId={route.packId} termId={route.termId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'certificate':
      return <CertificateScreen packId={route.packId} />;
    case 'verify':
      return <VerifyScreen />;
    case 'review':
      return <ReviewScreen />;
    case 'progress':
      return <ProgressScreen />;
    case 'profiles':
      return <ProfilesScreen />;
    case 'trainer':
      return <TrainerScreen />;
    case 'classes':
      return <ClassesScreen />;
    case 'class':
      return <ClassScreen classId={route.classId} />;
    case 'classTrainee':
      return <ClassTraineeScreen classId={route.classId} traineeKey={route.key} />;
    case 'trainerQuestions':
      return <QuestionBankScreen />;
    case 'present':
      return <PresentScreen packId={route.packId} lessonId={route.lessonId} />;
    case 'classQuiz':
      return <ClassQuizScreen packId={route.packId} quizId={route.quizId} />;
    case 'diagnostic':
      return <DiagnosticScreen packId={route.packId} kind={route.kind} />;
    case 'diagnosticCompare':
      return <DiagnosticCompareScreen packId={route.packId} />;
    case 'handouts':
      return <HandoutsScreen />;
    case 'packs':
      return <PacksScreen offer={route.offer} />;
  }
}

function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const { catalog } = useApp();
  const main = useRef<HTMLElement>(null);
  const firstPack = catalog.packs[0]?.id;
  const routeKey = routeToHash(route);

  // After a screen change, move focus to the main region so keyboard and screen-reader users
  // start at the new content, as they would after a page load.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [routeKey]);

  // A projected screen (presentation mode) is the whole window: no header, no menu, no notices.
  if (isProjectedRoute(route)) {
    return (
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p className="loading" role="status">{t('common.loading')}</p>}>
          <Screen key={routeKey} route={route} />
        </Suspense>
      </main>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        main.current?.focus();
      }}>
        {t('nav.skipToContent')}
      </a>
      <AppHeader route={route} glossaryPackId={firstPack} />
      <main id="main" ref={main} tabIndex={-1}>
        <Notices />
        <Suspense fallback={<p className="loading" role="status">{t('common.loading')}</p>}>
          <Screen key={routeKey} route={route} />
        </Suspense>
      </main>
    </>
  );
}
