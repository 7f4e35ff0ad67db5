import { useState } from 'react';
import { fetchRounds } from '../../api/councils';
import { createDossier, fetchDossiers } from '../../api/dossiers';
import type { Product, RegistrationType, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { navigate } from '../shell/use-hash-route';
import { DossiersTable } from './dossiers-table';

const REGISTRATION_TYPES: readonly RegistrationType[] = ['first', 'upgrade', 're_evaluation'];

// The key is `product:<id>`: every dossier of that product the user may see.
const loadDossiers = (key: string, signal: AbortSignal) =>
  fetchDossiers({ productId: key.slice('product:'.length), pageSize: '200' }, signal);
const loadRounds = (_key: string, signal: AbortSignal) => fetchRounds(signal);

interface ProductDossiersProps {
  product: Product;
  user: User;
}

/** The product's evaluation dossiers and "Lập hồ sơ" (first evaluation, upgrade or re-evaluation). */
export function ProductDossiers({ product, user }: ProductDossiersProps) {
  const { t } = useI18n();
  const dossiers = useFetch(`product:${product.id}`, loadDossiers);
  const [open, setOpen] = useState(false);
  const mayCreate = can(user.role, 'dossiers:create') && !product.isArchived;
  const mine = dossiers.status === 'success' ? dossiers.data.items : [];

  return (
    <section className="panel section-gap" aria-labelledby="product-dossiers-heading">
      <div className="page-heading">
        <h2 id="product-dossiers-heading">{t('productDossiers.heading')}</h2>
        {mayCreate && !open && (
          <button
            type="button"
            className="button-primary"
            aria-expanded={false}
            onClick={() => setOpen(true)}
          >
            {t('productDossiers.create')}
          </button>
        )}
      </div>
      {dossiers.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {dossiers.status === 'error' && <ErrorAlert error={dossiers.error} />}
      {dossiers.status === 'success' &&
        (mine.length === 0 ? (
          <p className="muted">{t('productDossiers.none')}</p>
        ) : (
          <DossiersTable dossiers={mine} caption={t('productDossiers.caption', { total: mine.length })} />
        ))}
      {open && <CreateDossierForm product={product} onCancel={() => setOpen(false)} />}
    </section>
  );
}

function CreateDossierForm({ product, onCancel }: { product: Product; onCancel: () => void }) {
  const { t } = useI18n();
  const rounds = useFetch('rounds', loadRounds);
  const [type, setType] = useState<RegistrationType>(
    product.certificates.length > 0 ? 're_evaluation' : 'first',
  );
  const [roundId, setRoundId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const open =
    rounds.status === 'success' ? rounds.data.filter((r) => !r.isClosed && r.level === 'province') : [];

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const created = await createDossier({
        productId: product.id,
        registrationType: type,
        roundId: roundId || undefined,
      });
      navigate('dossiers', created.id);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form"
      data-testid="create-dossier-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className="radio-group">
        <legend>{t('productDossiers.type')} *</legend>
        {REGISTRATION_TYPES.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="registrationType"
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
            />
            <span>
              <strong>{t(`registration.${value}`)}</strong>{' '}
              <span className="muted small">{t(`registration.${value}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <SelectField
        label={t('productDossiers.round')}
        hint={t('productDossiers.roundHint')}
        name="roundId"
        value={roundId}
        onChange={setRoundId}
        emptyLabel={t('productDossiers.noRound')}
        options={open.map((round) => ({
          value: round.id,
          label: t('productDossiers.roundOption', { name: round.name, deadline: round.intakeDeadline }),
        }))}
      />
      {rounds.status === 'error' && <ErrorAlert error={rounds.error} />}
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('productDossiers.submit')}
        </button>
        <button type="button" className="button-outline" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
