import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';
import { scoreQuiz, type QuizScore } from '../../core/quiz/scoring';
import { optionOrder } from '../../core/quiz/shuffle';
import { LESSON_LINK_PREFIX, type ScormModuleData } from '../../core/scorm/packageData';
import { QuestionFields } from '../components/QuestionFields';
import { isAnswered } from '../components/QuestionInput';
import { QUIZ_LOCATION, type Tracker } from './tracker';

type View = { kind: 'lesson'; index: number } | { kind: 'quiz' } | { kind: 'left' };

/** A module as a SCORM package shows it: its lessons, its quiz, and nothing outside the package. */
export function Player({ data, tracker }: { data: ScormModuleData; tracker: Tracker }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>(() => {
    if (tracker.resumeAt === QUIZ_LOCATION) return { kind: 'quiz' };
    const at = data.lessons.findIndex((l) => l.id === tracker.resumeAt);
    return { kind: 'lesson', index: Math.max(0, at) };
  });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (view.kind === 'lesson') {
      tracker.lessonOpened(data.lessons[view.index]!.id);
    } else if (view.kind === 'quiz') tracker.quizOpened();
    heading.current?.focus();
  }, [view, data, tracker]);

  useEffect(() => {
    // Closing the LMS window or tab ends the session the way the Exit button does.
    const leave = () => tracker.exit();
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [tracker]);

  const lesson = view.kind === 'lesson' ? data.lessons[view.index] : undefined;
  // The lesson on screen counts as opened; the tracker records it just after this render.
  const seen = new Set([...tracker.seen(), ...(lesson ? [lesson.id] : [])]);
  const exit = () => {
    tracker.exit();
    setView({ kind: 'left' });
  };

  // Links between the module's lessons stay in the package; a link to a lesson outside it goes nowhere.
  const followLessonLink = (e: React.MouseEvent) => {
    const href = (e.target as Element).closest('a')?.getAttribute('href');
    if (!href?.startsWith(LESSON_LINK_PREFIX)) return;
    e.preventDefault();
    const at = data.lessons.findIndex((l) => l.id === href.slice(LESSON_LINK_PREFIX.length));
    if (at >= 0) setView({ kind: 'lesson', index: at });
  };

  if (view.kind === 'left') {
    return (
      <main className="scorm-player" id="main">
        <h1 ref={heading} tabIndex={-1}>{t('scorm.left.title')}</h1>
        <p>{t('scorm.left.text')}</p>
      </main>
    );
  }

  return (
    <div className="scorm-player">
      <header className="scorm-header">
        <p className="scorm-module" lang={data.contentLang}>{data.title}</p>
        {!tracker.connected && <p className="notice notice-warning">{t('scorm.noLms')}</p>}
        <button type="button" onClick={exit}>{t('scorm.exit')}</button>
      </header>
      <nav aria-label={t('scorm.contents')} className="scorm-nav">
        <ol>
          {data.lessons.map((l, i) => (
            <li key={l.id}>
              <button
                type="button"
                className="link-button"
                aria-current={view.kind === 'lesson' && view.index === i ? 'page' : undefined}
                onClick={() => setView({ kind: 'lesson', index: i })}
              >
                <span lang={data.contentLang}>{l.title}</span>
                {seen.has(l.id) && <span className="visually-hidden"> {t('scorm.opened')}</span>}
              </button>
            </li>
          ))}
          {data.quiz && (
            <li>
              <button type="button" className="link-button" aria-current={view.kind === 'quiz' ? 'page' : undefined} onClick={() => setView({ kind: 'quiz' })}>
                <span lang={data.contentLang}>{data.quiz.title}</span>
              </button>
            </li>
          )}
        </ol>
      </nav>
      <main id="main">
        {lesson && (
          <article className="lesson">
            <h1 ref={heading} tabIndex={-1} lang={data.contentLang}>{lesson.title}</h1>
            {/* Rendered by the app's lesson renderer at export (raw HTML disabled). */}
            {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- delegation for the native links inside */}
            <div className="lesson-body" lang={data.contentLang} onClick={followLessonLink} dangerouslySetInnerHTML={{ __html: lesson.html }} />
            <nav className="lesson-nav" aria-label={t('lesson.navLabel')}>
              {view.kind === 'lesson' && view.index > 0 && (
                <button type="button" onClick={() => setView({ kind: 'lesson', index: view.index - 1 })}>{t('scorm.previousLesson')}</button>
              )}
              {view.kind === 'lesson' && view.index < data.lessons.length - 1 && (
                <button type="button" className="primary" onClick={() => setView({ kind: 'lesson', index: view.index + 1 })}>{t('scorm.nextLesson')}</button>
              )}
              {view.kind === 'lesson' && view.index === data.lessons.length - 1 && data.quiz && (
                <button type="button" className="primary" onClick={() => setView({ kind: 'quiz' })}>{t('scorm.takeQuiz')}</button>
              )}
            </nav>
          </article>
        )}
        {view.kind === 'quiz' && data.quiz && <PlayerQuiz quiz={data.quiz} tracker={tracker} headingRef={heading} />}
      </main>
    </div>
  );
}

