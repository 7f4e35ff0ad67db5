import { stampSheetUrl } from '../../api/stamps';
import type { StampBatch } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount } from '../../lib/format';
import { formatDateTime } from '../dossiers/dossier-labels';
import { Stars } from '../products/status-badge';
import { serialText, sheetRanges } from './sheet-ranges';

interface StampBatchesTableProps {
  batches: readonly StampBatch[];
  onMarkPrinted: (batch: StampBatch) => void;
  onVoid: (batch: StampBatch) => void;
}

/** A product's batches, newest first as the server sends them. */
export function StampBatchesTable({ batches, onMarkPrinted, onVoid }: StampBatchesTableProps) {
  const { t, language } = useI18n();
  if (batches.length === 0) return <p className="muted">{t('stamps.none')}</p>;
  return (
    <div className="table-wrap full">
      <table data-testid="stamp-batches">
        <caption>{t('stamps.caption', { count: batches.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stamps.serials')}</th>
            <th scope="col">{t('stamps.quantity')}</th>
            <th scope="col">{t('stamps.status')}</th>
            <th scope="col">{t('stamps.printedOn')}</th>
            <th scope="col">{t('stamps.sheets')}</th>
            <th scope="col">{t('stamps.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id} data-testid="stamp-batch-row">
              <th scope="row">
                <span className="code">
                  {serialText(batch.serialFrom)} – {serialText(batch.serialTo)}
                </span>
                <div className="muted small">
                  {t('stamps.issuedAt', { date: formatDateTime(batch.createdAt, language) })}
                </div>
                <div className="muted small">
                  {t('stamps.certificate', { number: batch.certificate.number ?? '—' })}{' '}
                  <Stars stars={batch.certificate.stars} />
                </div>
              </th>
              <td className="code">{formatCount(batch.quantity, language)}</td>
              <td>
                <span className={`badge batch-${batch.status}`} data-testid="batch-status">
                  {t(`stamps.status.${batch.status}`)}
                </span>
                {batch.note && <div className="small prose">{batch.note}</div>}
              </td>
              <td className="code">{batch.printedOn ?? '—'}</td>
              <td>{batch.status === 'void' ? '—' : <SheetLinks batch={batch} />}</td>
              <td>
                {batch.status !== 'void' && (
                  <div className="row-actions">
                    {batch.status === 'issued' && (
                      <button
                        type="button"
                        className="button-outline button-small"
                        onClick={() => onMarkPrinted(batch)}
                      >
                        {t('stamps.markPrinted')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button-outline button-small"
                      onClick={() => onVoid(batch)}
                    >
                      {t('stamps.void')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Links to the print sheets, at most 240 stamps each; a long list folds away. */
function SheetLinks({ batch }: { batch: StampBatch }) {
  const { t } = useI18n();
  const ranges = sheetRanges(batch);
  const links = (
    <ul className="sheet-links">
      {ranges.map(({ from, to }) => (
        <li key={from}>
          <a href={stampSheetUrl(batch.id, from, to)} download data-testid="sheet-link">
            {t('stamps.sheetRange', { from, to })}
            <span className="visually-hidden"> (PDF)</span>
          </a>
        </li>
      ))}
    </ul>
  );
  if (ranges.length <= 4) return links;
  return (
    <details className="sheet-details">
      <summary>{t('stamps.sheetCount', { count: ranges.length })}</summary>
      {links}
    </details>
  );
}
