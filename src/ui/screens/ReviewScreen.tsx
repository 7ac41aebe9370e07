// The spaced-review session: the due items one at a time. A missed question is answered again
// with the quiz inputs (the service scores it); a glossary term is a flashcard the learner turns
// over and rates. Every step works with the keyboard alone, and focus follows the session.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../core/quiz/answers';
import { newSeed, optionOrder } from '../../core/quiz/shuffle';
import type { ReviewRating } from '../../core/review/cards';
import type { ReviewAnswerResult, ReviewItemView, ReviewView } from '../../core/review/items';
import { api } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { QuestionFeedback } from '../components/QuestionFeedback';
import { isAnswered, QuestionInput } from '../components/QuestionInput';
import { ReviewStats } from '../components/ReviewSummary';
import { routeToHash } from '../router';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useAction } from '../useAction';

export function ReviewScreen() {
  const { settings } = useApp();
  // Each round loads the items due now; "review the next items" starts a new round.
  const [round, setRound] = useState(0);
  const state = useAsync(() => api.getReview({ lang: settings.language }), [settings.language, round]);
  return <AsyncView state={state}>{(view) => <Session key={round} view={view} onMore={() => setRound((r) => r + 1)} />}</AsyncView>;
}

function Session({ view, onMore }: { view: ReviewView; onMore(): void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('review.title'));
  const [index, setIndex] = useState(0);
  const [seed] = useState(() => newSeed());
  const heading = useRef<HTMLHeadingElement>(null);
  const items = view.items;
  const item = items[index];

  const next = () => setIndex((i) => i + 1);
  // Focus the new item's heading (or the summary) after each step, as after a page change.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

  return (
    <div className="review">
      <h1>{t('review.title')}</h1>
      <p className="lead">{t('review.intro')}</p>
      {/* Counts as the session goes: what is still due now, and how big this session is. */}
      <ReviewStats dueCount={Math.max(0, view.dueCount - Math.min(index, items.length))} streak={view.streak} />
      {items.length > 0 && item && <p className="review-session">{t('ux.review.session', { count: items.length })}</p>}
      {items.length === 0 ? (
        <Empty view={view} />
      ) : item ? (
        <>
          <h2 id="review-counter" ref={heading} tabIndex={-1}>
            {t('review.counter', { n: index + 1, total: items.length })}
          </h2>
          {item.kind === 'question' ? (
            <QuestionItem key={item.cardId} item={item} seed={seed} isLast={index === items.length - 1} onNext={next} />
          ) : (
            <TermItem key={item.cardId} item={item} onNext={next} />
          )}
        </>
      ) : (
        <section aria-labelledby="review-done">
          <h2 id="review-done" ref={heading} tabIndex={-1}>
            {t('review.doneTitle')}
          </h2>
          <p>{t('review.doneSummary', { count: items.length })}</p>
          <StillDue onMore={onMore} />
        </section>
      )}
    </div>
  );
}

/** After a session: how many items are due now, asked afresh (a missed one may be due again). */
function StillDue({ onMore }: { onMore(): void }) {
  const { t } = useTranslation();
  const { settings } = useApp();
  const state = useAsync(() => api.getReview({ lang: settings.language, limit: 0 }), [settings.language]);
  const due = state.status === 'ready' ? state.value.dueCount : 0;
  return (
    <>
      {state.status === 'ready' && <p className="review-remaining">{due > 0 ? t('ux.review.remaining', { count: due }) : t('ux.review.noneRemaining')}</p>}
      <div className="actions">
        {due > 0 && (
          <button type="button" className="primary" onClick={onMore}>
            {t('review.more')}
          </button>
        )}
        <a className="button" href={routeToHash({ screen: 'home' })}>
          {t('review.backHome')}
        </a>
      </div>
    </>
  );
}

function Empty({ view }: { view: ReviewView }) {
  const { t, i18n } = useTranslation();
  const when = view.nextDueAt && new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(view.nextDueAt));
  return (
    <>
      <p>{view.totalCards === 0 ? t('review.empty') : t('review.nothingDue')}</p>
      {when && <p>{t('review.nextDue', { date: when })}</p>}
      <p>
        <a className="button" href={routeToHash({ screen: 'home' })}>
          {t('review.backHome')}
        </a>
      </p>
    </>
  );
}

