import { useId, useState } from 'react';
import { fetchProducers } from '../../api/producers';
import type { Producer } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import type { ChosenProducer } from './support-form-state';

interface ProducerChooserProps {
  label: string;
  value: ChosenProducer | null;
  onChange: (producer: ChosenProducer | null) => void;
  errors?: readonly string[] | undefined;
  required?: boolean;
  testId?: string;
}

type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'done'; items: Producer[] };

/** One producer of the user's scope, found by name or tax code (GET /producers?q=) and picked from the results. */
export function ProducerChooser({ label, value, onChange, errors, required, testId }: ProducerChooserProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const hasErrors = errors !== undefined && errors.length > 0;

  async function runSearch() {
    if (query.trim() === '') return;
    setSearch({ status: 'loading' });
    try {
      setSearch({ status: 'done', items: (await fetchProducers({ q: query.trim(), pageSize: '10' })).items });
    } catch (error) {
      setSearch({ status: 'error', error });
    }
  }

  return (
    <fieldset
      className={`producer-chooser field-wide${hasErrors ? ' field-invalid' : ''}`}
      data-testid={testId}
      aria-describedby={hasErrors ? `${id}-error` : undefined}
    >
      <legend>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {value ? (
        <p className="picked">
          <strong data-testid="chosen-producer">{value.name}</strong>{' '}
          <button type="button" className="button-plain button-small" onClick={() => onChange(null)}>
            {t('support.producerChange')}
            <span className="visually-hidden"> {value.name}</span>
          </button>
        </p>
      ) : (
        <>
          <div className="inline-search">
            <label htmlFor={`${id}-q`}>{t('support.producerSearch')}</label>
            <input
              id={`${id}-q`}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                // Enter searches here instead of submitting the surrounding form.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void runSearch();
                }
              }}
            />
            <button type="button" className="button-outline" onClick={() => void runSearch()}>
              {t('support.producerSearchButton')}
            </button>
          </div>
          <SearchResults search={search} onPick={(producer) => onChange(producer)} />
        </>
      )}
      {hasErrors && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

function SearchResults({ search, onPick }: { search: SearchState; onPick: (p: ChosenProducer) => void }) {
  const { t } = useI18n();
  if (search.status === 'idle') return null;
  if (search.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (search.status === 'error') return <ErrorAlert error={search.error} />;
  if (search.items.length === 0) return <p role="status">{t('common.noResults')}</p>;
  return (
    <ul className="plain-list" aria-label={t('support.producerResults')} data-testid="producer-results">
      {search.items.map((producer) => (
        <li key={producer.id}>
          <button
            type="button"
            className="button-outline button-small"
            onClick={() => onPick({ id: producer.id, name: producer.name })}
          >
            {t('support.producerPick')}
            <span className="visually-hidden"> {producer.name}</span>
          </button>{' '}
          {producer.name}{' '}
          <span className="muted small">
            ({producer.commune.name}, {producer.province.name})
          </span>
        </li>
      ))}
    </ul>
  );
}
