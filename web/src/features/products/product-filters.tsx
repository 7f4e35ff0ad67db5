import { useState } from 'react';
import { CommunePicker } from '../../components/commune-picker';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import type { UserScope } from '../../lib/permissions';
import { CERTIFICATE_STATUSES } from './certificate-status';
import { ProductSetSelect } from './product-set-select';

export const PRODUCT_FILTER_KEYS = ['q', 'province', 'stars', 'productSet', 'status', 'archived'] as const;
export type ProductFilters = Partial<Record<(typeof PRODUCT_FILTER_KEYS)[number], string>>;

interface ProductFiltersFormProps {
  initial: ProductFilters;
  scope: UserScope;
  onApply: (filters: ProductFilters) => void;
}

export function ProductFiltersForm({ initial, scope, onApply }: ProductFiltersFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ProductFilters>(initial);
  const set = (patch: ProductFilters) => setDraft((previous) => ({ ...previous, ...patch }));

  return (
    <search aria-label={t('products.filtersLabel')}>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        <TextField
          label={t('products.search')}
          hint={t('common.accentHint')}
          type="search"
          name="q"
          value={draft.q ?? ''}
          onChange={(q) => set({ q })}
        />
        <CommunePicker
          mode="filter"
          provinceOnly
          scope={scope}
          value={{ provinceCode: draft.province ?? '', communeCode: '' }}
          onChange={(unit) => set({ province: unit.provinceCode })}
        />
        <SelectField
          label={t('products.stars')}
          name="stars"
          value={draft.stars ?? ''}
          onChange={(stars) => set({ stars })}
          emptyLabel={t('common.all')}
          options={[3, 4, 5].map((stars) => ({
            value: String(stars),
            label: t('products.starsValue', { stars }),
          }))}
        />
        <ProductSetSelect
          mode="filter"
          value={draft.productSet ?? ''}
          onChange={(productSet) => set({ productSet })}
        />
        <SelectField
          label={t('products.status')}
          name="status"
          value={draft.status ?? ''}
          onChange={(status) => set({ status })}
          emptyLabel={t('common.all')}
          options={CERTIFICATE_STATUSES.map((status) => ({
            value: status,
            label: t(`status.${status}` as const),
          }))}
        />
        <div className="filter-footer">
          <div className="field field-check">
            <input
              id="products-archived"
              type="checkbox"
              checked={draft.archived === '1'}
              onChange={(event) => set({ archived: event.target.checked ? '1' : '' })}
            />
            <label htmlFor="products-archived">{t('common.showArchived')}</label>
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
