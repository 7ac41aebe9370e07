// The class's charts, each with its table, as on "My progress": completion per module, and the
// distribution of best scores at a chosen quiz (ten bands).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_BANDS, type ClassTables } from '../../../core/classes/tables';
import { BarChart } from '../../components/charts/BarChart';

const pct = (x: number) => Math.round(x * 100);

export function ClassCharts({ tables }: { tables: ClassTables }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const trainees = tables.rows.length;
  const dist = tables.distributions.find((d) => d.quizId === chosen) ?? tables.distributions[0];
  const band = (i: number) =>
    t('classes.ui.charts.band', { from: i * (100 / SCORE_BANDS), to: i === SCORE_BANDS - 1 ? 100 : (i + 1) * (100 / SCORE_BANDS) - 1 });
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('classes.ui.charts.heading')}</h2>
      <BarChart
        id={`${id}-completion`}
        title={t('classes.ui.charts.completion')}
        description={t('classes.ui.charts.completionDesc', { count: trainees })}
        max={1}
        bars={tables.completion.map((m) => ({
          key: m.moduleId,
          label: m.title,
          value: m.meanShare,
          valueText: t('classes.ui.charts.completionValue', { percent: pct(m.meanShare), complete: m.complete, total: trainees }),
        }))}
        table={
          <table className="data-table">
            <caption>{t('classes.ui.charts.completion')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progressScreen.col.module')}</th>
                <th scope="col">{t('classes.ui.charts.meanCompletion')}</th>
                <th scope="col">{t('classes.ui.charts.complete')}</th>
              </tr>
            </thead>
            <tbody>
              {tables.completion.map((m) => (
                <tr key={m.moduleId}>
                  <th scope="row" lang={tables.lang}>
                    {m.title}
                  </th>
                  <td>{t('progressScreen.percent', { percent: pct(m.meanShare) })}</td>
                  <td>{t('classes.ui.charts.completeValue', { complete: m.complete, total: trainees })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      {dist ? (
        <>
          <p className="chart-picker">
            <label htmlFor={`${id}-quiz`}>{t('classes.ui.charts.pickQuiz')}</label>{' '}
            <select id={`${id}-quiz`} value={dist.quizId} onChange={(e) => setChosen(e.target.value)}>
              {tables.distributions.map((d) => (
                <option key={d.quizId} value={d.quizId} lang={tables.lang}>
                  {d.title}
                </option>
              ))}
            </select>
          </p>
          <BarChart
            id={`${id}-dist`}
            title={t('classes.ui.charts.distribution', { quiz: dist.title })}
            description={t('classes.ui.charts.distributionDesc', { count: dist.takers })}
            max={Math.max(1, ...dist.bands)}
            bars={dist.bands.map((n, i) => ({ key: String(i), label: band(i), value: n, valueText: t('classes.ui.traineeCount', { count: n }) }))}
            table={
              <table className="data-table">
                <caption>{t('classes.ui.charts.distribution', { quiz: dist.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('classes.ui.charts.bestScore')}</th>
                    <th scope="col">{t('classes.ui.charts.trainees')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dist.bands.map((n, i) => (
                    <tr key={i}>
                      <th scope="row">{band(i)}</th>
                      <td>{n}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </>
      ) : (
        <p>{t('classes.ui.charts.noAttempts')}</p>
      )}
    </section>
  );
}
