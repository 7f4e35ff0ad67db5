import { SelectField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { loadProductSets } from '../../lib/reference-cache';
import { useFetch } from '../../lib/use-fetch';

const NUMBERS = Array.from({ length: 26 }, (_, i) => i + 1);

interface ProductSetSelectProps {
  value: string;
  onChange: (value: string) => void;
  mode: 'form' | 'filter';
  errors?: readonly string[] | undefined;
}

/** Product sets 1–26, named from GET /criteria-sets; numbers only if that list cannot be loaded. */
export function ProductSetSelect({ value, onChange, mode, errors }: ProductSetSelectProps) {
  const { t } = useI18n();
  const sets = useFetch('product-sets', loadProductSets);
  const options =
    sets.status === 'success' && sets.data.length > 0
      ? sets.data.map((set) => ({ value: String(set.id), label: `${set.id}. ${set.name}` }))
      : NUMBERS.map((id) => ({ value: String(id), label: t('products.productSetNumber', { id }) }));
  return (
    <SelectField
      label={t('products.productSet')}
      name="productSetId"
      value={value}
      onChange={onChange}
      options={options}
      emptyLabel={mode === 'filter' ? t('common.all') : t('common.choose')}
      required={mode === 'form'}
      errors={errors}
    />
  );
}