type QuestionItemView = Extract<ReviewItemView, { kind: 'question' }>;
type TermItemView = Extract<ReviewItemView, { kind: 'term' }>;

function QuestionItem({ item, seed, isLast, onNext }: { item: QuestionItemView; seed: number; isLast: boolean; onNext(): void }) {
  const { t } = useTranslation();
  const question = item.question;
  const order = useMemo(() => optionOrder([question], seed)[question.id], [question, seed]);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [result, setResult] = useState<ReviewAnswerResult | null>(null);
  const { busy, error, run } = useAction();
  const answered = isAnswered(question, answer);
  const action = useRef<HTMLButtonElement>(null);
  // The options are disabled once scored: focus goes to the button that moves on.
  useEffect(() => {
    if (result) action.current?.focus();
  }, [result]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (result) return onNext();
    if (!answer || !answered || busy) return;
    await run(async () => {
      // Scored by the service from the pack's keys; the feedback shows its verdict.
      setResult(await api.answerReview({ cardId: item.cardId, lang: item.lang, answer }));
    });
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="question review-item" aria-labelledby="review-counter">
      <p className="meta" lang={item.lang}>
        {t('review.fromQuiz', { title: item.quizTitle })}
      </p>
      <fieldset>
        <legend lang={item.lang}>{question.prompt}</legend>
        <div lang={item.lang}>
          <QuestionInput question={question} order={order} answer={answer} disabled={result !== null || busy} onChange={setAnswer} />
        </div>
      </fieldset>
      <div aria-live="polite" lang={item.lang}>
        {result?.score && <QuestionFeedback question={question} order={order} answer={answer} score={result.score} />}
      </div>
      {error !== null && <ErrorMessage error={error} context="errors.context.reviewSave" />}
      <div className="actions">
        {/* Not disabled while saving: a disabled button would drop the keyboard focus. */}
        <button ref={action} type="submit" className="primary" disabled={!result && !answered} aria-busy={busy || undefined}>
          {!result ? t('quiz.check') : isLast ? t('review.finish') : t('review.next')}
        </button>
      </div>
    </form>
  );
}

function TermItem({ item, onNext }: { item: TermItemView; onNext(): void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const definition = useRef<HTMLParagraphElement>(null);
  // The reveal button goes away: focus moves to the definition, so it is read out next.
  useEffect(() => {
    if (shown) definition.current?.focus();
  }, [shown]);

  const labels: Record<ReviewRating, [string, string]> = {
    again: [t('review.rating.again'), t('review.ratingHint.again')],
    hard: [t('review.rating.hard'), t('review.ratingHint.hard')],
    good: [t('review.rating.good'), t('review.ratingHint.good')],
    easy: [t('review.rating.easy'), t('review.ratingHint.easy')],
  };
  const rate = async (rating: ReviewRating) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.answerReview({ cardId: item.cardId, lang: item.lang, rating });
      onNext();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="flashcard review-item" aria-labelledby="review-counter">
      <p className="meta">{t('review.termLabel')}</p>
      <p className="flashcard-term" lang={item.lang}>
        {item.term.term}
      </p>
      {!shown ? (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setShown(true)}>
            {t('review.showDefinition')}
          </button>
        </div>
      ) : (
        <>
          <p className="flashcard-definition" lang={item.lang} ref={definition} tabIndex={-1}>
            {item.term.definition}
          </p>
          <fieldset className="rating">
            <legend>{t('review.rateLegend')}</legend>
            <div className="actions">
              {(Object.keys(labels) as ReviewRating[]).map((rating) => (
                <button key={rating} type="button" className={rating === 'good' ? 'primary' : undefined} aria-busy={busy || undefined} onClick={() => void rate(rating)}>
                  <strong>{labels[rating][0]}</strong> <span className="rating-hint">{labels[rating][1]}</span>
                </button>
              ))}
            </div>
          </fieldset>
        </>
      )}
      {error !== null && <ErrorMessage error={error} context="errors.context.reviewSave" />}
    </section>
  );
}
