import { useMemo } from 'react';
import type { HistoryPoint, ProvinceDashboard, StarCounts } from '../../api/programme';
import { useI18n } from '../../i18n/i18n-context';
import { ChartFigure } from './chart-figure';
import { CHART_COLOURS, type ChartOption, STAR_COLOURS } from './echart';
import { formatMonth, formatNumber } from './programme-format';

export type Breakdowns = Pick<
  ProvinceDashboard,
  'byStars' | 'byGroup' | 'bySector' | 'unclassifiedProducts' | 'byProducerType' | 'history'
>;

const STARS = [3, 4, 5] as const;

// Labels fit inside the chart box: the grid keeps the axis labels within it.
const GRID = {
  left: 8,
  right: 16,
  top: 32,
  bottom: 8,
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
} as const;

/** The breakdowns of a dashboard: stars, producer types, sectors and groups, and the monthly history. */
export function BreakdownCharts({ data }: { data: Breakdowns }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="dash-breakdowns" className="dash-section">
      <h2 id="dash-breakdowns">{t('dash.breakdowns')}</h2>
      <div className="chart-grid">
        <StarsChart byStars={data.byStars} />
        <ProducerTypeChart rows={data.byProducerType} />
        <SectorChart data={data} />
        <HistoryChart history={data.history} />
      </div>
    </section>
  );
}

