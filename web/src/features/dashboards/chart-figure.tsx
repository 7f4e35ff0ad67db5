import { type ReactNode, useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { type ChartOption, EChart } from './echart';

interface ChartFigureProps {
  title: string;
  /** One sentence with the main numbers: the chart's accessible name, and shown under it. */
  summary: string;
  option: ChartOption;
  /** The same numbers as a table (the text equivalent), behind a disclosure. */
  table: ReactNode;
  height?: number;
  testId?: string;
  wide?: boolean;
}

/** A titled chart with a one-line summary and its data table. */
export function ChartFigure({ title, summary, option, table, height, testId, wide }: ChartFigureProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <figure
      className={wide ? 'chart-figure chart-wide' : 'chart-figure'}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <p className="muted small chart-summary">{summary}</p>
      </figcaption>
      <EChart option={option} label={`${title}. ${summary}`} {...(height ? { height } : {})} />
      <details className="chart-data">
        <summary>
          {t('dash.showTable')}
          <span className="visually-hidden">: {title}</span>
        </summary>
        <div className="table-wrap">{table}</div>
      </details>
    </figure>
  );
}
