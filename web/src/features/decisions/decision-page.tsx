import { useState } from 'react';
import { annexUrl, certificatePdfUrl, fetchDecision } from '../../api/decisions';
import type { Decision, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { formatPoints, localised } from '../dossiers/dossier-labels';
import { Stars } from '../products/status-badge';
import { routeHref } from '../shell/use-hash-route';
import { SignForm } from './sign-form';

const loadDecision = (id: string, signal: AbortSignal) => fetchDecision(id, signal);

/** #/decisions/{id}: the annex of a decision, the leader's signature, then the documents it produced. */
export function DecisionPage({ id, user }: { id: string; user: User }) {
  const { t } = useI18n();
  const [state, replace] = useEditableFetch(id, loadDecision);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <a href={routeHref('decisions')}>{t('decisions.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <DecisionView
          decision={state.data}
          user={user}
          notice={notice}
          onSigned={(decision) => {
            replace(decision);
            setNotice(t('decisions.signed', { number: decision.number ?? '' }));
          }}
        />
      )}
    </>
  );
}

interface DecisionViewProps {
  decision: Decision;
  user: User;
  notice: string | null;
  onSigned: (decision: Decision) => void;
}

function DecisionView({ decision, user, notice, onSigned }: DecisionViewProps) {
  const { t, language } = useI18n();
  const signed = decision.status === 'signed';
  return (
    <>
      <div className="page-heading">
        <h1>{decision.title}</h1>
        <span className={`badge decision-${decision.status}`} data-testid="decision-status">
          {t(`decisions.status.${decision.status}`)}
        </span>
      </div>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('decisions.authority')}</dt>
          <dd>{decision.authorityName ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('decisions.number')}</dt>
          <dd className="code">{decision.number ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('decisions.signedOn')}</dt>
          <dd className="code">{decision.signedOn ?? '—'}</dd>
        </div>
        {signed && (
          <div>
            <dt>{t('decisions.annex')}</dt>
            <dd className="export-links">
              <a href={annexUrl(decision.id, 'pdf')} download data-testid="annex-pdf">
                {t('decisions.annexPdf')}
              </a>
              <a href={annexUrl(decision.id, 'xlsx')} download data-testid="annex-xlsx">
                {t('decisions.annexXlsx')}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {!signed && can(user.role, 'decisions:sign') && (
        <SignForm decisionId={decision.id} onSigned={onSigned} />
      )}
      {!signed && !can(user.role, 'decisions:sign') && (
        <p className="muted">{t('decisions.awaitingSignature')}</p>
      )}
      <div className="table-wrap full section-gap">
        <table data-testid="decision-items">
          <caption>{t('decisions.itemsCaption', { count: decision.items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dossiers.code')}</th>
              <th scope="col">{t('dossier.product')}</th>
              <th scope="col">{t('dossier.producer')}</th>
              <th scope="col">{t('decisions.productSet')}</th>
              <th scope="col">{t('dossier.result')}</th>
              <th scope="col">{t('dossiers.state')}</th>
              <th scope="col">{t('dossier.certificate')}</th>
            </tr>
          </thead>
          <tbody>
            {decision.items.map((item) => (
              <tr key={item.dossierId} data-testid="decision-item">
                <th scope="row" className="code">
                  <a href={routeHref('dossiers', item.dossierId)}>{item.dossierCode}</a>
                </th>
                <td>
                  <a href={routeHref('products', item.productId)}>{item.productName}</a>
                </td>
                <td>
                  {item.producerName}
                  <div className="muted small">{item.address}</div>
                </td>
                <td>
                  {item.productSetId}. {item.productSetName}
                </td>
                <td>
                  {item.total === null ? '—' : formatPoints(item.total, language)}
                  {item.stars !== null && (
                    <>
                      {' · '}
                      <Stars stars={item.stars} />
                    </>
                  )}
                  {item.isNominated && <div className="small">{t('decisions.nominated')}</div>}
                </td>
                <td>{localised(language, item.stateLabel)}</td>
                <td>
                  {item.certificateId ? (
                    <a
                      href={certificatePdfUrl(item.certificateId)}
                      download
                      data-testid="item-certificate-pdf"
                    >
                      {t('decisions.certificateNumber', { number: item.certificateNumber ?? '' })}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
