import { useId, useState } from 'react';
import { fetchProducers } from '../../api/producers';
import type { Producer } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { producerTypeLabel } from '../producers/producer-types';

interface ProducerPickerProps {
  selected: { id: string; name: string } | null;
  onSelect: (producer: { id: string; name: string }) => void;
  errors?: readonly string[] | undefined;
}

type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'done'; items: Producer[] };

/** Search producers by name or tax code (accent-insensitive, server-side), then pick one from radio buttons. */
export function ProducerPicker({ selected, onSelect, errors }: ProducerPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });

  async function runSearch() {
    if (query.trim() === '') return;
    setSearch({ status: 'loading' });
    try {
      const body = await fetchProducers({ q: query.trim(), pageSize: '10' });
      setSearch({ status: 'done', items: body.items });
    } catch (error) {
      setSearch({ status: 'error', error });
    }
  }

  return (
    <fieldset className="producer-picker" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend>{t('products.producer')} *</legend>
      <p className="picked" aria-live="polite" data-testid="picked-producer">
        {selected ? t('products.producerPicked', { name: selected.name }) : t('products.producerNone')}
      </p>
      <div className="inline-search">
        <label htmlFor={`${id}-q`}>{t('products.producerSearch')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches here instead of submitting the product form.
            if (event.key === 'Enter') {
              event.preventDefault();
              void runSearch();
            }
          }}
        />
        <button type="button" className="button-outline" onClick={() => void runSearch()}>
          {t('products.producerSearchButton')}
        </button>
      </div>
      {search.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {search.status === 'error' && <ErrorAlert error={search.error} />}
      {search.status === 'done' && search.items.length === 0 && <p role="status">{t('common.noResults')}</p>}
      {search.status === 'done' && search.items.length > 0 && (
        <ul className="choice-list" aria-label={t('products.producerResults')}>
          {search.items.map((producer) => (
            <li key={producer.id}>
              <label>
                <input
                  type="radio"
                  name={`${id}-producer`}
                  value={producer.id}
                  checked={selected?.id === producer.id}
                  onChange={() => onSelect({ id: producer.id, name: producer.name })}
                />{' '}
                {producer.name}{' '}
                <span className="muted small">
                  ({producerTypeLabel(t, producer.type)} · {producer.commune.name}, {producer.province.name})
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {errors && errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
