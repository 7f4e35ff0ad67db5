import { useId } from 'react';
import { useProducerSearch } from '../../components/producer-search';
import { SearchBox, SearchOutcome } from '../../components/search-box';
import { useI18n } from '../../i18n/i18n-context';
import { producerTypeLabel } from '../producers/producer-types';

interface ProducerPickerProps {
  selected: { id: string; name: string } | null;
  onSelect: (producer: { id: string; name: string }) => void;
  errors?: readonly string[] | undefined;
}

/** Search producers by name or tax code (accent-insensitive, server-side), then pick one from radio buttons. */
export function ProducerPicker({ selected, onSelect, errors }: ProducerPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const search = useProducerSearch();

  return (
    <fieldset className="producer-picker" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend>{t('products.producer')} *</legend>
      <p className="picked" aria-live="polite" data-testid="picked-producer">
        {selected ? t('products.producerPicked', { name: selected.name }) : t('products.producerNone')}
      </p>
      <SearchBox
        search={search}
        label={t('products.producerSearch')}
        buttonLabel={t('products.producerSearchButton')}
      />
      <SearchOutcome state={search.state}>
        {(items) => (
          <ul className="choice-list" aria-label={t('products.producerResults')}>
            {items.map((producer) => (
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
                    ({producerTypeLabel(t, producer.type)} · {producer.commune.name}, {producer.province.name}
                    )
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </SearchOutcome>
      {errors && errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
