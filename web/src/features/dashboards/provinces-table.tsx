import { useId, useMemo, useState } from 'react';
import type { DashboardQuery, NationalDashboard, ProvinceRow } from '../../api/programme';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/vi';
import { routeHrefWithQuery } from '../shell/use-hash-route';
import { ChartFigure } from './chart-figure';
import { CHART_COLOURS, type ChartOption, STAR_COLOURS } from './echart';
import { formatNumber } from './programme-format';
import { type SortValue, sortRows } from './sort-rows';
import { SortHeader, useSort } from './sortable';

type Totals = NationalDashboard['totals'];
type SortKey =
  | 'name'
  | 'products'
  | 'three'
  | 'four'
  | 'five'
  | 'communesCovered'
  | 'coveragePercent'
  | 'producers'
  | 'newProducts'
  | 'upgradedProducts'
  | 'salePoints';

const SORT_VALUE: Record<SortKey, (row: ProvinceRow) => SortValue> = {
  name: (row) => row.name,
  products: (row) => row.products,
  three: (row) => row.byStars[3],
  four: (row) => row.byStars[4],
  five: (row) => row.byStars[5],
  communesCovered: (row) => row.communesCovered,
  coveragePercent: (row) => row.coveragePercent,
  producers: (row) => row.producers,
  newProducts: (row) => row.newProducts,
  upgradedProducts: (row) => row.upgradedProducts,
  salePoints: (row) => row.salePoints,
};

const provinceHref = (code: string, query: DashboardQuery) =>
  routeHrefWithQuery(['dashboards', 'province', code], { asOf: query.asOf, from: query.from, to: query.to });

