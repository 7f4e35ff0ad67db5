import type { SupportRecord, SupportTotals } from '../../api/support';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount, formatVnd } from '../../lib/format';
import { routeHref } from '../shell/use-hash-route';

/** The records of the page: producer (opens the record), kind, date, amount, funding and note. */
export function SupportTable({ records, caption }: { records: readonly SupportRecord[]; caption: string }) {
  const { t, language } = useI18n();
  return (
    <div className="table-wrap full">
      <table className="support-data" data-testid="support-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('support.producer')}</th>
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
          {records.map((record) => (
            <tr key={record.id} data-testid="support-row">
              <th scope="row">
                <a href={routeHref('support', record.id)}>{record.producer.name}</a>
                {record.product && <div className="muted small">{record.product.name}</div>}
              </th>
              <td>{t(`support.kind.${record.kind}`)}</td>
              <td className="code">{record.grantedOn}</td>
              <td className="num" data-testid="support-row-amount">
                {formatVnd(record.amountVnd, language)}
              </td>
              <td>{record.fundingSource ?? '—'}</td>
              <td className="support-note">{record.description ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {records.length === 0 && <p className="empty">{t('support.empty')}</p>}
    </div>
  );
}

/** Totals over everything the filters match (not only this page): overall, then each kind given. */
export function SupportTotalsLine({ totals }: { totals: SupportTotals }) {
  const { t, language } = useI18n();
  const given = totals.byKind.filter((k) => k.count > 0);
  return (
    <section className="support-totals" aria-labelledby="support-totals-heading" data-testid="support-totals">
      <h2 id="support-totals-heading" className="visually-hidden">
        {t('support.totalsHeading')}
      </h2>
      <p>
        {t('support.totalsLine', { count: formatCount(totals.count, language) })}{' '}
        <strong data-testid="support-total-amount">{formatVnd(totals.amountVnd, language)}</strong>
      </p>
      {given.length > 0 && (
        <ul className="totals-line">
          {given.map((k) => (
            <li key={k.kind}>
              {t(`support.kind.${k.kind}`)}: {formatCount(k.count, language)} ·{' '}
              {formatVnd(k.amountVnd, language)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
