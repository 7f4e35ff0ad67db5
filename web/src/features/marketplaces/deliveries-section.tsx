import { useState } from 'react';
import { fetchDeliveries, retryDelivery } from '../../api/marketplaces';
import type { WebhookDelivery, WebhookDeliveryList, WebhookDeliveryStatus } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/form-field';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n-context';
import { PAGE_SIZE } from '../../lib/list-query';
import { useFetch } from '../../lib/use-fetch';
import { formatDateTime } from '../dossiers/dossier-labels';
import { routeHref } from '../shell/use-hash-route';

const STATUSES: readonly WebhookDeliveryStatus[] = ['pending', 'delivered', 'failed'];
const EVENTS = new Set(['certificate.revoked', 'certificate.recertified', 'certificate.expired']);

/** Key: `${marketplaceId}|${status}|${page}|${version}|${refreshKey}`. */
function loadDeliveries(key: string, signal: AbortSignal): Promise<WebhookDeliveryList> {
  const [id = '', status = '', page = '1'] = key.split('|');
  return fetchDeliveries(id, { status, page, pageSize: String(PAGE_SIZE) }, signal);
}

/** The latest notices sent to the marketplace; a failed one can be sent again. */
interface DeliveriesSectionProps {
  marketplaceId: string;
  /** Changes when the marketplace does (a stopped marketplace's pending deliveries fail at the next run). */
  refreshKey: string;
  /** A stopped marketplace gets nothing, not even a retry (the server refuses it). */
  canRetry: boolean;
}

export function DeliveriesSection({ marketplaceId, refreshKey, canRetry }: DeliveriesSectionProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [version, setVersion] = useState(0);
  const state = useFetch(`${marketplaceId}|${status}|${page}|${version}|${refreshKey}`, loadDeliveries);
  const [list, setList] = useState<WebhookDeliveryList | null>(null);
  if (state.status === 'success' && state.data !== list) setList(state.data);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function retry(delivery: WebhookDelivery) {
    setError(null);
    setNotice(null);
    try {
      await retryDelivery(marketplaceId, delivery.id);
      setNotice(t('marketplaces.retried', { product: delivery.product.name }));
      setVersion((n) => n + 1);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="section-gap" aria-labelledby="deliveries-heading" data-testid="deliveries">
      <h2 id="deliveries-heading">{t('marketplaces.deliveriesHeading')}</h2>
      <p className="muted">
        {t(canRetry ? 'marketplaces.deliveriesIntro' : 'marketplaces.deliveriesIntroStopped')}
      </p>
      <div className="filters filters-inline">
        <SelectField
          label={t('marketplaces.deliveryStatus')}
          name="status"
          value={status}
          onChange={(next) => {
            setStatus(next);
            setPage(1);
          }}
          emptyLabel={t('common.all')}
          options={STATUSES.map((value) => ({ value, label: t(`marketplaces.delivery.${value}`) }))}
        />
      </div>
      {notice && (
        <p role="status" className="alert alert-success">
          {notice}
        </p>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {list === null && state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list && (
        <>
          <DeliveriesTable
            deliveries={list.items}
            total={list.total}
            onRetry={canRetry ? (d) => void retry(d) : null}
          />
          <Pagination page={page} total={list.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}

interface DeliveriesTableProps {
  deliveries: readonly WebhookDelivery[];
  total: number;
  onRetry: ((delivery: WebhookDelivery) => void) | null;
}

function DeliveriesTable({ deliveries, total, onRetry }: DeliveriesTableProps) {
  const { t, language } = useI18n();
  return (
    <div className="table-wrap full">
      <table data-testid="deliveries-table">
        <caption>{t('marketplaces.deliveriesCaption', { total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('marketplaces.deliveryCreated')}</th>
            <th scope="col">{t('marketplaces.deliveryEvent')}</th>
            <th scope="col">{t('marketplaces.deliveryProduct')}</th>
            <th scope="col">{t('marketplaces.deliveryStatus')}</th>
            <th scope="col">{t('marketplaces.attempts')}</th>
            <th scope="col">{t('marketplaces.lastError')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('stamps.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-testid="delivery-row">
              <td className="code">{formatDateTime(delivery.createdAt, language)}</td>
              <td>
                {EVENTS.has(delivery.event)
                  ? t(`marketplaces.event.${delivery.event}` as 'marketplaces.event.certificate.revoked')
                  : delivery.event}
                <div className="muted small code">{delivery.event}</div>
              </td>
              <th scope="row">
                <a href={routeHref('products', delivery.product.id)}>{delivery.product.name}</a>
              </th>
              <td>
                <span className={`badge delivery-${delivery.status}`}>
                  {t(`marketplaces.delivery.${delivery.status}`)}
                </span>
                {delivery.status === 'delivered' && delivery.deliveredAt && (
                  <div className="muted small">{formatDateTime(delivery.deliveredAt, language)}</div>
                )}
                {delivery.status === 'pending' && delivery.nextAttemptAt && (
                  <div className="muted small">
                    {t('marketplaces.nextAttempt', { at: formatDateTime(delivery.nextAttemptAt, language) })}
                  </div>
                )}
              </td>
              <td className="code">{delivery.attempts}</td>
              <td className="small">{delivery.lastError ?? '—'}</td>
              <td>
                {delivery.status === 'failed' && onRetry && (
                  <button
                    type="button"
                    className="button-outline button-small"
                    onClick={() => onRetry(delivery)}
                  >
                    {t('marketplaces.retry')}
                    <span className="visually-hidden"> {delivery.product.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {deliveries.length === 0 && <p className="empty">{t('marketplaces.noDeliveries')}</p>}
    </div>
  );
}