export function StarsChart({ byStars }: { byStars: StarCounts }) {
  const { t, language } = useI18n();
  const total = STARS.reduce((sum, s) => sum + byStars[s], 0);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: GRID,
      xAxis: { type: 'category', data: STARS.map((s) => t('dash.starsShort', { stars: s })) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('dash.products'),
          barMaxWidth: 64,
          label: { show: true, position: 'top' },
          data: STARS.map((s) => ({ value: byStars[s], itemStyle: { color: STAR_COLOURS[s] } })),
        },
      ],
    }),
    [byStars, t],
  );
  const summary = t('dash.starsSummary', {
    total: formatNumber(total, language),
    three: formatNumber(byStars[3], language),
    four: formatNumber(byStars[4], language),
    five: formatNumber(byStars[5], language),
  });
  return (
    <ChartFigure
      title={t('dash.byStars')}
      summary={summary}
      option={option}
      testId="chart-stars"
      table={
        <table className="dash-table">
          <thead>
            <tr>
              <th scope="col">{t('dash.starRank')}</th>
              <th scope="col" className="num">
                {t('dash.products')}
              </th>
            </tr>
          </thead>
          <tbody>
            {STARS.map((s) => (
              <tr key={s}>
                <th scope="row">{t('dash.starsShort', { stars: s })}</th>
                <td className="num">{formatNumber(byStars[s], language)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dash.total')}</th>
              <td className="num">{formatNumber(total, language)}</td>
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}

export function ProducerTypeChart({ rows }: { rows: Breakdowns['byProducerType'] }) {
  const { t, language } = useI18n();
  const shown = rows.filter((r) => r.producers > 0);
  const option = useMemo<ChartOption>(
    () => ({
      color: CHART_COLOURS,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'plain' },
      series: [
        {
          type: 'pie',
          name: t('dash.producers'),
          radius: ['35%', '65%'],
          center: ['50%', '45%'],
          label: { formatter: '{c}' },
          data: rows
            .filter((r) => r.producers > 0)
            .map((r) => ({ name: r.label[language], value: r.producers })),
        },
      ],
    }),
    [rows, t, language],
  );
  const total = rows.reduce((sum, r) => sum + r.producers, 0);
  const top = [...shown].sort((a, b) => b.producers - a.producers)[0];
  const summary = top
    ? t('dash.typesSummary', {
        total: formatNumber(total, language),
        top: top.label[language],
        count: formatNumber(top.producers, language),
      })
    : t('dash.noData');
  return (
    <ChartFigure
      title={t('dash.byProducerType')}
      summary={summary}
      option={option}
      testId="chart-producer-types"
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dash.producerType')}</th>
              <th scope="col" className="num">
                {t('dash.producers')}
              </th>
              <th scope="col" className="num">
                {t('dash.products')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.type}>
                <th scope="row">{r.label[language]}</th>
                <td className="num">{formatNumber(r.producers, language)}</td>
                <td className="num">{formatNumber(r.products, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function SectorChart({ data }: { data: Breakdowns }) {
  const { t, language } = useI18n();
  const sectors = useMemo(() => [...data.bySector].sort((a, b) => a.products - b.products), [data.bySector]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: GRID,
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: sectors.map((s) => s.sector),
        axisLabel: { width: 150, overflow: 'break' },
      },
      series: [
        {
          type: 'bar',
          name: t('dash.products'),
          barMaxWidth: 28,
          itemStyle: { color: CHART_COLOURS[0] },
          label: { show: true, position: 'right' },
          data: sectors.map((s) => s.products),
        },
      ],
    }),
    [sectors, t],
  );
  const top = sectors[sectors.length - 1];
  const summary = top
    ? t('dash.sectorsSummary', {
        count: sectors.length,
        top: top.sector,
        products: formatNumber(top.products, language),
      })
    : t('dash.noData');
  return (
    <ChartFigure
      title={t('dash.bySector')}
      summary={
        data.unclassifiedProducts > 0
          ? `${summary} ${t('dash.unclassified', { count: data.unclassifiedProducts })}`
          : summary
      }
      option={option}
      height={Math.max(220, sectors.length * 44 + 48)}
      testId="chart-sectors"
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dash.sector')}</th>
              <th scope="col">{t('dash.group')}</th>
              <th scope="col" className="num">
                {t('dash.products')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.byGroup.map((g) => (
              <tr key={`${g.sectorCode}-${g.groupCode}`}>
                <td>{g.sector}</td>
                <th scope="row">{g.group}</th>
                <td className="num">{formatNumber(g.products, language)}</td>
              </tr>
            ))}
            {data.unclassifiedProducts > 0 && (
              <tr>
                <td colSpan={2}>{t('dash.unclassifiedRow')}</td>
                <td className="num">{formatNumber(data.unclassifiedProducts, language)}</td>
              </tr>
            )}
          </tbody>
        </table>
      }
    />
  );
}

export function HistoryChart({ history }: { history: readonly HistoryPoint[] }) {
  const { t, language } = useI18n();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { ...GRID, top: 40 },
      xAxis: {
        type: 'category',
        data: history.map((p) => formatMonth(p.month)),
        axisLabel: { hideOverlap: true },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'line',
          name: t('dash.total'),
          data: history.map((p) => p.total),
          lineStyle: { width: 3 },
          itemStyle: { color: CHART_COLOURS[0] },
        },
        ...STARS.map(
          (s) =>
            ({
              type: 'line',
              name: t('dash.starsShort', { stars: s }),
              data: history.map((p) => p.byStars[s]),
              itemStyle: { color: STAR_COLOURS[s] },
              lineStyle: { type: 'dashed' },
            }) as const,
        ),
      ],
    }),
    [history, t],
  );
  const first = history[0];
  const last = history[history.length - 1];
  const summary =
    first && last
      ? t('dash.historySummary', {
          from: formatMonth(first.month),
          to: formatMonth(last.month),
          start: formatNumber(first.total, language),
          end: formatNumber(last.total, language),
        })
      : t('dash.noData');
  return (
    <ChartFigure
      title={t('dash.history')}
      summary={summary}
      option={option}
      wide
      testId="chart-history"
      table={<HistoryTable history={history} />}
    />
  );
}

export function HistoryTable({ history }: { history: readonly HistoryPoint[] }) {
  const { t, language } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('dash.month')}</th>
          <th scope="col" className="num">
            {t('dash.total')}
          </th>
          {STARS.map((s) => (
            <th key={s} scope="col" className="num">
              {t('dash.starsShort', { stars: s })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {history.map((p) => (
          <tr key={p.month}>
            <th scope="row">{formatMonth(p.month)}</th>
            <td className="num">{formatNumber(p.total, language)}</td>
            {STARS.map((s) => (
              <td key={s} className="num">
                {formatNumber(p.byStars[s], language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
