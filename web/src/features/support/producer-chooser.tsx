import { useId } from 'react';
import { ProducerSearch, useProducerSearch } from '../../components/producer-search';
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

/** One producer of the user's scope, found by name or tax code (GET /producers?q=) and picked from the results. */
export function ProducerChooser({ label, value, onChange, errors, required, testId }: ProducerChooserProps) {
  const { t } = useI18n();
  const id = useId();
  // Kept here, not in ProducerSearch: "Change" shows the last query and results again.
  const search = useProducerSearch();
  const hasErrors = errors !== undefined && errors.length > 0;

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
        <ProducerSearch
          search={search}
          label={t('support.producerSearch')}
          buttonLabel={t('support.producerSearchButton')}
          resultsLabel={t('support.producerResults')}
          resultsTestId="producer-results"
          chooseLabel={() => t('support.producerPick')}
          onChoose={(producer) => onChange({ id: producer.id, name: producer.name })}
        />
      )}
      {hasErrors && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
