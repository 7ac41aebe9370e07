import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { topicsVerdict, weakestTopics, type PackReport, type QuizReport, type TopicReport, type TopicsVerdict } from '../../core/progress/report';
import { api } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { BarChart } from '../components/charts/BarChart';
import { ScoreChart } from '../components/charts/ScoreChart';
import { FallbackNotice } from '../components/FallbackNotice';
import { PortableProgress } from '../components/PortableProgress';
import { formatStudyTime } from '../studyTimeText';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';

const pct = (x: number) => Math.round(x * 100);

export function ProgressScreen() {
  const { t } = useTranslation();
  const { settings } = useApp();
  // Bumped after a restore, so the figures are computed again from the merged record.
  const [version, setVersion] = useState(0);
  useDocumentTitle(t('progressScreen.title'));
  const state = useAsync(() => api.getProgressReport({ lang: settings.language }), [settings.language, version]);
  return (
    <div className="progress-screen">
      <h1>{t('progressScreen.title')}</h1>
      <p className="lead">{t('progressScreen.intro')}</p>
      <AsyncView state={state}>
        {(report) => (report.packs.length === 0 ? <p>{t('progressScreen.noPacks')}</p> : report.packs.map((p) => <PackProgress key={p.packId} report={p} />))}
      </AsyncView>
      <PortableProgress onRestored={() => setVersion((v) => v + 1)} />
    </div>
  );
}

export function PackProgress({ report }: { report: PackReport }) {
  const { t } = useTranslation();
  const { packId, totals } = report;
  return (
    <section className="pack-progress" aria-labelledby={`progress-${packId}`}>
      <h2 id={`progress-${packId}`} lang={report.lang}>
        {report.title}
      </h2>
      <FallbackNotice show={report.fallback} contentLang={report.lang} />
      <dl className="progress-totals">
        <div>
          <dt>{t('progressScreen.totals.lessons')}</dt>
          <dd>{t('progressScreen.totals.lessonsValue', { done: totals.lessonsFinished, total: totals.lessons })}</dd>
        </div>
        <div>
          <dt>{t('progressScreen.totals.attempts')}</dt>
          <dd>{totals.attempts}</dd>
        </div>
        <div>
          <dt>{t('progressScreen.totals.time')}</dt>
          <dd>{formatStudyTime(t, totals.timeMs)}</dd>
        </div>
      </dl>
      <Completion report={report} />
      <Scores report={report} />
      <TimeSpent report={report} />
      <Topics report={report} />
    </section>
  );
}

