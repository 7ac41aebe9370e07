// A quiz run for the whole room: the questions in a fixed order, one at a time, in large type.
// The trainer reveals the answer and its explanation when ready, may type the show of hands for
// each choice (a bar chart, with a table, shows the distribution), and ends with a summary that
// is saved (the trainer's class sessions) and can be exported as CSV.
import { AddToClass } from './AddToClass';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../core/content/views';
import { choicesOf, shareCorrect, type ClassSession, type SavedClassSession, type SessionKind } from '../../core/trainer/classSession';
import { sessionCsv } from '../../core/trainer/sessionCsv';
import { api } from '../api';
import { BarChart } from '../components/charts/BarChart';
import { saveFile } from '../download';
import { ErrorMessage } from '../errors/ErrorMessage';
import { letter, RoomQuestion } from './RoomQuestion';
import { useElapsed } from './useElapsed';

export interface RoomQuiz {
  kind: SessionKind;
  packId: string;
  quizId?: string;
  seed?: number;
  title: string;
  lang: string;
  questions: { moduleId: string; question: QuestionView }[];
  moduleTitles: Record<string, string>;
}

type Counts = Record<string, string>;

/** A typed count: a whole number of hands, or null when the field is empty or not a number. */
const handsIn = (typed: string | undefined): number | null => {
  const n = Number((typed ?? '').trim());
  return (typed ?? '').trim() === '' || !Number.isInteger(n) || n < 0 || n > 10_000 ? null : n;
};

