import { useState } from 'react';
import { fetchMarketplaces, registerMarketplace } from '../../api/marketplaces';
import type { Marketplace, MarketplaceWithSecret } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { useFetch } from '../../lib/use-fetch';
import { formatDateTime } from '../dossiers/dossier-labels';
import { routeHref } from '../shell/use-hash-route';
import { SecretNotice } from './secret-notice';

/** Key: the version (reloads after a registration). */
const loadMarketplaces = (_key: string, signal: AbortSignal) => fetchMarketplaces(signal);

/** #/marketplaces: e-commerce platforms that receive signed notices when a product's OCOP status changes. */
export function MarketplacesPage() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const state = useFetch(String(version), loadMarketplaces);
  const [created, setCreated] = useState<MarketplaceWithSecret | null>(null);

  return (
    <>
      <h1>{t('marketplaces.heading')}</h1>
      <p className="lead">{t('marketplaces.intro')}</p>
      {created && <SecretNotice marketplace={created} onDismiss={() => setCreated(null)} />}
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && <MarketplacesTable marketplaces={state.data.items} />}
      {!created && (
        <RegisterForm
          onRegistered={(marketplace) => {
            setCreated(marketplace);
            setVersion((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

function MarketplacesTable({ marketplaces }: { marketplaces: readonly Marketplace[] }) {
  const { t, language } = useI18n();
  return (
    <div className="table-wrap full">
      <table data-testid="marketplaces-table">
        <caption>{t('marketplaces.caption', { count: marketplaces.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('marketplaces.name')}</th>
            <th scope="col">{t('marketplaces.webhookUrl')}</th>
            <th scope="col">{t('marketplaces.status')}</th>
            <th scope="col">{t('marketplaces.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {marketplaces.map((marketplace) => (
            <tr key={marketplace.id} data-testid="marketplace-row">
              <th scope="row">
                <a href={routeHref('marketplaces', marketplace.id)}>{marketplace.name}</a>
              </th>
              <td className="code url-cell">{marketplace.webhookUrl}</td>
              <td>
                <ActiveBadge active={marketplace.isActive} />
              </td>
              <td className="code">{formatDateTime(marketplace.createdAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {marketplaces.length === 0 && <p className="empty">{t('marketplaces.none')}</p>}
    </div>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${active ? 'status-valid' : 'badge-muted'}`} data-testid="marketplace-status">
      {active ? t('marketplaces.active') : t('marketplaces.inactive')}
    </span>
  );
}

function RegisterForm({ onRegistered }: { onRegistered: (marketplace: MarketplaceWithSecret) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      onRegistered(await registerMarketplace({ name: name.trim(), webhookUrl: webhookUrl.trim() }));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form panel section-gap"
      data-testid="register-marketplace-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('marketplaces.registerHeading')}</h2>
      <p className="muted">{t('marketplaces.registerIntro')}</p>
      <div className="form-grid">
        <TextField
          label={t('marketplaces.name')}
          name="name"
          required
          value={name}
          onChange={setName}
          errors={errors.name}
        />
        <TextField
          label={t('marketplaces.webhookUrl')}
          hint={t('marketplaces.webhookUrlHint')}
          type="url"
          name="webhookUrl"
          required
          value={webhookUrl}
          onChange={setWebhookUrl}
          errors={errors.webhookUrl}
        />
      </div>
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('marketplaces.register')}
        </button>
      </div>
    </form>
  );
}
