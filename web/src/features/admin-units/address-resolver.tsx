import { type SubmitEvent, useState } from 'react';
import { type AddressQuery, resolveAddress } from '../../api/admin-units';
import type { ResolveResult } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { ResolverResults } from './resolver-results';

type Field = 'province' | 'district' | 'commune';
const FIELDS: Field[] = ['province', 'district', 'commune'];

type LookupState =
  | { status: 'idle' }
  | { status: 'invalid' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; result: ResolveResult };

/** Only the filled-in fields, trimmed; null without a commune name (the API requires it). */
function toQuery(values: Record<Field, string>): AddressQuery | null {
  const query: AddressQuery = {};
  for (const field of FIELDS) {
    const value = values[field].trim();
    if (value !== '') query[field] = value;
  }
  return query.commune === undefined ? null : query;
}

export function AddressResolver() {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<Field, string>>({ province: '', district: '', commune: '' });
  const [lookup, setLookup] = useState<LookupState>({ status: 'idle' });

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = toQuery(values);
    if (query === null) {
      setLookup({ status: 'invalid' });
      return;
    }
    setLookup({ status: 'loading' });
    try {
      setLookup({ status: 'success', result: await resolveAddress(query) });
    } catch (error) {
      setLookup({ status: 'error', error });
    }
  }

  return (
    <section className="panel resolver" aria-labelledby="resolver-heading">
      <h2 id="resolver-heading">{t('resolver.heading')}</h2>
      <p className="hint">{t('resolver.intro')}</p>
      <form
        className="resolver-form"
        onSubmit={(event) => void handleSubmit(event)}
        data-testid="resolver-form"
      >
        {FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`resolver-${field}`}>{t(`resolver.${field}`)}</label>
            <input
              id={`resolver-${field}`}
              name={field}
              type="text"
              autoComplete="off"
              required={field === 'commune'}
              value={values[field]}
              onChange={(event) => setValues((previous) => ({ ...previous, [field]: event.target.value }))}
            />
          </div>
        ))}
        <button type="submit" className="button-primary" disabled={lookup.status === 'loading'}>
          {t('resolver.submit')}
        </button>
      </form>
      {lookup.status === 'invalid' && (
        <p role="alert" className="alert alert-error">
          {t('resolver.needInput')}
        </p>
      )}
      {lookup.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {lookup.status === 'error' && <ErrorAlert error={lookup.error} />}
      {lookup.status === 'success' && <ResolverResults result={lookup.result} />}
    </section>
  );
}
