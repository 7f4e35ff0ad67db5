import { fetchMisuseReports } from '../../api/stamps';
import type { MisuseReport, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FiltersForm } from '../../components/filters-form';
import { SelectField } from '../../components/form-field';
import { Pagination } from '../../components/pagination';
import { ProvinceFilter } from '../../components/province-filter';
import { PublicLink } from '../../components/public-link';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, PAGE_SIZE, pickFilters, readPage, toQueryKey } from '../../lib/list-query';
import { scopeOf } from '../../lib/permissions';
import { verifyPageHref } from '../../lib/public-links';
import { useFetch } from '../../lib/use-fetch';
import { formatDateTime } from '../dossiers/dossier-labels';
import { navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { REPORT_STATES, ReportStateBadge } from './report-state';
import { StampOfficeTabs } from './stamp-office-tabs';

const FILTER_KEYS = ['state', 'province'] as const;
type ReportFilters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

const loadReports = (key: string, signal: AbortSignal) => fetchMisuseReports(fromQueryKey(key), signal);

/** A long note cut at a word for the table; the whole note is on the report's page. */
function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/** #/misuse-reports?state=new: what consumers reported from the verification page, latest first. */
export function MisuseReportsPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const filters: ReportFilters = pickFilters(route, FILTER_KEYS);
  const page = readPage(route.page);
  const query = { ...filters, page: String(page), pageSize: String(PAGE_SIZE) };
  const reports = useFetch(toQueryKey(query), loadReports);
  const show = (next: ReportFilters, nextPage = 1) =>
    navigateWithQuery(['misuse-reports'], { ...next, page: nextPage > 1 ? String(nextPage) : undefined });

  return (
    <>
      <h1>{t('stampOffice.heading')}</h1>
      <p className="lead">{t('reports.intro')}</p>
      <StampOfficeTabs current="misuse-reports" />
      <FiltersForm
        key={toQueryKey(filters)}
        idPrefix="misuse-reports"
        label={t('reports.filtersLabel')}
        showArchived={false}
        initial={filters}
        onApply={(next) => show(next)}
      >
        {(draft, set) => (
          <>
            <SelectField
              label={t('reports.state')}
              name="state"
              value={draft.state ?? ''}
              onChange={(state) => set({ state })}
              emptyLabel={t('common.all')}
              options={REPORT_STATES.map((value) => ({ value, label: t(`reports.state.${value}`) }))}
            />
            {user.provinceCode === null && (
              <ProvinceFilter
                scope={scopeOf(user)}
                value={draft.province}
                onChange={(province) => set({ province })}
              />
            )}
          </>
        )}
      </FiltersForm>
      {reports.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {reports.status === 'error' && <ErrorAlert error={reports.error} />}
      {reports.status === 'success' && (
        <>
          <ReportsTable reports={reports.data.items} total={reports.data.total} />
          <Pagination page={page} total={reports.data.total} onPage={(next) => show(filters, next)} />
        </>
      )}
    </>
  );
}

function ReportsTable({ reports, total }: { reports: readonly MisuseReport[]; total: number }) {
  const { t, language } = useI18n();
  return (
    <div className="table-wrap full">
      <table data-testid="misuse-reports-table">
        <caption>{t('reports.caption', { total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.receivedAt')}</th>
            <th scope="col">{t('reports.code')}</th>
            <th scope="col">{t('reports.product')}</th>
            <th scope="col">{t('reports.note')}</th>
            <th scope="col">{t('reports.place')}</th>
            <th scope="col">{t('reports.state')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id} data-testid="misuse-report-row">
              <th scope="row">
                <a href={routeHref('misuse-reports', report.id)}>
                  {formatDateTime(report.createdAt, language)}
                </a>
              </th>
              <td className="code">
                {report.code ? (
                  <PublicLink href={verifyPageHref(report.code)}>{report.code}</PublicLink>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {report.product ? (
                  <a href={routeHref('products', report.product.id)}>{report.product.name}</a>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {excerpt(report.note)}
                {report.hasPhoto && <span className="badge badge-muted">{t('reports.withPhoto')}</span>}
              </td>
              <td>{report.place ?? '—'}</td>
              <td>
                <ReportStateBadge state={report.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reports.length === 0 && <p className="empty">{t('reports.empty')}</p>}
    </div>
  );
}
