import { fetchDecisions } from '../../api/decisions';
import type { DecisionSummary, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { routeHref, useHashQuery } from '../shell/use-hash-route';
import { DecisionDraftForm } from './decision-draft-form';

const loadDecisions = (_key: string, signal: AbortSignal) => fetchDecisions(signal);

/** #/decisions: recognition decisions — drafts to prepare (office) and to sign (leader), signed ones. */
export function DecisionsPage({ user }: { user: User }) {
  const { t } = useI18n();
  const preselected = useHashQuery().dossier ?? null;
  const decisions = useFetch('decisions', loadDecisions);
  const signs = can(user.role, 'decisions:sign');

  return (
    <>
      <h1>{t('decisions.heading')}</h1>
      <p className="lead">{t(signs ? 'decisions.introSigner' : 'decisions.intro')}</p>
      {can(user.role, 'evaluation:manage') && (
        <DecisionDraftForm level={user.provinceCode ? 'province' : 'central'} preselected={preselected} />
      )}
      <section className="section-gap" aria-labelledby="decisions-list-heading">
        <h2 id="decisions-list-heading">{t('decisions.listHeading')}</h2>
        {decisions.status === 'loading' && <p role="status">{t('app.loading')}</p>}
        {decisions.status === 'error' && <ErrorAlert error={decisions.error} />}
        {decisions.status === 'success' && <DecisionsTable decisions={decisions.data} />}
      </section>
    </>
  );
}

function DecisionsTable({ decisions }: { decisions: readonly DecisionSummary[] }) {
  const { t } = useI18n();
  // Drafts first (they wait for someone), then the signed ones, newest first.
  const sorted = [...decisions].sort(
    (a, b) =>
      Number(b.status === 'draft') - Number(a.status === 'draft') || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <div className="table-wrap full">
      <table data-testid="decisions-table">
        <caption>{t('decisions.caption', { total: decisions.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.title')}</th>
            <th scope="col">{t('decisions.status')}</th>
            <th scope="col">{t('decisions.number')}</th>
            <th scope="col">{t('decisions.signedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((decision) => (
            <tr key={decision.id} data-testid="decision-row">
              <th scope="row">
                <a href={routeHref('decisions', decision.id)}>{decision.title}</a>
                <div className="muted small">
                  {t(`councils.level.${decision.level}`)} · {decision.createdAt.slice(0, 10)}
                </div>
              </th>
              <td>
                <span className={`badge decision-${decision.status}`}>
                  {t(`decisions.status.${decision.status}`)}
                </span>
              </td>
              <td className="code">{decision.number ?? '—'}</td>
              <td className="code">{decision.signedOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {decisions.length === 0 && <p className="empty">{t('decisions.none')}</p>}
    </div>
  );
}
