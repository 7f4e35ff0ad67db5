import { useState } from 'react';
import { fetchMarketplace, rotateMarketplaceSecret, updateMarketplace } from '../../api/marketplaces';
import type { Marketplace, MarketplaceWithSecret } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { formatDateTime } from '../dossiers/dossier-labels';
import { routeHref } from '../shell/use-hash-route';
import { DeliveriesSection } from './deliveries-section';
import { ActiveBadge } from './marketplaces-page';
import { SecretNotice } from './secret-notice';

const loadMarketplace = (id: string, signal: AbortSignal) => fetchMarketplace(id, signal);

type Confirm = 'none' | 'rotate' | 'deactivate';

/** #/marketplaces/{id}: the marketplace, a new secret, deactivation, and the notices sent to it. */
export function MarketplacePage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const [state, replace] = useEditableFetch(id, loadMarketplace);
  const [secret, setSecret] = useState<MarketplaceWithSecret | null>(null);
  const [confirm, setConfirm] = useState<Confirm>('none');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function run(action: () => Promise<void>) {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      await action();
      setConfirm('none');
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const rotate = () =>
    run(async () => {
      const rotated = await rotateMarketplaceSecret(id);
      const { secret: _secret, ...marketplace } = rotated;
      replace(marketplace);
      setSecret(rotated);
    });
  const setActive = (marketplace: Marketplace, isActive: boolean) =>
    run(async () => {
      replace(await updateMarketplace(marketplace.id, { isActive }));
      setNotice(t(isActive ? 'marketplaces.reactivated' : 'marketplaces.deactivated'));
    });

  return (
    <>
      <p>
        <a href={routeHref('marketplaces')}>{t('marketplaces.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <div className="page-heading">
            <h1>{state.data.name}</h1>
            <ActiveBadge active={state.data.isActive} />
          </div>
          {notice && (
            <p role="status" className="alert alert-success" data-testid="notice">
              {notice}
            </p>
          )}
          {secret && <SecretNotice marketplace={secret} onDismiss={() => setSecret(null)} />}
          <dl className="facts">
            <div className="facts-wide">
              <dt>{t('marketplaces.webhookUrl')}</dt>
              <dd className="code url-cell">{state.data.webhookUrl}</dd>
            </div>
            <div>
              <dt>{t('marketplaces.createdAt')}</dt>
              <dd>{formatDateTime(state.data.createdAt, language)}</dd>
            </div>
            <div>
              <dt>{t('marketplaces.updatedAt')}</dt>
              <dd>{formatDateTime(state.data.updatedAt, language)}</dd>
            </div>
          </dl>
          <section className="action-bar" aria-label={t('marketplaces.actionsLabel')}>
            {confirm === 'none' && (
              <>
                <button
                  type="button"
                  className="button-outline"
                  disabled={pending}
                  onClick={() => setConfirm('rotate')}
                >
                  {t('marketplaces.rotate')}
                </button>
                {state.data.isActive ? (
                  <button
                    type="button"
                    className="button-outline"
                    disabled={pending}
                    onClick={() => setConfirm('deactivate')}
                  >
                    {t('marketplaces.deactivate')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button-outline"
                    disabled={pending}
                    onClick={() => void setActive(state.data, true)}
                  >
                    {t('marketplaces.reactivate')}
                  </button>
                )}
              </>
            )}
            {confirm !== 'none' && (
              <div className="confirm-box">
                <p>
                  {t(confirm === 'rotate' ? 'marketplaces.rotateWarning' : 'marketplaces.deactivateWarning')}
                </p>
                <div className="form-actions">
                  <button
                    type="button"
                    className="button-danger"
                    disabled={pending}
                    onClick={() => void (confirm === 'rotate' ? rotate() : setActive(state.data, false))}
                  >
                    {t(
                      confirm === 'rotate' ? 'marketplaces.rotateConfirm' : 'marketplaces.deactivateConfirm',
                    )}
                  </button>
                  <button type="button" className="button-outline" onClick={() => setConfirm('none')}>
                    {t('common.cancel')}
                  </button>
                </div>
              </div>
            )}
          </section>
          {error !== null && <ErrorAlert error={error} />}
          <DeliveriesSection
            marketplaceId={state.data.id}
            refreshKey={state.data.updatedAt}
            canRetry={state.data.isActive}
          />
        </>
      )}
    </>
  );
}
