import type { ReactNode } from 'react';
import { fetchProducts } from '../../api/products';
import type { SupportKind } from '../../api/support';
import { FieldShell, SelectField, TextAreaField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import type { FieldErrorMap } from '../../lib/field-errors';
import { useFetch } from '../../lib/use-fetch';
import { ProducerChooser } from './producer-chooser';
import type { SupportFormValues } from './support-form-state';
import { SUPPORT_KINDS } from './support-labels';
import { tidyVndInput } from './vnd-input';

export const SUPPORT_FORM_FIELDS = [
  'producerId',
  'productId',
  'kind',
  'grantedOn',
  'amountVnd',
  'fundingSource',
  'description',
] as const;

const loadProducts = (producerId: string, signal: AbortSignal) =>
  fetchProducts({ producerId, pageSize: '100' }, signal).then((body) => body.items);

interface SupportFormProps {
  values: SupportFormValues;
  onChange: (values: SupportFormValues) => void;
  errors: FieldErrorMap;
  children: ReactNode;
  onSubmit: () => void;
  testId: string;
}

/** The producer helped, what with, when and how much; the server's field messages show beside each field. */
export function SupportForm({ values, onChange, errors, children, onSubmit, testId }: SupportFormProps) {
  const { t } = useI18n();
  const products = useFetch(values.producer?.id ?? null, loadProducts);
  const set = (patch: Partial<SupportFormValues>) => onChange({ ...values, ...patch });

  return (
    <form
      className="record-form"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p className="hint">{t('common.requiredNote')}</p>
      <fieldset>
        <legend>{t('support.sectionMain')}</legend>
        <div className="form-grid">
          <ProducerChooser
            label={t('support.producer')}
            required
            testId="support-producer"
            value={values.producer}
            onChange={(producer) => set({ producer, productId: '' })}
            errors={errors.producerId}
          />
          <SelectField
            label={t('support.product')}
            name="productId"
            value={values.productId}
            onChange={(productId) => set({ productId })}
            emptyLabel={t('support.noProduct')}
            options={
              products.status === 'success' ? products.data.map((p) => ({ value: p.id, label: p.name })) : []
            }
            hint={values.producer ? t('support.productHint') : t('support.productAfterProducer')}
            disabled={!values.producer}
            errors={errors.productId}
          />
          <SelectField
            label={t('support.kind')}
            name="kind"
            required
            value={values.kind}
            onChange={(kind) => set({ kind: kind as SupportKind | '' })}
            emptyLabel={t('common.choose')}
            options={SUPPORT_KINDS.map((kind) => ({ value: kind, label: t(`support.kind.${kind}`) }))}
            errors={errors.kind}
          />
          <TextField
            label={t('support.grantedOn')}
            name="grantedOn"
            type="date"
            required
            value={values.grantedOn}
            onChange={(grantedOn) => set({ grantedOn })}
            hint={t('support.grantedOnHint')}
            errors={errors.grantedOn}
          />
          <FieldShell
            label={t('support.amount')}
            hint={t('support.amountHint')}
            errors={errors.amountVnd}
            required
          >
            {(control) => (
              <input
                {...control}
                name="amountVnd"
                inputMode="numeric"
                autoComplete="off"
                value={values.amount}
                onChange={(event) => set({ amount: event.target.value })}
                onBlur={() => set({ amount: tidyVndInput(values.amount) })}
              />
            )}
          </FieldShell>
          <TextField
            label={t('support.fundingSource')}
            name="fundingSource"
            value={values.fundingSource}
            onChange={(fundingSource) => set({ fundingSource })}
            hint={t('support.fundingSourceHint')}
            errors={errors.fundingSource}
          />
          <TextAreaField
            label={t('support.description')}
            name="description"
            rows={3}
            value={values.description}
            onChange={(description) => set({ description })}
            errors={errors.description}
          />
        </div>
      </fieldset>
      {children}
    </form>
  );
}
