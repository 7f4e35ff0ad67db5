import { fetchSupportRecords } from '../../api/support';
import type { Producer, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { formatVnd } from '../../lib/format';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { routeHref, routeHrefWithQuery } from '../shell/use-hash-route';
import '../../styles/support.css';

const loadSupport = (producerId: string, signal: AbortSignal) =>
  fetchSupportRecords({ producerId, pageSize: '100' }, signal);

/** The support a producer has received (newest first), on its record: for the producer and the officers. */
export function ProducerSupportSection({ producer, user }: { producer: Producer; user: User }) {
  const { t, language } = useI18n();
  const state = useFetch(producer.id, loadSupport);
  const opensRecords = can(user.role, 'programme:read');
  return (
    <section
      className="panel section-gap"
      aria-labelledby="producer-support-heading"
      data-testid="producer-support"
    >
      <h2 id="producer-support-heading">{t('support.receivedHeading')}</h2>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && state.data.items.length === 0 && <p>{t('support.receivedNone')}</p>}
      {state.status === 'success' && state.data.items.length > 0 && (
        <>
          <p>
            {t('support.receivedTotal', {
              count: state.data.totals.count,
              amount: formatVnd(state.data.totals.amountVnd, language),
            })}
            {opensRecords && (
              <>
                {' '}
                <a href={routeHrefWithQuery(['support'], { producerId: producer.id })}>
                  {t('support.receivedAll')}
                </a>
              </>
            )}
          </p>
          <div className="table-wrap full">
            <table className="support-data">
              <caption className="visually-hidden">{t('support.receivedHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('support.kind')}</th>
                  <th scope="col">{t('support.grantedOn')}</th>
                  <th scope="col" className="num">
                    {t('support.amount')}
                  </th>
                  <th scope="col">{t('support.fundingSource')}</th>
                  <th scope="col">{t('support.note')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((record) => (
                  <tr key={record.id} data-testid="producer-support-row">
                    <th scope="row">
                      {opensRecords ? (
                        <a href={routeHref('support', record.id)}>{t(`support.kind.${record.kind}`)}</a>
                      ) : (
                        t(`support.kind.${record.kind}`)
                      )}
                    </th>
                    <td className="code">{record.grantedOn}</td>
                    <td className="num">{formatVnd(record.amountVnd, language)}</td>
                    <td>{record.fundingSource ?? '—'}</td>
                    <td className="support-note">{record.description ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