function PlayerQuiz({ quiz, tracker, headingRef }: { quiz: QuizView; tracker: Tracker; headingRef: React.Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const order = useMemo(() => optionOrder(quiz.questions, quiz.seed), [quiz]);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [checked, setChecked] = useState(false);
  const [result, setResult] = useState<QuizScore | undefined>();
  const counter = useRef<HTMLHeadingElement>(null);
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (checked) action.current?.focus();
  }, [checked]);

  if (result) {
    return (
      <section aria-labelledby="scorm-result">
        <h1 id="scorm-result" ref={headingRef} tabIndex={-1} lang={quiz.lang}>{quiz.title}</h1>
        <p className={`notice ${result.passed ? 'notice-info' : 'notice-warning'}`} role="status">
          {t(result.passed ? 'scorm.result.passed' : 'scorm.result.failed', { percent: Math.round(result.score * 100), passMark: Math.round(quiz.passMark * 100) })}
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setResult(undefined);
            setAnswers({});
            setIndex(0);
            setChecked(false);
            setRound(round + 1);
          }}
        >
          {t('scorm.result.retry')}
        </button>
      </section>
    );
  }

  const question = quiz.questions[index]!;
  const answer = answers[question.id];
  const isLast = index === quiz.questions.length - 1;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!checked) {
      if (isAnswered(question, answer)) setChecked(true);
      return;
    }
    if (isLast) {
      const score = scoreQuiz(quiz.questions, answers, quiz.passMark);
      tracker.quizFinished(quiz, answers, score);
      setResult(score);
      return;
    }
    setIndex(index + 1);
    setChecked(false);
    counter.current?.focus();
  };
  return (
    <div className="quiz" key={round}>
      <h1 ref={headingRef} tabIndex={-1} lang={quiz.lang}>{quiz.title}</h1>
      <p className="meta">{t('quiz.passMark', { percent: Math.round(quiz.passMark * 100) })}</p>
      <form onSubmit={onSubmit} className="question" aria-labelledby="question-counter">
        <QuestionFields
          question={question}
          index={index}
          total={quiz.questions.length}
          lang={quiz.lang}
          order={order[question.id]}
          answer={answer}
          disabled={checked}
          checked={checked}
          headingRef={counter}
          onChange={(a) => setAnswers({ ...answers, [question.id]: a })}
        />
        <div className="actions">
          <button ref={action} type="submit" className="primary" disabled={!checked && !isAnswered(question, answer)}>
            {!checked ? t('quiz.check') : isLast ? t('quiz.seeResult') : t('quiz.next')}
          </button>
        </div>
      </form>
    </div>
  );
}
