import { FieldShell } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { PRODUCER_TYPES, producerTypeLabel } from './producer-types';

interface ProducerTypeSelectProps {
  value: string;
  onChange: (value: string) => void;
  /** Form: required, "— Chọn —"; filter: "Tất cả". */
  mode: 'form' | 'filter';
  errors?: readonly string[] | undefined;
  disabled?: boolean;
}

/** The nine producer types; the tourism-only ones in their own group. */
export function ProducerTypeSelect({ value, onChange, mode, errors, disabled }: ProducerTypeSelectProps) {
  const { t } = useI18n();
  const option = (code: string) => (
    <option key={code} value={code}>
      {producerTypeLabel(t, code)}
    </option>
  );
  return (
    <FieldShell label={t('producers.type')} errors={errors} required={mode === 'form'}>
      {(control) => (
        <select
          {...control}
          name="type"
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{mode === 'form' ? t('common.choose') : t('common.all')}</option>
          {PRODUCER_TYPES.filter((type) => !type.tourismOnly).map((type) => option(type.code))}
          <optgroup label={t('producerType.tourismGroup')}>
            {PRODUCER_TYPES.filter((type) => type.tourismOnly).map((type) => option(type.code))}
          </optgroup>
        </select>
      )}
    </FieldShell>
  );
}
