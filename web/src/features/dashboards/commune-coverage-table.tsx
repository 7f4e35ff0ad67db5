import { useId, useMemo, useState } from 'react';
import type { CommuneRow, ProvinceDashboard } from '../../api/programme';
import { FilterField } from '../../components/filter-field';
import { filterByText } from '../../i18n/fold';
import { useI18n } from '../../i18n/i18n-context';
import { formatNumber } from './programme-format';
import { type SortValue, sortRows } from './sort-rows';
import { SortHeader, useSort } from './sortable';

type SortKey = 'name' | 'type' | 'products' | 'three' | 'four' | 'five' | 'covered';
type CoverageFilter = 'all' | 'covered' | 'notCovered';

const SORT_VALUE: Record<SortKey, (row: CommuneRow) => SortValue> = {
  name: (row) => row.name,
  type: (row) => row.type,
  products: (row) => row.products,
  three: (row) => row.byStars[3],
  four: (row) => row.byStars[4],
  five: (row) => row.byStars[5],
  covered: (row) => (row.isCovered ? 1 : 0),
};

const firstDirection = (key: SortKey) => (key === 'name' || key === 'type' ? 'ascending' : 'descending');

/** Every commune of the province: products in force (≥ 3★), by stars, and whether it is covered. */
export function CommuneCoverageTable({ data }: { data: Pick<ProvinceDashboard, 'communes' | 'coverage'> }) {
  const { t, language } = useI18n();
  const selectId = useId();
  const [query, setQuery] = useState('');
  const [coverage, setCoverage] = useState<CoverageFilter>('all');
  const [sort, onSort] = useSort<SortKey>({ key: 'name', direction: 'ascending' }, firstDirection);
  const rows = useMemo(() => {
    const kept = filterByText(data.communes, query, (row) => [row.name, row.code]).filter(
      (row) => coverage === 'all' || row.isCovered === (coverage === 'covered'),
    );
    return sortRows(kept, SORT_VALUE[sort.key], sort.direction, language);
  }, [data.communes, query, coverage, sort, language]);
  const { covered, total, percent } = data.coverage;
  const header = (key: SortKey, label: string, isNumeric = true) => (
    <SortHeader label={label} sortKey={key} state={sort} onSort={onSort} isNumeric={isNumeric} />
  );

  return (
    <section aria-labelledby="dash-coverage" className="dash-section">
      <h2 id="dash-coverage">{t('dash.coverage')}</h2>
      <p className="coverage-summary" data-testid="coverage-summary">
        {t('dash.coverageSummary', {
          covered: formatNumber(covered, language),
          total: formatNumber(total, language),
          percent: percent === null ? '—' : formatNumber(percent, language),
        })}
      </p>
      <div className="table-tools">
        <FilterField
          label={t('dash.filterCommunes')}
          value={query}
          onChange={setQuery}
          shown={rows.length}
          total={data.communes.length}
          testId="commune-filter"
        />
        <div className="field">
          <label htmlFor={selectId}>{t('dash.coverageFilter')}</label>
          <select
            id={selectId}
            value={coverage}
            onChange={(event) => setCoverage(event.target.value as CoverageFilter)}
            data-testid="coverage-filter"
          >
            <option value="all">{t('common.all')}</option>
            <option value="covered">{t('dash.coveredOnly')}</option>
            <option value="notCovered">{t('dash.notCoveredOnly')}</option>
          </select>
        </div>
      </div>
      <div className="table-wrap">
        <table className="dash-table" data-testid="commune-table">
          <caption>{t('dash.coverageCaption', { shown: rows.length, total: data.communes.length })}</caption>
          <thead>
            <tr>
              {header('name', t('dash.commune'), false)}
              {header('type', t('dash.unitType'), false)}
              {header('products', t('dash.productsInForce'))}
              {header('three', t('dash.starsShort', { stars: 3 }))}
              {header('four', t('dash.starsShort', { stars: 4 }))}
              {header('five', t('dash.starsShort', { stars: 5 }))}
              {header('covered', t('dash.covered'), false)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.code}
                data-testid="commune-row"
                className={row.isCovered ? undefined : 'row-uncovered'}
              >
                <th scope="row">
                  {row.name} <span className="muted small code">{row.code}</span>
                </th>
                <td>{row.type}</td>
                <td className="num">{formatNumber(row.products, language)}</td>
                <td className="num">{formatNumber(row.byStars[3], language)}</td>
                <td className="num">{formatNumber(row.byStars[4], language)}</td>
                <td className="num">{formatNumber(row.byStars[5], language)}</td>
                <td>
                  <span
                    className={`badge ${row.isCovered ? 'status-valid' : 'status-none'}`}
                    data-testid="covered"
                  >
                    <span aria-hidden="true">{row.isCovered ? '✓ ' : '✗ '}</span>
                    {t(row.isCovered ? 'dash.coveredYes' : 'dash.coveredNo')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty">{t('common.noResults')}</p>}
      </div>
    </section>
  );
}
