// Trainer area → Pre-test / post-test: the diagnostic quiz run for the room as a class session
// of kind 'pretest' or 'posttest'. The post-test asks what the last pre-test asked (same seed),
// so the comparison is question for question.
import { useTranslation } from 'react-i18next';
import type { DiagnosticKind } from '../../core/routes';
import { api } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { useProfiles } from '../profiles/ProfileGate';
import { routeToHash } from '../router';
import { ClassQuizRunner } from '../trainer/ClassQuizRunner';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { TrainerOnly } from './TrainerScreen';
import '../trainer/classroom.css';
import { BackToTrainerArea } from '../trainer/BackToTrainerArea';

/** The seed of a new pre-test: any 32-bit number; the post-test reuses the pre-test's. */
const newSeed = () => Math.floor(Math.random() * 2 ** 32);

async function loadDiagnostic(packId: string, kind: DiagnosticKind, lang: string) {
  const previous = await api.listClassSessions({ packId });
  const pre = previous.find((s) => s.kind === 'pretest');
  const seed = kind === 'posttest' && pre?.seed !== undefined ? pre.seed : newSeed();
  return api.getDiagnosticQuiz({ packId, lang, seed });
}

export function DiagnosticScreen({ packId, kind }: { packId: string; kind: DiagnosticKind }) {
  const { t } = useTranslation();
  const { settings, catalog } = useApp();
  const { active } = useProfiles();
  const trainer = active.role === 'trainer';
  const state = useAsync(() => (trainer ? loadDiagnostic(packId, kind, settings.language) : Promise.resolve(null)), [packId, kind, settings.language, trainer ? 1 : 0]);
  const title = t(`trainer.diagnostic.${kind}`, { pack: catalog.packs.find((p) => p.id === packId)?.title ?? packId });
  useDocumentTitle(title);
  if (!trainer) return <TrainerOnly />;
  return (
    <div className="trainer">
      <BackToTrainerArea />
      <AsyncView state={state}>
        {(quiz) =>
          quiz && (
            <ClassQuizRunner
              quiz={{
                kind,
                packId,
                seed: quiz.seed,
                title,
                lang: quiz.lang,
                questions: quiz.questions,
                moduleTitles: Object.fromEntries(quiz.modules.map((m) => [m.id, m.title])),
              }}
            />
          )
        }
      </AsyncView>
      <p>
        <a href={routeToHash({ screen: 'diagnosticCompare', packId })}>{t('trainer.diagnostic.compareLink')}</a>
      </p>
    </div>
  );
}
