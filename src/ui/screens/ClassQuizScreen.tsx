// Trainer area → Whole-class quiz: any quiz of the course, run for the room (see
// ../trainer/ClassQuizRunner). Seed 0: the pack's own order, the same in every session.
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { useProfiles } from '../profiles/ProfileGate';
import { ClassQuizRunner } from '../trainer/ClassQuizRunner';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { TrainerOnly } from './TrainerScreen';
import '../trainer/classroom.css';
import { BackToTrainerArea } from '../trainer/BackToTrainerArea';

export function ClassQuizScreen({ packId, quizId }: { packId: string; quizId: string }) {
  const { t } = useTranslation();
  const { settings, catalog } = useApp();
  const { active } = useProfiles();
  const state = useAsync(() => api.getQuiz({ packId, quizId, lang: settings.language, seed: 0 }), [packId, quizId, settings.language]);
  useDocumentTitle(t('trainer.hub.classQuiz'));
  if (active.role !== 'trainer') return <TrainerOnly />;
  const modules = catalog.packs.find((p) => p.id === packId)?.modules ?? [];
  const moduleTitles = Object.fromEntries(modules.map((m) => [m.id, m.title]));
  return (
    <div className="trainer">
      <BackToTrainerArea />
      <AsyncView state={state}>
        {(quiz) => (
          <ClassQuizRunner
            quiz={{
              kind: 'quiz',
              packId,
              quizId,
              title: quiz.title,
              lang: quiz.lang,
              questions: quiz.questions.map((question) => ({ moduleId: quiz.moduleId, question })),
              moduleTitles,
            }}
          />
        )}
      </AsyncView>
    </div>
  );
}
