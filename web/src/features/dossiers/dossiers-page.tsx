import { fetchDossiers } from '../../api/dossiers';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, PAGE_SIZE, readPage, toQueryKey } from '../../lib/list-query';
import { useFetch } from '../../lib/use-fetch';
import { navigateWithQuery, routeHrefWithQuery, useHashQuery } from '../shell/use-hash-route';
import { DossiersTable } from './dossiers-table';

const loadDossiers = (key: string, signal: AbortSignal) => fetchDossiers(fromQueryKey(key), signal);

export const DOSSIER_VIEWS = ['todo', 'overdue', 'all'] as const;
export type DossierView = (typeof DOSSIER_VIEWS)[number];

const isView = (value: string | undefined): value is DossierView =>
  (DOSSIER_VIEWS as readonly string[]).includes(value ?? '');

/** #/dossiers?view=todo|overdue|all: the evaluation dossiers within the user's reach. */
export function DossiersPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const view: DossierView = isView(route.view) ? route.view : 'todo';
  const page = readPage(route.page);
  const query = {
    todo: view === 'todo' ? 'true' : undefined,
    overdue: view === 'overdue' ? 'true' : undefined,
    page: String(page),
    pageSize: String(PAGE_SIZE),
  };
  const state = useFetch(toQueryKey(query), loadDossiers);

  return (
    <>
      <div className="page-heading">
        <h1>{t('dossiers.heading')}</h1>
      </div>
      <p className="lead">{t(user.role === 'producer' ? 'dossiers.introProducer' : 'dossiers.intro')}</p>
      <nav className="tabs" aria-label={t('dossiers.viewsLabel')}>
        <ul>
          {DOSSIER_VIEWS.map((option) => (
            <li key={option}>
              <a
                href={routeHrefWithQuery(['dossiers'], { view: option })}
                aria-current={option === view ? 'page' : undefined}
              >
                {t(`dossiers.view.${option}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <DossiersTable
            dossiers={state.data.items}
            caption={t('dossiers.caption', { view: t(`dossiers.view.${view}`), total: state.data.total })}
          />
          <Pagination
            page={page}
            total={state.data.total}
            onPage={(next) =>
              navigateWithQuery(['dossiers'], { view, page: next > 1 ? String(next) : undefined })
            }
          />
        </>
      )}
    </>
  );
}
