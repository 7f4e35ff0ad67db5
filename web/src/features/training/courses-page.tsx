import { fetchTrainingCourses } from '../../api/training';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, pickFilters, readPage, toApiQuery, toQueryKey } from '../../lib/list-query';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { COURSE_FILTER_KEYS, type CourseFilters, CourseFiltersForm } from './course-filters';
import { CoursesTable } from './courses-table';
import { CoveragePanel } from './coverage-panel';

const loadCourses = (key: string, signal: AbortSignal) => fetchTrainingCourses(fromQueryKey(key), signal);

/** #/training?q=&topic=&from=&to=&province=: the coverage of the year, then the courses, latest first. */
export function CoursesPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const isMinistry = user.provinceCode === null;
  const picked: CourseFilters = pickFilters(route, COURSE_FILTER_KEYS);
  // A province role's list is its province's anyway (plus national courses): only the ministry chooses one.
  const filters: CourseFilters = isMinistry ? picked : { ...picked, province: undefined };
  const province = filters.province && /^\d{2}$/.test(filters.province) ? filters.province : undefined;
  const page = readPage(route.page);
  const state = useFetch(toQueryKey(toApiQuery(filters, page)), loadCourses);
  const show = (next: CourseFilters, nextPage = 1) =>
    navigateWithQuery(['training'], { ...next, page: nextPage > 1 ? String(nextPage) : undefined });

  return (
    <>
      <div className="page-heading">
        <h1>{t('training.heading')}</h1>
        {can(user.role, 'programme:manage') && (
          <a className="button-link" href={routeHref('training', 'new')}>
            {t('training.new')}
          </a>
        )}
      </div>
      <p className="lead">{t('training.intro')}</p>
      <CoveragePanel provinceCode={province} />
      <CourseFiltersForm
        key={toQueryKey(filters)}
        initial={filters}
        canChooseProvince={isMinistry}
        onApply={(next) => show(next)}
      />
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <CoursesTable courses={state.data.items} total={state.data.total} />
          <Pagination page={page} total={state.data.total} onPage={(next) => show(filters, next)} />
        </>
      )}
    </>
  );
}
