import { fetchStampFlags } from '../../api/stamps';
import type { StampFlag, User } from '../../api/types';
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
import { useProvinceNames } from '../../lib/use-province-names';
import { formatDateTime } from '../dossiers/dossier-labels';
import { navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { canonicalCode } from './flag-details';
import { FlagReason, FlagStateBadge } from './flag-reason';
import { StampOfficeTabs } from './stamp-office-tabs';

const FILTER_KEYS = ['q', 'state', 'province'] as const;
type FlagFilters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;
const STATES = ['open', 'dismissed', 'confirmed', 'all'] as const;

const loadFlags = (key: string, signal: AbortSignal) => fetchStampFlags(fromQueryKey(key), signal);

/** #/stamp-flags?state=open: codes that look copied, for the office to dismiss or confirm (open first). */
export function StampFlagsPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const filters: FlagFilters = pickFilters(route, FILTER_KEYS);
  const page = readPage(route.page);
  const state = filters.state ?? 'open';
  const initial: FlagFilters = { ...filters, state };
  const query = {
    state: state === 'all' ? undefined : state,
    code: filters.q ? canonicalCode(filters.q) : undefined,
    province: filters.province,
    page: String(page),
    pageSize: String(PAGE_SIZE),
  };
  const flags = useFetch(toQueryKey(query), loadFlags);
  const show = (next: FlagFilters, nextPage = 1) =>
    navigateWithQuery(['stamp-flags'], { ...next, page: nextPage > 1 ? String(nextPage) : undefined });

  return (
    <>
      <h1>{t('stampOffice.heading')}</h1>
      <p className="lead">{t('stampFlags.intro')}</p>
      <StampOfficeTabs current="stamp-flags" />
      <FiltersForm
        key={toQueryKey(filters)}
        idPrefix="stamp-flags"
        label={t('stampFlags.filtersLabel')}
        searchLabel={t('stampFlags.code')}
        searchHint={t('stampFlags.codeHint')}
        showArchived={false}
        initial={initial}
        onApply={(next) => show(next)}
      >
        {(draft, set) => (
          <>
            <SelectField
              label={t('stampFlags.state')}
              name="state"
              value={draft.state ?? 'open'}
              onChange={(value) => set({ state: value })}
              options={STATES.map((value) => ({ value, label: t(`stampFlags.state.${value}`) }))}
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
      {flags.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {flags.status === 'error' && <ErrorAlert error={flags.error} />}
      {flags.status === 'success' && (
        <>
          <FlagsTable
            flags={flags.data.items}
            total={flags.data.total}
            showProvince={user.provinceCode === null}
          />
          <Pagination page={page} total={flags.data.total} onPage={(next) => show(filters, next)} />
        </>
      )}
    </>
  );
}

interface FlagsTableProps {
  flags: readonly StampFlag[];
  total: number;
  showProvince: boolean;
}

function FlagsTable({ flags, total, showProvince }: FlagsTableProps) {
  const { t, language } = useI18n();
  const provinceName = useProvinceNames();
  return (
    <div className="table-wrap full">
      <table data-testid="stamp-flags-table">
        <caption>{t('stampFlags.caption', { total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stampFlags.code')}</th>
            <th scope="col">{t('stampFlags.product')}</th>
            {showProvince && <th scope="col">{t('stampFlags.province')}</th>}
            <th scope="col">{t('stampFlags.reason')}</th>
            <th scope="col">{t('stampFlags.detectedAt')}</th>
            <th scope="col">{t('stampFlags.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('stampFlags.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {flags.map((flag) => (
            <tr key={flag.id} data-testid="stamp-flag-row">
              <th scope="row" className="code">
                <PublicLink href={verifyPageHref(flag.code)}>{flag.code}</PublicLink>
              </th>
              <td>
                <a href={routeHref('products', flag.product.id)}>{flag.product.name}</a>
              </td>
              {showProvince && <td>{provinceName(flag.provinceCode)}</td>}
              <td>
                <FlagReason flag={flag} />
              </td>
              <td className="code">{formatDateTime(flag.detectedAt, language)}</td>
              <td>
                <FlagStateBadge state={flag.state} />
              </td>
              <td>
                <a href={routeHref('stamp-flags', flag.id)}>
                  {flag.state === 'open' ? t('stampFlags.handle') : t('stampFlags.view')}
                  <span className="visually-hidden"> {flag.code}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {flags.length === 0 && <p className="empty">{t('stampFlags.empty')}</p>}
    </div>
  );
}
