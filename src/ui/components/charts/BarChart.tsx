import type { ReactNode } from 'react';
import { ChartFigure, clip } from './ChartFigure';

export interface Bar {
  key: string;
  label: string;
  /** Between 0 and `max`. */
  value: number;
  /** The value as written next to the bar, so the figure never depends on the bar's length (or colour) alone. */
  valueText: string;
}

const WIDTH = 720;
const ROW = 46;
const LABEL_Y = 16;
const BAR_Y = 22;
const BAR_H = 16;
// Room for the longest French value ("aucun pour l’instant", "moins d’une minute") at 15 px bold.
const VALUE_SPACE = 250;

/** Horizontal bars, one per row, each with its label above and its value written after it. */
export function BarChart({
  id,
  title,
  description,
  bars,
  max,
  table,
}: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  max: number;
  table: ReactNode;
}) {
  const height = Math.max(1, bars.length) * ROW + 4;
  const span = WIDTH - VALUE_SPACE;
  const scale = (v: number) => (max <= 0 ? 0 : Math.max(0, Math.min(1, v / max)) * span);
  return (
    <ChartFigure id={id} title={title} description={description} width={WIDTH} height={height} table={table}>
      {bars.map((b, i) => {
        const y = i * ROW;
        const w = scale(b.value);
        return (
          <g key={b.key} className="chart-row">
            <text className="chart-label" x={0} y={y + LABEL_Y}>
              {clip(b.label, 80)}
            </text>
            <rect className="chart-track" x={0} y={y + BAR_Y} width={span} height={BAR_H} rx={3} />
            {w > 0 && <rect className="chart-bar" x={0} y={y + BAR_Y} width={Math.max(2, w)} height={BAR_H} rx={3} />}
            <text className="chart-value" x={span + 10} y={y + BAR_Y + BAR_H - 3}>
              {b.valueText}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
