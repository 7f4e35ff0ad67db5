import { CommunePicker } from '../../components/commune-picker';
import { FiltersForm } from '../../components/filters-form';
import { useI18n } from '../../i18n/i18n-context';
import type { UserScope } from '../../lib/permissions';
import { ProducerTypeSelect } from './producer-type-select';

export const PRODUCER_FILTER_KEYS = ['q', 'province', 'commune', 'type', 'archived'] as const;
export type ProducerFilters = Partial<Record<(typeof PRODUCER_FILTER_KEYS)[number], string>>;

interface ProducerFiltersFormProps {
  initial: ProducerFilters;
  scope: UserScope;
  onApply: (filters: ProducerFilters) => void;
}

/** Draft filters, applied on submit (the list then reloads from the route). */
export function ProducerFiltersForm({ initial, scope, onApply }: ProducerFiltersFormProps) {
  const { t } = useI18n();
  return (
    <FiltersForm
      idPrefix="producers"
      label={t('producers.filtersLabel')}
      searchLabel={t('producers.search')}
      initial={initial}
      onApply={onApply}
    >
      {(draft, set) => (
        <>
          <CommunePicker
            mode="filter"
            scope={scope}
            value={{ provinceCode: draft.province ?? '', communeCode: draft.commune ?? '' }}
            onChange={(unit) => set({ province: unit.provinceCode, commune: unit.communeCode })}
          />
          <ProducerTypeSelect mode="filter" value={draft.type ?? ''} onChange={(type) => set({ type })} />
        </>
      )}
    </FiltersForm>
  );
}
