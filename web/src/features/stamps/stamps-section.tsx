import { useState } from 'react';
import { fetchStampBatches } from '../../api/stamps';
import type { Product, StampBatch, StampBatchList, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PublicLink } from '../../components/public-link';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount } from '../../lib/format';
import { can } from '../../lib/permissions';
import { productPageHref } from '../../lib/public-links';
import { useFetch } from '../../lib/use-fetch';
import { MarkPrintedForm } from './mark-printed-form';
import { StampBatchForm } from './stamp-batch-form';
import { StampBatchesTable } from './stamp-batches-table';
import { StampCheckForm } from './stamp-check-form';
import { VoidBatchForm } from './void-batch-form';

/** Key: `${productId}|${version}` (the version reloads the list after a change). */
const loadBatches = (key: string, signal: AbortSignal) =>
  fetchStampBatches({ productId: key.split('|')[0], pageSize: '200' }, signal);

type Panel =
  | { kind: 'none' }
  | { kind: 'issue' }
  | { kind: 'printed'; batch: StampBatch }
  | { kind: 'void'; batch: StampBatch };

/**
 * "Tem OCOP" on the product page, for the province office of the product (and the ministry): its stamp
 * batches, issuing a new one, recording the print run, voiding a lost one, and the sheets to print.
 */
export function StampsSection({ product, user }: { product: Product; user: User }) {
  const { t, language } = useI18n();
  // Only the product's province office and the ministry handle its stamps (others would get a 403).
  const isOffice =
    can(user.role, 'certificates:write') &&
    (user.provinceCode === null || user.provinceCode === product.province.code);
  const [version, setVersion] = useState(0);
  const state = useFetch(isOffice ? `${product.id}|${version}` : null, loadBatches);
  const [list, setList] = useState<StampBatchList | null>(null);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  // Keep the last list on screen while the next one loads, so the table does not blink after a change.
  if (state.status === 'success' && state.data !== list) setList(state.data);
  if (!isOffice) return null;

  const close = () => setPanel({ kind: 'none' });
  const changed = (message: string) => () => {
    close();
    setNotice(message);
    setVersion((n) => n + 1);
  };
  const canIssue = !product.isArchived;

  return (
    <section className="panel section-gap" aria-labelledby="stamps-heading" data-testid="stamps-section">
      <div className="page-heading">
        <h2 id="stamps-heading">{t('stamps.heading')}</h2>
        {canIssue && panel.kind !== 'issue' && (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setNotice(null);
              setPanel({ kind: 'issue' });
            }}
          >
            {t('stamps.issue')}
          </button>
        )}
      </div>
      <p className="muted">{t('stamps.intro')}</p>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="stamps-notice">
          {notice}
        </p>
      )}
      {panel.kind === 'issue' && (
        <StampBatchForm
          product={product}
          onIssued={(batch) =>
            changed(
              t('stamps.issued', {
                quantity: formatCount(batch.quantity, language),
                from: batch.serialFrom,
                to: batch.serialTo,
              }),
            )()
          }
          onCancel={close}
        />
      )}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {list === null && state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list && (
        <StampBatchesTable
          batches={list.items}
          onMarkPrinted={(batch) => setPanel({ kind: 'printed', batch })}
          onVoid={(batch) => setPanel({ kind: 'void', batch })}
        />
      )}
      {panel.kind === 'printed' && (
        <MarkPrintedForm
          key={panel.batch.id}
          batch={panel.batch}
          onDone={changed(t('stamps.printedDone'))}
          onCancel={close}
        />
      )}
      {panel.kind === 'void' && (
        <VoidBatchForm
          key={panel.batch.id}
          batch={panel.batch}
          onDone={changed(t('stamps.voidDone'))}
          onCancel={close}
        />
      )}
      <div className="stamp-links">
        <StampCheckForm />
        {product.certificateStatus !== 'none' && (
          <p>
            <PublicLink href={productPageHref(product.slug)}>{t('stamps.publicProductPage')}</PublicLink>
          </p>
        )}
      </div>
    </section>
  );
}
