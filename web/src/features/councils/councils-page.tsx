import { useState } from 'react';
import { councilMinutesUrl, fetchCouncils } from '../../api/councils';
import type { Council, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { CouncilForm } from './council-form';
import { seatLabel } from './seat-roles';

const loadCouncils = (_key: string, signal: AbortSignal) => fetchCouncils(undefined, signal);

/** #/councils: the evaluation councils of the province (and the central one), and "Thành lập Hội đồng". */
export function CouncilsPage({ user }: { user: User }) {
  const { t } = useI18n();
  const [state, replace] = useEditableFetch('councils', loadCouncils);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const manage = can(user.role, 'evaluation:manage');

  return (
    <>
      <div className="page-heading">
        <h1>{t('councils.heading')}</h1>
        {manage && !open && (
          <button
            type="button"
            className="button-primary"
            aria-expanded={false}
            onClick={() => setOpen(true)}
          >
            {t('councils.create')}
          </button>
        )}
      </div>
      <p className="lead">{t('councils.intro')}</p>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      {open && (
        <CouncilForm
          user={user}
          onCancel={() => setOpen(false)}
          onCreated={(council) => {
            setOpen(false);
            setNotice(t('councils.created', { name: council.name }));
            if (state.status === 'success') replace([...state.data, council]);
          }}
        />
      )}
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && state.data.length === 0 && <p className="muted">{t('councils.none')}</p>}
      {state.status === 'success' &&
        state.data.map((council) => <CouncilCard key={council.id} council={council} />)}
    </>
  );
}

// Swedish formatting is ISO (YYYY-MM-DD) in the local time zone.
const today = () => new Date().toLocaleDateString('sv-SE');

function CouncilCard({ council }: { council: Council }) {
  const { t } = useI18n();
  const [sittingOn, setSittingOn] = useState(today);
  return (
    <section
      className="panel section-gap"
      aria-labelledby={`council-${council.id}`}
      data-testid="council-card"
    >
      <div className="page-heading">
        <h2 id={`council-${council.id}`}>{council.name}</h2>
        {!council.isActive && <span className="badge badge-muted">{t('councils.inactive')}</span>}
      </div>
      <p className="small">
        {t(`councils.level.${council.level}`)}
        {council.establishedBy &&
          ` · ${t('councils.establishedByValue', { decision: council.establishedBy })}`}
        {council.establishedOn && ` (${council.establishedOn})`}
        {` · ${t('councils.quorumValue', { percent: council.quorumPercent })}`}
      </p>
      <div className="table-wrap full">
        <table>
          <caption>{t('councils.membersCaption', { count: council.members.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('council.member')}</th>
              <th scope="col">{t('council.seat')}</th>
              <th scope="col">{t('council.agency')}</th>
            </tr>
          </thead>
          <tbody>
            {council.members.map((member) => (
              <tr key={member.userId}>
                <th scope="row">{member.displayName}</th>
                <td>{seatLabel(t, member.role)}</td>
                <td>
                  {member.agency ?? '—'}
                  {member.position && <span className="muted small"> · {member.position}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="inline-search section-gap">
        <label htmlFor={`sitting-${council.id}`}>{t('councils.sittingDate')}</label>
        <input
          id={`sitting-${council.id}`}
          type="date"
          value={sittingOn}
          onChange={(event) => setSittingOn(event.target.value)}
        />
        {sittingOn && (
          <a href={councilMinutesUrl(council.id, sittingOn)} download>
            {t('councils.sittingMinutes')}
          </a>
        )}
      </div>
    </section>
  );
}
