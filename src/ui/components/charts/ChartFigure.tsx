import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart as plain SVG, exposed as one image: role="img", named by its <title> and described by
 * its <desc> (a sentence with the figures that matter). The same data follows as a table, behind
 * a "Show as a table" disclosure, for screen readers, keyboard users and anyone who wants numbers.
 */
export function ChartFigure({
  id,
  title,
  description,
  width,
  height,
  children,
  legend,
  table,
}: {
  /** Unique in the page; the title and description ids derive from it. */
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  /** The SVG's drawing: presentational, since the image is described as a whole. */
  children: ReactNode;
  /** A key to the marks, shown under the drawing (it repeats what the description says). */
  legend?: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <figure className="chart" data-chart={id}>
      <svg
        className="chart-svg"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      {legend}
      <details className="chart-table">
        <summary>{t('progressScreen.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}

/** Shortens a label drawn in the SVG; the table alternative always has it in full. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
