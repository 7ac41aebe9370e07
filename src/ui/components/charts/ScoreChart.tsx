import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure';

export interface ScorePoint {
  key: string;
  /** The attempt's number among all attempts at the quiz (the chart may show only the last ones). */
  number: number;
  /** Between 0 and 1. */
  score: number;
  passed: boolean;
}

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 56;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 44;
/** Space between the axes and the first and last marks, so no mark sits on an axis label. */
const INSET = 16;

/**
 * Scores over successive attempts: a line through the attempts, the pass mark as a dashed line
 * with its own label, and each attempt's mark by shape (a filled circle passed, a hollow diamond
 * did not), so pass and fail never rest on colour alone.
 */
export function ScoreChart({
  id,
  title,
  description,
  points,
  passMark,
  table,
}: {
  id: string;
  title: string;
  description: string;
  points: ScorePoint[];
  passMark: number;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const markW = plotW - 2 * INSET;
  const x = (i: number) => LEFT + INSET + (points.length <= 1 ? markW / 2 : (i / (points.length - 1)) * markW);
  const y = (score: number) => TOP + (1 - Math.max(0, Math.min(1, score))) * plotH;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  // Label every attempt when there are few, every fifth when there are many.
  const labelEvery = points.length > 10 ? 5 : 1;
  return (
    <ChartFigure id={id} title={title} description={description} width={WIDTH} height={HEIGHT} table={table} legend={<ScoreLegend />}>
      {[0, 0.5, 1].map((g) => (
        <g key={g}>
          <line className="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(g)} y2={y(g)} />
          <text className="chart-axis" x={LEFT - 8} y={y(g) + 5} textAnchor="end">
            {t('progressScreen.percent', { percent: Math.round(g * 100) })}
          </text>
        </g>
      ))}
      <line className="chart-passmark" x1={LEFT} x2={WIDTH - RIGHT} y1={y(passMark)} y2={y(passMark)} />
      <text className="chart-axis chart-passmark-label" x={WIDTH - RIGHT} y={y(passMark) - 6} textAnchor="end">
        {t('progressScreen.scores.passMarkLabel', { percent: Math.round(passMark * 100) })}
      </text>
      {points.length > 1 && <polyline className="chart-line" points={line} />}
      {points.map((p, i) => {
        const cx = x(i);
        const cy = y(p.score);
        return (
          <g key={p.key}>
            {p.passed ? (
              <circle className="chart-point-pass" cx={cx} cy={cy} r={6} />
            ) : (
              <rect className="chart-point-fail" x={cx - 5} y={cy - 5} width={10} height={10} transform={`rotate(45 ${cx} ${cy})`} />
            )}
            {(i % labelEvery === 0 || i === points.length - 1) && (
              <text className="chart-axis" x={cx} y={HEIGHT - BOTTOM + 20} textAnchor="middle">
                {p.number}
              </text>
            )}
          </g>
        );
      })}
      <text className="chart-axis" x={LEFT + plotW / 2} y={HEIGHT - 4} textAnchor="middle">
        {t('progressScreen.scores.axis')}
      </text>
    </ChartFigure>
  );
}

/** What the marks and the dashed line mean, in words beside small copies of the marks. */
function ScoreLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      <li>
        <svg className="chart-key" viewBox="0 0 16 16" width={16} height={16} aria-hidden="true" focusable="false">
          <circle className="chart-point-pass" cx={8} cy={8} r={6} />
        </svg>
        {t('progressScreen.scores.legendPassed')}
      </li>
      <li>
        <svg className="chart-key" viewBox="0 0 16 16" width={16} height={16} aria-hidden="true" focusable="false">
          <rect className="chart-point-fail" x={3} y={3} width={10} height={10} transform="rotate(45 8 8)" />
        </svg>
        {t('progressScreen.scores.legendFailed')}
      </li>
      <li>
        <svg className="chart-key" viewBox="0 0 24 16" width={24} height={16} aria-hidden="true" focusable="false">
          <line className="chart-passmark" x1={0} x2={24} y1={8} y2={8} />
        </svg>
        {t('progressScreen.scores.legendPassMark')}
      </li>
    </ul>
  );
}
