import { useTranslation } from 'react-i18next';
import { findModule, findQuiz, nextAfterQuiz } from '../../core/content/catalogLookup';
import type { QuizView } from '../../core/content/views';
import type { SubmittedAttempt } from '../../core/progress/summaryModel';
import { optionOrder } from '../../core/quiz/shuffle';
import { api } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { QuestionFeedback } from '../components/QuestionFeedback';
import { routeToHash } from '../router';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { formatNumber, formatPercentNumber } from '../numberFormat';

export function ResultScreen({ packId, quizId, attemptId }: { packId: string; quizId: string; attemptId: string }) {
  const { lastAttempt } = useApp();
  // The attempt just submitted came back with its scores: nothing is fetched or scored again.
  const submitted = lastAttempt?.attempt.id === attemptId && lastAttempt.attempt.quizId === quizId && lastAttempt.attempt.packId === packId ? lastAttempt : undefined;
  const attempt = submitted?.attempt;
  // The review shows the quiz in the language the attempt was taken in, in the order seen.
  // The seed rebuilds the questions drawn for this attempt.
  const state = useAsync(() => api.getQuiz({ packId, quizId, lang: attempt?.lang ?? 'en', seed: attempt?.seed }), [packId, quizId, attempt?.lang, attempt?.seed]);
  if (!submitted) return <ResultGone packId={packId} quizId={quizId} />;
  return <AsyncView state={state}>{(quiz) => <Result quiz={quiz} submitted={submitted} />}</AsyncView>;
}

/**
 * A result address opened again later (a reload, a bookmark): the review lives only with the
 * attempt just submitted, but the score is in the learner's record, so say so and lead on.
 */
function ResultGone({ packId, quizId }: { packId: string; quizId: string }) {
  const { t } = useTranslation();
  const { catalog } = useApp();
  useDocumentTitle(t('ux.result.goneTitle'));
  const place = findQuiz(catalog, packId, quizId);
  return (
    <div className="result">
      <h1>{t('ux.result.goneTitle')}</h1>
      <p>{t('ux.result.goneText')}</p>
      <p className="actions">
        <a className="button primary" href={routeToHash({ screen: 'progress' })}>
          {t('ux.result.goneProgress')}
        </a>
        {place && (
          <a className="button" href={routeToHash({ screen: 'module', packId, moduleId: place.module.id })}>
            {t('ux.result.goneModule')}
          </a>
        )}
      </p>
    </div>
  );
}

function Result({ quiz, submitted }: { quiz: QuizView; submitted: SubmittedAttempt }) {
  const { attempt } = submitted;
  const { t, i18n } = useTranslation();
  const { catalog } = useApp();
  const lang = i18n.language;
  useDocumentTitle(t('result.title', { title: quiz.title }));
  const order = optionOrder(quiz.questions, attempt.seed);
  const module = findModule(catalog, quiz.packId, quiz.moduleId)?.module;
  const next = nextAfterQuiz(catalog, quiz.packId, quiz.id);
  return (
    <div className="result">
      <h1>{t('result.title', { title: quiz.title })}</h1>
      <section className={`score-card ${attempt.passed ? 'passed' : 'failed'}`} aria-labelledby="score-heading">
        <h2 id="score-heading">{attempt.passed ? t('result.passed') : t('result.failed')}</h2>
        <p className="score">
          {t('ux.result.score', {
            percent: formatPercentNumber(lang, attempt.score),
            count: attempt.points,
            points: formatNumber(lang, attempt.points),
            max: formatNumber(lang, attempt.maxPoints),
          })}
        </p>
        <p>{t('result.passMark', { percent: formatPercentNumber(lang, attempt.passMark) })}</p>
        <div className="actions">
          {attempt.passed && quiz.final && (
            <a className="button primary" href={routeToHash({ screen: 'certificate', packId: quiz.packId })}>
              {t('certificates.resultLink')}
            </a>
          )}
          <a className={`button ${attempt.passed ? '' : 'primary'}`} href={routeToHash({ screen: 'quiz', packId: quiz.packId, quizId: quiz.id })}>
            {t('result.retry')}
          </a>
          {next?.kind === 'lesson' && (
            <a className={`button ${attempt.passed ? 'primary' : ''}`} href={routeToHash({ screen: 'lesson', packId: next.packId, lessonId: next.lesson.id })}>
              {t('result.nextLesson')}
            </a>
          )}
          {next?.kind === 'quiz' && (
            <a className={`button ${attempt.passed ? 'primary' : ''}`} href={routeToHash({ screen: 'quiz', packId: next.packId, quizId: next.quizId })}>
              {t('module.takeQuiz')}
            </a>
          )}
          {module && (
            <a className="button" href={routeToHash({ screen: 'module', packId: quiz.packId, moduleId: module.id })}>
              {t('result.backToModule')}
            </a>
          )}
        </div>
      </section>
      <h2>{t('result.reviewHeading')}</h2>
      <ol className="review" lang={quiz.lang}>
        {quiz.questions.map((q) => {
          const answer = attempt.answers[q.id];
          const score = submitted.questions.find((s) => s.questionId === q.id);
          return (
            <li key={q.id}>
              <h3 className="review-prompt">{q.prompt}</h3>
              {score && <QuestionFeedback question={q} order={order[q.id]} answer={answer} score={score} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
