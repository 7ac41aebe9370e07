import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findModule } from '../../core/content/catalogLookup';
import type { QuizView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';
import { scoreQuestion } from '../../core/quiz/scoring';
import { newSeed, optionOrder } from '../../core/quiz/shuffle';
import { api } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { Breadcrumb } from '../components/Breadcrumb';
import { FallbackNotice } from '../components/FallbackNotice';
import { QuestionFeedback } from '../components/QuestionFeedback';
import { QuestionInput } from '../components/QuestionInput';
import { navigate } from '../router';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';

export function QuizScreen({ packId, quizId }: { packId: string; quizId: string }) {
  const { settings } = useApp();
  const state = useAsync(() => api.getQuiz({ packId, quizId, lang: settings.language }), [packId, quizId, settings.language]);
  return <AsyncView state={state}>{(quiz) => <Quiz quiz={quiz} />}</AsyncView>;
}

function Quiz({ quiz }: { quiz: QuizView }) {
  const { t } = useTranslation();
  const { progress, refreshProgress, catalog } = useApp();
  useDocumentTitle(quiz.title);
  // A first attempt shows the pack's order; every retry shuffles the options with a new seed.
  const [seed] = useState(() => (progress.attempts.some((a) => a.packId === quiz.packId && a.quizId === quiz.id) ? newSeed() : 0));
  const order = useMemo(() => optionOrder(quiz.questions, seed), [quiz, seed]);
  const [startedAt] = useState(() => new Date());
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [checked, setChecked] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const module = findModule(catalog, quiz.packId, quiz.moduleId)?.module;

  useEffect(() => {
    void api.setPosition({ screen: 'quiz', packId: quiz.packId, quizId: quiz.id }).then(refreshProgress);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quiz.packId, quiz.id]);

  const question = quiz.questions[index];
  if (!question) return null;
  const answer = answers[question.id];
  const isLast = index === quiz.questions.length - 1;
  const answered = answer !== undefined && !(answer.type === 'multiple' && answer.options.length === 0);

  const submit = async () => {
    setSubmitting(true);
    setError(null);
    try {
      const attempt = await api.submitAttempt({
        packId: quiz.packId,
        quizId: quiz.id,
        lang: quiz.lang,
        answers,
        seed,
        startedAt: startedAt.toISOString(),
        durationMs: Math.max(0, Date.now() - startedAt.getTime()),
      });
      await refreshProgress();
      navigate({ screen: 'result', packId: quiz.packId, quizId: quiz.id, attemptId: attempt.id });
    } catch (e) {
      setError((e as Error).message);
      setSubmitting(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!checked) {
      if (answered) setChecked(true);
      return;
    }
    if (isLast) {
      void submit();
      return;
    }
    setIndex(index + 1);
    setChecked(false);
    heading.current?.focus();
  };

  return (
    <div className="quiz">
      <Breadcrumb packId={quiz.packId} module={module} lang={quiz.lang} />
      <h1 lang={quiz.lang}>{quiz.title}</h1>
      <FallbackNotice show={quiz.fallback} contentLang={quiz.lang} />
      <p className="meta">{t('quiz.passMark', { percent: Math.round(quiz.passMark * 100) })}</p>
      <form onSubmit={onSubmit} className="question" aria-labelledby="question-counter">
        <h2 id="question-counter" ref={heading} tabIndex={-1}>
          {t('quiz.counter', { n: index + 1, total: quiz.questions.length })}
        </h2>
        <fieldset>
          <legend lang={quiz.lang}>{question.prompt}</legend>
          <div lang={quiz.lang}>
            <QuestionInput
              question={question}
              order={order[question.id]}
              answer={answer}
              disabled={checked}
              onChange={(a) => setAnswers({ ...answers, [question.id]: a })}
            />
          </div>
        </fieldset>
        <div aria-live="polite" lang={quiz.lang}>
          {checked && <QuestionFeedback question={question} order={order[question.id]} answer={answer} score={scoreQuestion(question, answer)} />}
        </div>
        {error && (
          <p role="alert" className="notice notice-error">
            {t('quiz.submitError', { message: error })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={(!checked && !answered) || submitting}>
            {!checked ? t('quiz.check') : isLast ? t('quiz.seeResult') : t('quiz.next')}
          </button>
        </div>
      </form>
    </div>
  );
}
