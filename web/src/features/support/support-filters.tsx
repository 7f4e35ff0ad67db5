import { fetchProducer } from '../../api/producers';
import { FiltersForm } from '../../components/filters-form';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { loadProvinces } from '../../lib/reference-cache';
import { useFetch } from '../../lib/use-fetch';
import { ProducerChooser } from './producer-chooser';
import { SUPPORT_KINDS } from './support-labels';

export const SUPPORT_FILTER_KEYS = ['kind', 'from', 'to', 'producerId', 'province'] as const;
export type SupportFilters = Partial<Record<(typeof SUPPORT_FILTER_KEYS)[number], string>>;

const loadProducerName = (id: string, signal: AbortSignal) =>
  fetchProducer(id, signal).then((producer) => producer.name);

interface SupportFiltersFormProps {
  initial: SupportFilters;
  /** The ministry may narrow to a province; a province's users see theirs only. */
  canChooseProvince: boolean;
  onApply: (filters: SupportFilters) => void;
}

/** Kind, period, producer (and province for the ministry), applied on submit. */
export function SupportFiltersForm({ initial, canChooseProvince, onApply }: SupportFiltersFormProps) {
  const { t } = useI18n();
  return (
    <FiltersForm
      idPrefix="support"
      label={t('support.filtersLabel')}
      showArchived={false}
      initial={initial}
      onApply={onApply}
    >
      {(draft, set) => (
        <>
          <SelectField
            label={t('support.kind')}
            name="kind"
            value={draft.kind ?? ''}
            onChange={(kind) => set({ kind })}
            emptyLabel={t('common.all')}
            options={SUPPORT_KINDS.map((kind) => ({ value: kind, label: t(`support.kind.${kind}`) }))}
          />
          <TextField
            label={t('support.from')}
            name="from"
            type="date"
            value={draft.from ?? ''}
            onChange={(from) => set({ from })}
          />
          <TextField
            label={t('support.to')}
            name="to"
            type="date"
            value={draft.to ?? ''}
            onChange={(to) => set({ to })}
          />
          {canChooseProvince && (
            <ProvinceFilter value={draft.province ?? ''} onChange={(province) => set({ province })} />
          )}
          <ProducerFilter value={draft.producerId ?? ''} onChange={(producerId) => set({ producerId })} />
        </>
      )}
    </FiltersForm>
  );
}

function ProvinceFilter({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useI18n();
  const provinces = useFetch('provinces', loadProvinces);
  return (
    <SelectField
      label={t('unitPicker.province')}
      name="province"
      value={value}
      onChange={onChange}
      emptyLabel={t('common.all')}
      options={
        provinces.status === 'success' ? provinces.data.map((p) => ({ value: p.code, label: p.name })) : []
      }
    />
  );
}

/** The producer filter holds an id; its name is looked up to show which producer is chosen. */
function ProducerFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const name = useFetch(value === '' ? null : value, loadProducerName);
  // Until the name arrives the chooser shows an ellipsis; a producer out of reach shows its id.
  const shownName = name.status === 'success' ? name.data : name.status === 'error' ? value : '…';
  const chosen = value === '' ? null : { id: value, name: shownName };
  return (
    <ProducerChooser
      label={t('support.producerFilter')}
      value={chosen}
      onChange={(producer) => onChange(producer?.id ?? '')}
      testId="support-producer-filter"
    />
  );
}
