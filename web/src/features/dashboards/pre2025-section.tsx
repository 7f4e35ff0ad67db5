import { useMemo } from 'react';
import type { Pre2025Row, Pre2025View } from '../../api/programme';
import { useI18n } from '../../i18n/i18n-context';
import { ChartFigure } from './chart-figure';
import { CHART_COLOURS, type ChartOption } from './echart';
import { formatMonth, formatNumber } from './programme-format';
import { type SortValue, sortRows } from './sort-rows';
import { SortHeader, useSort } from './sortable';

type SortKey = 'name' | 'products' | 'three' | 'four' | 'five' | 'approximate';

const SORT_VALUE: Record<SortKey, (row: Pre2025Row) => SortValue> = {
  name: (row) => row.name,
  products: (row) => row.products,
  three: (row) => row.byStars[3],
  four: (row) => row.byStars[4],
  five: (row) => row.byStars[5],
  approximate: (row) => row.approximateProducts,
};

/** The same counts by the units before 1 July 2025 (old provinces and districts), through the mapping. */
export function Pre2025Section({ view }: { view: Pre2025View }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="dash-pre2025" className="dash-section" data-testid="pre2025">
      <h2 id="dash-pre2025">{t('dash.pre2025Heading')}</h2>
      <p className="alert alert-warning">{view.note[language]}</p>
      {view.unattributedProducts > 0 && (
        <p className="muted">
          {t('dash.unattributed', { count: formatNumber(view.unattributedProducts, language) })}
        </p>
      )}
      <Pre2025Table
        rows={view.provinces}
        caption={t('dash.oldProvinces')}
        unitLabel={t('dash.oldProvince')}
      />
      {view.districts.length > 0 && (
        <Pre2025Table
          rows={view.districts}
          caption={t('dash.oldDistricts')}
          unitLabel={t('dash.oldDistrict')}
        />
      )}
      {view.history.length > 0 && <Pre2025History history={view.history} />}
    </section>
  );
}

function Pre2025Table({
  rows,
  caption,
  unitLabel,
}: {
  rows: readonly Pre2025Row[];
  caption: string;
  unitLabel: string;
}) {
  const { t, language } = useI18n();
  const [sort, onSort] = useSort<SortKey>({ key: 'products', direction: 'descending' }, (key) =>
    key === 'name' ? 'ascending' : 'descending',
  );
  const sorted = useMemo(
    () => sortRows(rows, SORT_VALUE[sort.key], sort.direction, language),
    [rows, sort, language],
  );
  const header = (key: SortKey, label: string, isNumeric = true) => (
    <SortHeader label={label} sortKey={key} state={sort} onSort={onSort} isNumeric={isNumeric} />
  );
  return (
    <div className="table-wrap section-gap">
      <table className="dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', unitLabel, false)}
            {header('products', t('dash.productsInForce'))}
            {header('three', t('dash.starsShort', { stars: 3 }))}
            {header('four', t('dash.starsShort', { stars: 4 }))}
            {header('five', t('dash.starsShort', { stars: 5 }))}
            {header('approximate', t('dash.approximate'))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                {row.name} <span className="muted small code">{row.code}</span>
              </th>
              <td className="num">{formatNumber(row.products, language)}</td>
              <td className="num">{formatNumber(row.byStars[3], language)}</td>
              <td className="num">{formatNumber(row.byStars[4], language)}</td>
              <td className="num">{formatNumber(row.byStars[5], language)}</td>
              <td className="num">{formatNumber(row.approximateProducts, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Pre2025History({ history }: { history: Pre2025View['history'] }) {
  const { t, language } = useI18n();
  const months = useMemo(() => history[0]?.points.map((p) => p.month) ?? [], [history]);
  const option = useMemo<ChartOption>(
    () => ({
      color: CHART_COLOURS,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: {
        left: 8,
        right: 16,
        top: 40,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: { type: 'category', data: months.map(formatMonth), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: history.map((unit) => ({
        type: 'line' as const,
        name: unit.name,
        data: unit.points.map((p) => p.total),
      })),
    }),
    [history, months],
  );
  const summary = history
    .map((unit) => `${unit.name}: ${formatNumber(unit.points[unit.points.length - 1]?.total ?? 0, language)}`)
    .join('; ');
  return (
    <div className="chart-grid section-gap">
      <ChartFigure
        title={t('dash.pre2025History')}
        summary={summary}
        option={option}
        wide
        testId="chart-pre2025-history"
        table={
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dash.month')}</th>
                {history.map((unit) => (
                  <th key={unit.code} scope="col" className="num">
                    {unit.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month, index) => (
                <tr key={month}>
                  <th scope="row">{formatMonth(month)}</th>
                  {history.map((unit) => (
                    <td key={unit.code} className="num">
                      {formatNumber(unit.points[index]?.total ?? 0, language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
