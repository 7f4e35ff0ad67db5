import { FiltersForm } from '../../components/filters-form';
import { SelectField } from '../../components/form-field';
import { ProvinceFilter } from '../../components/province-filter';
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
  return (
    <FiltersForm
      idPrefix="products"
      label={t('products.filtersLabel')}
      searchLabel={t('products.search')}
      initial={initial}
      onApply={onApply}
    >
      {(draft, set) => (
        <>
          <ProvinceFilter scope={scope} value={draft.province} onChange={(province) => set({ province })} />
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
        </>
      )}
    </FiltersForm>
  );
}