function Completion({ report }: { report: PackReport }) {
  const { t } = useTranslation();
  const modules = report.modules;
  const complete = modules.filter((m) => m.total > 0 && m.done === m.total).length;
  const share = (m: (typeof modules)[number]) => (m.total === 0 ? 0 : m.done / m.total);
  return (
    <section aria-labelledby={`completion-${report.packId}`}>
      <h3 id={`completion-${report.packId}`}>{t('progressScreen.completion.title')}</h3>
      <BarChart
        id={`chart-completion-${report.packId}`}
        title={t('progressScreen.completion.chartTitle')}
        description={t('progressScreen.completion.desc', { complete, total: modules.length })}
        max={1}
        bars={modules.map((m) => ({
          key: m.id,
          label: m.title,
          value: share(m),
          valueText: t('progressScreen.completion.value', { done: m.done, total: m.total, percent: pct(share(m)) }),
        }))}
        table={
          <table className="data-table">
            <caption>{t('progressScreen.completion.chartTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progressScreen.col.module')}</th>
                <th scope="col">{t('progressScreen.col.itemsDone')}</th>
                <th scope="col">{t('progressScreen.col.percent')}</th>
                <th scope="col">{t('progressScreen.col.moduleQuiz')}</th>
              </tr>
            </thead>
            <tbody>
              {modules.map((m) => (
                <tr key={m.id}>
                  <th scope="row" lang={report.lang}>
                    {m.title}
                  </th>
                  <td>{t('progressScreen.completion.doneOf', { done: m.done, total: m.total })}</td>
                  <td>{t('progressScreen.percent', { percent: pct(share(m)) })}</td>
                  <td>{m.quizPassed ? t('progressScreen.passed') : t('progressScreen.notYet')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}

/** The quiz whose attempt finished last: the one the learner most likely wants to see. */
function latestQuiz(quizzes: QuizReport[]): QuizReport | undefined {
  let best: QuizReport | undefined;
  for (const q of quizzes) {
    const last = q.recent.at(-1)?.finishedAt ?? '';
    if (!best || last > (best.recent.at(-1)?.finishedAt ?? '')) best = q;
  }
  return best;
}

function Scores({ report }: { report: PackReport }) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const quizzes = report.quizzes;
  const quiz = quizzes.find((q) => q.id === chosen) ?? latestQuiz(quizzes);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby={`scores-${report.packId}`}>
      <h3 id={`scores-${report.packId}`}>{t('progressScreen.scores.title')}</h3>
      {!quiz ? (
        <p>{t('progressScreen.scores.none')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t('progressScreen.scores.overview')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progressScreen.col.quiz')}</th>
                  <th scope="col">{t('progressScreen.col.attempts')}</th>
                  <th scope="col">{t('progressScreen.col.best')}</th>
                  <th scope="col">{t('progressScreen.col.last')}</th>
                  <th scope="col">{t('progressScreen.col.passMark')}</th>
                </tr>
              </thead>
              <tbody>
                {quizzes.map((q) => (
                  <tr key={q.id}>
                    <th scope="row" lang={report.lang}>
                      {q.title}
                    </th>
                    <td>{q.attemptCount}</td>
                    <td>{t('progressScreen.percent', { percent: pct(q.bestScore) })}</td>
                    <td>{t('progressScreen.percent', { percent: pct(q.recent.at(-1)?.score ?? 0) })}</td>
                    <td>{t('progressScreen.percent', { percent: pct(q.passMark) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="chart-picker">
            <label htmlFor={selectId}>{t('progressScreen.scores.pick')}</label>{' '}
            <select id={selectId} value={quiz.id} onChange={(e) => setChosen(e.target.value)}>
              {quizzes.map((q) => (
                <option key={q.id} value={q.id} lang={report.lang}>
                  {q.title}
                </option>
              ))}
            </select>
          </p>
          <QuizScores quiz={quiz} packId={report.packId} lang={report.lang} date={date} />
        </>
      )}
    </section>
  );
}

function QuizScores({ quiz, packId, lang, date }: { quiz: QuizReport; packId: string; lang: string; date: Intl.DateTimeFormat }) {
  const { t } = useTranslation();
  const first = quiz.attemptCount - quiz.recent.length + 1;
  const last = quiz.recent.at(-1);
  const passed = quiz.recent.filter((a) => a.passed).length;
  return (
    <ScoreChart
      id={`chart-scores-${packId}`}
      title={t('progressScreen.scores.chartTitle', { quiz: quiz.title })}
      description={t('progressScreen.scores.desc', {
        from: first,
        to: quiz.attemptCount,
        passMark: pct(quiz.passMark),
        best: pct(Math.max(...quiz.recent.map((a) => a.score))),
        last: pct(last?.score ?? 0),
        passed,
        shown: quiz.recent.length,
      })}
      passMark={quiz.passMark}
      points={quiz.recent.map((a, i) => ({ key: a.id, number: first + i, score: a.score, passed: a.passed }))}
      table={
        <table className="data-table">
          <caption lang={lang}>{t('progressScreen.scores.chartTitle', { quiz: quiz.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progressScreen.col.attempt')}</th>
              <th scope="col">{t('progressScreen.col.date')}</th>
              <th scope="col">{t('progressScreen.col.score')}</th>
              <th scope="col">{t('progressScreen.col.result')}</th>
            </tr>
          </thead>
          <tbody>
            {quiz.recent.map((a, i) => (
              <tr key={a.id}>
                <th scope="row">{first + i}</th>
                <td>{date.format(new Date(a.finishedAt))}</td>
                <td>{t('progressScreen.percent', { percent: pct(a.score) })}</td>
                <td>{a.passed ? t('progressScreen.passed') : t('progressScreen.notPassed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function TimeSpent({ report }: { report: PackReport }) {
  const { t } = useTranslation();
  const modules = report.modules;
  const max = Math.max(0, ...modules.map((m) => m.timeMs));
  const top = modules.reduce<(typeof modules)[number] | undefined>((a, m) => (m.timeMs > (a?.timeMs ?? 0) ? m : a), undefined);
  const description = top
    ? t('progressScreen.time.desc', { total: formatStudyTime(t, report.totals.timeMs), top: top.title, topTime: formatStudyTime(t, top.timeMs) })
    : t('progressScreen.time.descNone');
  return (
    <section aria-labelledby={`time-${report.packId}`}>
      <h3 id={`time-${report.packId}`}>{t('progressScreen.time.title')}</h3>
      <p className="meta">{t('progressScreen.time.how')}</p>
      <BarChart
        id={`chart-time-${report.packId}`}
        title={t('progressScreen.time.chartTitle')}
        description={description}
        max={max}
        bars={modules.map((m) => ({ key: m.id, label: m.title, value: m.timeMs, valueText: formatStudyTime(t, m.timeMs) }))}
        table={
          <table className="data-table">
            <caption>{t('progressScreen.time.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progressScreen.col.moduleOrLesson')}</th>
                <th scope="col">{t('progressScreen.col.time')}</th>
              </tr>
            </thead>
            {modules.map((m) => {
              const quizzes = m.timeMs - m.lessons.reduce((s, l) => s + l.timeMs, 0);
              return (
                <tbody key={m.id}>
                  <tr className="group-row">
                    <th scope="row" lang={report.lang}>
                      {m.title}
                    </th>
                    <td>{formatStudyTime(t, m.timeMs)}</td>
                  </tr>
                  {m.lessons.map((l) => (
                    <tr key={l.id} data-lesson={l.id}>
                      <th scope="row" className="indent" lang={report.lang}>
                        {l.title}
                      </th>
                      <td>{formatStudyTime(t, l.timeMs)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row" className="indent">
                      {t('progressScreen.time.quizzesRow')}
                    </th>
                    <td>{formatStudyTime(t, quizzes)}</td>
                  </tr>
                </tbody>
              );
            })}
          </table>
        }
      />
    </section>
  );
}

function topicLabel(t: ReturnType<typeof useTranslation>['t'], topic: TopicReport): string {
  if (topic.kind === 'standard') {
    // Lesson titles often name their standard already ("Standard 1: …"): then the title is enough.
    if (topic.title && new RegExp(`\\b${topic.standard}\\b`).test(topic.title)) return topic.title;
    return topic.title
      ? t('progressScreen.topics.standardTitled', { n: topic.standard, title: topic.title })
      : t('progressScreen.topics.standard', { n: topic.standard });
  }
  if (topic.kind === 'lesson') return t('ux.topics.lesson', { title: topic.title ?? topic.id });
  if (topic.kind === 'module') return t('ux.topics.module', { title: topic.title ?? topic.id });
  return topic.title ?? topic.id;
}

/** What to say when no topic is weak enough to chart: never praise without answers behind it. */
function NoWeakTopics({ verdict }: { verdict: TopicsVerdict }) {
  const { t } = useTranslation();
  if (verdict === 'allRight') return <p>{t('ux.topics.allRight')}</p>;
  if (verdict === 'tooFew') return <p>{t('ux.topics.tooFew')}</p>;
  return <p>{t('ux.topics.noAnswers')}</p>;
}

function Topics({ report }: { report: PackReport }) {
  const { t } = useTranslation();
  const topics = weakestTopics(report.topics);
  return (
    <section aria-labelledby={`topics-${report.packId}`}>
      <h3 id={`topics-${report.packId}`}>{t('progressScreen.topics.title')}</h3>
      <p className="meta">{t('ux.topics.how')}</p>
      {topics.length === 0 ? (
        <NoWeakTopics verdict={topicsVerdict(report.topics)} />
      ) : (
        <BarChart
          id={`chart-topics-${report.packId}`}
          title={t('progressScreen.topics.chartTitle')}
          description={t('progressScreen.topics.desc', { n: topics.length, topic: topicLabel(t, topics[0]!), percent: pct(topics[0]!.mean) })}
          max={1}
          bars={topics.map((tp) => ({
            key: tp.id,
            label: topicLabel(t, tp),
            value: tp.mean,
            valueText: t('progressScreen.topics.value', { percent: pct(tp.mean), count: tp.answered }),
          }))}
          table={
            <table className="data-table">
              <caption>{t('progressScreen.topics.chartTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progressScreen.col.topic')}</th>
                  <th scope="col">{t('progressScreen.col.answers')}</th>
                  <th scope="col">{t('progressScreen.col.average')}</th>
                </tr>
              </thead>
              <tbody>
                {topics.map((tp) => (
                  <tr key={tp.id}>
                    <th scope="row" lang={tp.title ? report.lang : undefined}>
                      {topicLabel(t, tp)}
                    </th>
                    <td>{tp.answered}</td>
                    <td>{t('progressScreen.percent', { percent: pct(tp.mean) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  );
}
