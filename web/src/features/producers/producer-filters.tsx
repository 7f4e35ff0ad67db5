import { useState } from 'react';
import { CommunePicker } from '../../components/commune-picker';
import { TextField } from '../../components/form-field';
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
  const [draft, setDraft] = useState<ProducerFilters>(initial);
  const set = (patch: ProducerFilters) => setDraft((previous) => ({ ...previous, ...patch }));

  return (
    <search aria-label={t('producers.filtersLabel')}>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        <TextField
          label={t('producers.search')}
          hint={t('common.accentHint')}
          type="search"
          name="q"
          value={draft.q ?? ''}
          onChange={(q) => set({ q })}
        />
        <CommunePicker
          mode="filter"
          scope={scope}
          value={{ provinceCode: draft.province ?? '', communeCode: draft.commune ?? '' }}
          onChange={(unit) => set({ province: unit.provinceCode, commune: unit.communeCode })}
        />
        <ProducerTypeSelect mode="filter" value={draft.type ?? ''} onChange={(type) => set({ type })} />
        <div className="filter-footer">
          <div className="field field-check">
            <input
              id="producers-archived"
              type="checkbox"
              checked={draft.archived === '1'}
              onChange={(event) => set({ archived: event.target.checked ? '1' : '' })}
            />
            <label htmlFor="producers-archived">{t('common.showArchived')}</label>
          </div>
          <div className="filter-actions">
            <button type="submit" className="button-primary">
              {t('common.search')}
            </button>
            <button type="button" className="button-outline" onClick={() => onApply({})}>
              {t('common.reset')}
            </button>
          </div>
        </div>
      </form>
    </search>
  );
}