export function ClassQuizRunner({ quiz, onSaved }: { quiz: RoomQuiz; onSaved?(s: SavedClassSession): void }) {
  const { t } = useTranslation();
  const [startedAt] = useState(() => new Date().toISOString());
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState<Set<number>>(() => new Set());
  const [counts, setCounts] = useState<Counts[]>(() => quiz.questions.map(() => ({})));
  const [ended, setEnded] = useState<ClassSession | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const elapsed = useElapsed();
  const labels = { right: t('trainer.classQuiz.right'), wrong: t('trainer.classQuiz.wrong'), true: t('trainer.classQuiz.true'), false: t('trainer.classQuiz.false') };

  const session = (): ClassSession => ({
    kind: quiz.kind,
    packId: quiz.packId,
    ...(quiz.quizId !== undefined && { quizId: quiz.quizId }),
    ...(quiz.seed !== undefined && { seed: quiz.seed }),
    title: quiz.title,
    lang: quiz.lang,
    startedAt,
    endedAt: new Date().toISOString(),
    questions: quiz.questions.map(({ moduleId, question }, i) => ({
      id: question.id,
      moduleId,
      prompt: question.prompt,
      choices: choicesOf(question, labels).map((c) => ({ ...c, hands: handsIn(counts[i]?.[c.id]) })),
    })),
  });

  useEffect(() => {
    heading.current?.focus();
  }, [index, ended]);

  if (ended) return <SessionSummary session={ended} moduleTitles={quiz.moduleTitles} onSaved={onSaved} onBack={() => setEnded(null)} headingRef={heading} />;

  const item = quiz.questions[index]!;
  const isRevealed = revealed.has(index);
  const last = index === quiz.questions.length - 1;
  return (
    <div className="class-quiz" lang={quiz.lang}>
      <p className="class-quiz-bar">
        <span>{t('trainer.classQuiz.progress', { n: index + 1, total: quiz.questions.length })}</span>
        <span>
          <span className="visually-hidden">{t('trainer.present.timer')} </span>
          <time>{elapsed}</time>
        </span>
      </p>
      <h1 ref={heading} tabIndex={-1} className="room-prompt">
        {item.question.prompt}
      </h1>
      <RoomQuestion q={item.question} revealed={isRevealed} />
      <Hands
        key={index}
        question={item.question}
        labels={labels}
        counts={counts[index] ?? {}}
        onChange={(c) => setCounts((all) => all.map((x, i) => (i === index ? c : x)))}
      />
      <div className="actions">
        <button type="button" onClick={() => setIndex(index - 1)} disabled={index === 0}>
          {t('trainer.present.previous')}
        </button>
        {!isRevealed && (
          <button type="button" className="primary" onClick={() => setRevealed((r) => new Set(r).add(index))}>
            {t('trainer.classQuiz.reveal')}
          </button>
        )}
        {last ? (
          <button type="button" className={isRevealed ? 'primary' : undefined} onClick={() => setEnded(session())}>
            {t('trainer.classQuiz.end')}
          </button>
        ) : (
          <button type="button" className={isRevealed ? 'primary' : undefined} onClick={() => setIndex(index + 1)}>
            {t('trainer.present.next')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The show of hands for one question: a number per choice, and the distribution once typed. */
function Hands({ question, labels, counts, onChange }: { question: QuestionView; labels: Parameters<typeof choicesOf>[1]; counts: Counts; onChange(c: Counts): void }) {
  const { t } = useTranslation();
  const id = useId();
  const choices = choicesOf(question, labels);
  const lettered = question.type === 'single' || question.type === 'multiple' || question.type === 'true-false';
  const name = (i: number, label: string) => (lettered ? `${letter(i)}. ${label}` : label);
  const bars = choices.map((c, i) => ({ key: c.id, label: name(i, c.label), hands: handsIn(counts[c.id]) }));
  const total = bars.reduce((n, b) => n + (b.hands ?? 0), 0);
  const any = bars.some((b) => b.hands !== null) && total > 0;
  return (
    <details className="hands">
      <summary>{t('trainer.classQuiz.hands')}</summary>
      <fieldset>
        <legend>{t('trainer.classQuiz.handsLegend')}</legend>
        {bars.map((b) => (
          <div className="field hands-field" key={b.key}>
            <label htmlFor={`${id}-${b.key}`}>{b.label}</label>
            <input
              id={`${id}-${b.key}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={10000}
              value={counts[b.key] ?? ''}
              onChange={(e) => onChange({ ...counts, [b.key]: e.target.value })}
            />
          </div>
        ))}
      </fieldset>
      {any && (
        <BarChart
          id={`${id}-chart`.replace(/:/g, '')}
          title={t('trainer.classQuiz.chartTitle')}
          description={t('trainer.classQuiz.chartDescription', { total })}
          max={Math.max(...bars.map((b) => b.hands ?? 0))}
          bars={bars.map((b) => ({ key: b.key, label: b.label, value: b.hands ?? 0, valueText: t('trainer.classQuiz.handsValue', { count: b.hands ?? 0 }) }))}
          table={
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('trainer.csv.choice')}</th>
                  <th scope="col">{t('trainer.csv.hands')}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((b) => (
                  <tr key={b.key}>
                    <th scope="row">{b.label}</th>
                    <td>{b.hands ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </details>
  );
}

function SessionSummary({
  session,
  moduleTitles,
  onSaved,
  onBack,
  headingRef,
}: {
  session: ClassSession;
  moduleTitles: Record<string, string>;
  onSaved?(s: SavedClassSession): void;
  onBack(): void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<SavedClassSession | null>(null);
  const [error, setError] = useState<unknown>(null);
  const shares = session.questions.map(shareCorrect).filter((s): s is number => s !== undefined);
  const overall = shares.length === 0 ? undefined : shares.reduce((a, b) => a + b, 0) / shares.length;

  const save = async () => {
    setError(null);
    try {
      const s = await api.saveClassSession(session);
      setSaved(s);
      onSaved?.(s);
    } catch (e) {
      setError(e);
    }
  };

  const exportCsv = () => {
    const lang = i18n.language;
    const text = sessionCsv(session, lang, {
      header: {
        number: t('trainer.csv.number'),
        module: t('trainer.csv.module'),
        question: t('trainer.csv.question'),
        choice: t('trainer.csv.choice'),
        correct: t('trainer.csv.correct'),
        hands: t('trainer.csv.hands'),
        share: t('trainer.csv.share'),
      },
      yes: t('trainer.csv.yes'),
      no: t('trainer.csv.no'),
      modules: moduleTitles,
    });
    saveFile(`${session.kind}-${session.quizId ?? session.packId}-${session.startedAt.slice(0, 10)}.csv`, text, 'text/csv;charset=utf-8');
  };

  return (
    <div className="class-quiz-summary">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('trainer.classQuiz.summaryTitle', { title: session.title })}
      </h1>
      <p>{overall === undefined ? t('trainer.classQuiz.noHands') : t('trainer.classQuiz.overall', { percent: Math.round(overall * 100), count: shares.length })}</p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a table that scrolls at 320 px must be reachable by keyboard */}
      <div className="table-wrap" role="region" tabIndex={0} aria-label={t('trainer.classQuiz.summaryCaption')}>
      <table className="summary-table">
        <caption>{t('trainer.classQuiz.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trainer.csv.number')}</th>
            <th scope="col">{t('trainer.csv.question')}</th>
            <th scope="col">{t('trainer.csv.hands')}</th>
            <th scope="col">{t('trainer.csv.share')}</th>
          </tr>
        </thead>
        <tbody>
          {session.questions.map((q, i) => {
            const share = shareCorrect(q);
            const hands = q.choices.reduce((n, c) => n + (c.hands ?? 0), 0);
            return (
              <tr key={`${q.id}-${i}`}>
                <td>{i + 1}</td>
                <th scope="row">{q.prompt}</th>
                <td>{share === undefined ? '–' : hands}</td>
                <td>{share === undefined ? '–' : t('trainer.percent', { percent: Math.round(share * 100) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('trainer.classQuiz.backToQuestions')}
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={saved !== null}>
          {t('trainer.classQuiz.save')}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('trainer.classQuiz.exportCsv')}
        </button>
      </div>
      <div aria-live="polite">
        {saved && <p className="notice notice-info">{t('trainer.classQuiz.saved')}</p>}
        {saved && <AddToClass session={saved} />}
        {error !== null && <ErrorMessage error={error} context="errors.context.trainer" />}
      </div>
    </div>
  );
}