/** The 34 provinces with their key indicators, sortable by any column; a name opens that province's dashboard. */
export function ProvincesTable({ data, query }: { data: NationalDashboard; query: DashboardQuery }) {
  const { t, language } = useI18n();
  const [sort, onSort] = useSort<SortKey>({ key: 'products', direction: 'descending' }, (key) =>
    key === 'name' ? 'ascending' : 'descending',
  );
  const rows = useMemo(
    () => sortRows(data.provinces, SORT_VALUE[sort.key], sort.direction, language),
    [data.provinces, sort, language],
  );
  const n = (value: number) => formatNumber(value, language);
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value, language)}%`);
  const header = (key: SortKey, label: string, isNumeric = true) => (
    <SortHeader label={label} sortKey={key} state={sort} onSort={onSort} isNumeric={isNumeric} />
  );
  const cells = (row: ProvinceRow | Totals) => (
    <>
      <td className="num">{n(row.products)}</td>
      <td className="num">{n(row.byStars[3])}</td>
      <td className="num">{n(row.byStars[4])}</td>
      <td className="num">{n(row.byStars[5])}</td>
      <td className="num">
        {n(row.communesCovered)}/{n(row.communesTotal)}
      </td>
      <td className="num">{percent(row.coveragePercent)}</td>
      <td className="num">{n(row.producers)}</td>
      <td className="num">{n(row.newProducts)}</td>
      <td className="num">{n(row.upgradedProducts)}</td>
      <td className="num">{n(row.salePoints)}</td>
    </>
  );
  return (
    <section aria-labelledby="dash-provinces" className="dash-section">
      <h2 id="dash-provinces">{t('dash.provinces')}</h2>
      <div className="table-wrap full">
        <table className="dash-table" data-testid="provinces-table">
          <caption>{t('dash.provincesCaption', { count: data.provinces.length })}</caption>
          <thead>
            <tr>
              {header('name', t('dash.province'), false)}
              {header('products', t('dash.productsInForce'))}
              {header('three', t('dash.starsShort', { stars: 3 }))}
              {header('four', t('dash.starsShort', { stars: 4 }))}
              {header('five', t('dash.starsShort', { stars: 5 }))}
              {header('communesCovered', t('dash.communesCovered'))}
              {header('coveragePercent', t('dash.coveragePercent'))}
              {header('producers', t('dash.producers'))}
              {header('newProducts', t('dash.newProducts'))}
              {header('upgradedProducts', t('dash.upgradedProducts'))}
              {header('salePoints', t('dash.salePoints'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-testid="province-dashboard-row">
                <th scope="row">
                  <a href={provinceHref(row.code, query)}>{row.name}</a>
                </th>
                {cells(row)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="totals-row">
              <th scope="row">{t('dash.total')}</th>
              {cells(data.totals)}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="small muted">{t('dash.totalsNote')}</p>
    </section>
  );
}

const METRICS = [
  'products',
  'coveragePercent',
  'producers',
  'newProducts',
  'upgradedProducts',
  'salePoints',
] as const satisfies readonly SortKey[];
type Metric = (typeof METRICS)[number];

const METRIC_LABEL: Record<Metric, MessageKey> = {
  products: 'dash.productsInForce',
  coveragePercent: 'dash.coveragePercent',
  producers: 'dash.producers',
  newProducts: 'dash.newProducts',
  upgradedProducts: 'dash.upgradedProducts',
  salePoints: 'dash.salePoints',
};

/** The provinces side by side on one indicator (products by stars, coverage, producers…), highest first. */
export function ProvincesChart({ data }: { data: NationalDashboard }) {
  const { t, language } = useI18n();
  const selectId = useId();
  const [metric, setMetric] = useState<Metric>('products');
  const rows = useMemo(
    () => sortRows(data.provinces, SORT_VALUE[metric], 'descending', language),
    [data.provinces, metric, language],
  );
  const value = (row: ProvinceRow) => SORT_VALUE[metric](row) as number | null;
  const option = useMemo<ChartOption>(() => {
    const names = rows.map((r) => r.name);
    const series: ChartOption['series'] =
      metric === 'products'
        ? ([3, 4, 5] as const).map((s) => ({
            type: 'bar' as const,
            stack: 'stars',
            name: t('dash.starsShort', { stars: s }),
            itemStyle: { color: STAR_COLOURS[s] },
            data: rows.map((r) => r.byStars[s]),
          }))
        : [
            {
              type: 'bar' as const,
              name: t(METRIC_LABEL[metric]),
              itemStyle: { color: CHART_COLOURS[0] },
              data: rows.map((r) => SORT_VALUE[metric](r)),
            },
          ];
    return {
      tooltip: { trigger: 'axis' },
      legend: metric === 'products' ? { top: 0 } : { show: false },
      grid: {
        left: 8,
        right: 16,
        top: 40,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 55 } },
      yAxis: { type: 'value', minInterval: metric === 'coveragePercent' ? 0 : 1 },
      series,
    };
  }, [rows, metric, t]);
  const top = rows[0];
  const summary = top
    ? t('dash.compareSummary', {
        metric: t(METRIC_LABEL[metric]),
        top: top.name,
        value: formatNumber(value(top) ?? 0, language),
      })
    : t('dash.noData');
  return (
    <section aria-labelledby="dash-compare" className="dash-section">
      <h2 id="dash-compare">{t('dash.compare')}</h2>
      <div className="inline-search">
        <label htmlFor={selectId}>{t('dash.compareMetric')}</label>
        <select id={selectId} value={metric} onChange={(event) => setMetric(event.target.value as Metric)}>
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {t(METRIC_LABEL[m])}
            </option>
          ))}
        </select>
      </div>
      <div className="chart-grid">
        <ChartFigure
          title={t('dash.compareTitle', { metric: t(METRIC_LABEL[metric]) })}
          summary={summary}
          option={option}
          height={420}
          wide
          testId="chart-provinces"
          table={
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dash.province')}</th>
                  <th scope="col" className="num">
                    {t(METRIC_LABEL[metric])}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const v = value(row);
                  return (
                    <tr key={row.code}>
                      <th scope="row">{row.name}</th>
                      <td className="num">
                        {v === null ? '—' : formatNumber(v, language)}
                        {metric === 'coveragePercent' && v !== null ? '%' : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          }
        />
      </div>
    </section>
  );
}
