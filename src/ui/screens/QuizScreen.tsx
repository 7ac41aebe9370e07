import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findModule } from '../../core/content/catalogLookup';
import type { QuizView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';
import { quizStats } from '../../core/progress/summary';
import { newSeed, optionOrder } from '../../core/quiz/shuffle';
import { pointsToPass } from '../../core/quiz/passRule';
import { api, ignoreBestEffortFailure } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { Breadcrumb } from '../components/Breadcrumb';
import { Countdown } from '../components/Countdown';
import { FallbackNotice } from '../components/FallbackNotice';
import { QuestionFields } from '../components/QuestionFields';
import { isAnswered } from '../components/QuestionInput';
import { navigate } from '../router';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { useStudyTimer } from '../useStudyTimer';
import { ErrorMessage } from '../errors/ErrorMessage';

export function QuizScreen({ packId, quizId }: { packId: string; quizId: string }) {
  const { settings, progress } = useApp();
  // A first attempt shows the pack's order; every retry, and every drawn assessment, gets a new
  // seed, stored with the attempt so the review can rebuild exactly what was asked.
  const [seed] = useState(() => (quizStats(progress, packId, quizId) ? newSeed() : 0));
  const state = useAsync(async () => {
    const quiz = await api.getQuiz({ packId, quizId, lang: settings.language, seed });
    return quiz.drawn && seed === 0 ? api.getQuiz({ packId, quizId, lang: settings.language, seed: newSeed() }) : quiz;
  }, [packId, quizId, settings.language, seed]);
  return <AsyncView state={state}>{(quiz) => <Quiz key={quiz.seed} quiz={quiz} />}</AsyncView>;
}

function Quiz({ quiz }: { quiz: QuizView }) {
  const { t } = useTranslation();
  const { progress, applyProgress, applyAttempt, catalog } = useApp();
  useDocumentTitle(quiz.title);
  useStudyTimer(quiz.packId, 'quiz', quiz.id);
  const order = useMemo(() => optionOrder(quiz.questions, quiz.seed), [quiz]);
  const [startedAt] = useState(() => new Date());
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const action = useRef<HTMLButtonElement>(null);
  // Checking an answer disables the options: focus goes to the button that moves on, never the
  // page body (Enter on a focused option checks the answer too).
  useEffect(() => {
    if (checked) action.current?.focus();
  }, [checked]);
  const module = findModule(catalog, quiz.packId, quiz.moduleId)?.module;
  const exam = quiz.mode === 'exam';
  const used = quizStats(progress, quiz.packId, quiz.id)?.attempts ?? 0;

  useEffect(() => {
    void api.setPosition({ screen: 'quiz', packId: quiz.packId, quizId: quiz.id }).then(applyProgress, ignoreBestEffortFailure);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quiz.packId, quiz.id]);

  const submit = useCallback(
    async (final: Record<string, Answer>) => {
      setSubmitting(true);
      setError(null);
      try {
        const result = await api.submitAttempt({
          packId: quiz.packId,
          quizId: quiz.id,
          lang: quiz.lang,
          answers: final,
          seed: quiz.seed,
          startedAt: startedAt.toISOString(),
          durationMs: Math.max(0, Date.now() - startedAt.getTime()),
        });
        applyAttempt(result);
        navigate({ screen: 'result', packId: quiz.packId, quizId: quiz.id, attemptId: result.attempt.id });
      } catch (e) {
        setError(e);
        setSubmitting(false);
      }
    },
    [quiz, startedAt, applyAttempt],
  );
  const answersRef = useRef(answers);
  useEffect(() => {
    answersRef.current = answers;
  }, [answers]);
  const onTimeUp = useCallback(() => void submit(answersRef.current), [submit]);

  if (quiz.maxAttempts !== undefined && used >= quiz.maxAttempts && !submitting) {
    return (
      <div className="quiz">
        <Breadcrumb packId={quiz.packId} module={module} lang={quiz.lang} />
        <h1 lang={quiz.lang}>{quiz.title}</h1>
        <p role="alert" className="notice notice-warning">
          {t('exam.noAttemptsLeft', { max: quiz.maxAttempts })}
        </p>
      </div>
    );
  }

  const question = quiz.questions[index];
  if (!question) return null;
  const answer = answers[question.id];
  const isLast = index === quiz.questions.length - 1;
  const answered = isAnswered(question, answer);
  const unanswered = quiz.questions.filter((q) => !isAnswered(q, answers[q.id])).length;

  const goTo = (i: number) => {
    setIndex(i);
    setChecked(false);
    setConfirming(false);
    heading.current?.focus();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (exam) {
      if (!isLast) return goTo(index + 1);
      if (unanswered > 0 && !confirming) return setConfirming(true);
      return void submit(answers);
    }
    if (!checked) {
      if (answered) setChecked(true);
      return;
    }
    if (isLast) return void submit(answers);
    goTo(index + 1);
  };

  const label = exam ? (isLast ? t('exam.submit') : t('quiz.next')) : !checked ? t('quiz.check') : isLast ? t('quiz.seeResult') : t('quiz.next');
  return (
    <div className="quiz">
      <Breadcrumb packId={quiz.packId} module={module} lang={quiz.lang} />
      <h1 lang={quiz.lang}>{quiz.title}</h1>
      <FallbackNotice show={quiz.fallback} contentLang={quiz.lang} />
      <p className="meta">
        {t('quiz.passMark', { percent: Math.round(quiz.passMark * 100) })}
        {quiz.maxAttempts !== undefined && <> {t('exam.attempts', { n: used + 1, max: quiz.maxAttempts })}</>}
        {quiz.drawn && <> {t('exam.drawn', { count: quiz.questions.length })}</>}
      </p>
      {quiz.lessonId && !exam && (
        <p className="notice notice-info check-rule">
          {t('ux.quiz.checkRule', { count: quiz.questions.length, needed: pointsToPass(quiz.passMark, quiz.questions.length) })}
        </p>
      )}
      {exam && <p className="notice notice-info">{t('exam.examMode')}</p>}
      {quiz.timeLimitMinutes !== undefined && <Countdown endsAt={startedAt.getTime() + quiz.timeLimitMinutes * 60000} onTimeUp={onTimeUp} />}
      <form onSubmit={onSubmit} className="question" aria-labelledby="question-counter">
        <QuestionFields
          question={question}
          index={index}
          total={quiz.questions.length}
          lang={quiz.lang}
          order={order[question.id]}
          answer={answer}
          disabled={checked || submitting}
          checked={checked}
          headingRef={heading}
          onChange={(a) => {
            setAnswers({ ...answers, [question.id]: a });
            setConfirming(false);
          }}
        />
        {confirming && (
          <p role="alert" className="notice notice-warning">
            {t('exam.unansweredWarning', { count: unanswered })}
          </p>
        )}
        {error !== null && <ErrorMessage error={error} context="errors.context.quizSubmit" />}
        <div className="actions">
          {exam && index > 0 && (
            <button type="button" onClick={() => goTo(index - 1)}>
              {t('exam.previous')}
            </button>
          )}
          <button ref={action} type="submit" className="primary" disabled={(!exam && !checked && !answered) || submitting}>
            {label}
          </button>
        </div>
      </form>
    </div>
  );
}
