import type { ReactNode } from 'react';
import { TextAreaField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import type { FieldErrorMap } from '../../lib/field-errors';
import { ProducerPicker } from './producer-picker';
import type { ProductFormValues } from './product-form-state';
import { ProductSetSelect } from './product-set-select';

export const PRODUCT_FORM_FIELDS = [
  'producerId',
  'name',
  'productSetId',
  'gtin',
  'saleChannels',
  'packaging',
  'unit',
  'description',
  'story',
] as const;

type TextKey = Exclude<keyof ProductFormValues, 'producerId' | 'producerName' | 'productSetId'>;

interface ProductFormProps {
  values: ProductFormValues;
  onChange: (values: ProductFormValues) => void;
  errors: FieldErrorMap;
  /** Create: search and pick the producer; edit: the producer is fixed. */
  pickProducer: boolean;
  onSubmit: () => void;
  testId: string;
  children: ReactNode;
}

export function ProductForm({
  values,
  onChange,
  errors,
  pickProducer,
  onSubmit,
  testId,
  children,
}: ProductFormProps) {
  const { t } = useI18n();
  const field = (key: TextKey) => ({
    name: key,
    value: values[key],
    onChange: (value: string) => onChange({ ...values, [key]: value }),
    errors: errors[key],
  });

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
      {pickProducer && (
        <ProducerPicker
          selected={values.producerId ? { id: values.producerId, name: values.producerName } : null}
          onSelect={(producer) =>
            onChange({ ...values, producerId: producer.id, producerName: producer.name })
          }
          errors={errors.producerId}
        />
      )}
      <fieldset>
        <legend>{t('products.sectionMain')}</legend>
        <div className="form-grid">
          <TextField label={t('products.name')} required {...field('name')} />
          <ProductSetSelect
            mode="form"
            value={values.productSetId}
            onChange={(productSetId) => onChange({ ...values, productSetId })}
            errors={errors.productSetId}
          />
          <TextField label={t('products.gtin')} hint={t('products.gtinHint')} {...field('gtin')} />
          <TextField
            label={t('products.packaging')}
            hint={t('products.packagingHint')}
            {...field('packaging')}
          />
          <TextField label={t('products.unit')} hint={t('products.unitHint')} {...field('unit')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('products.sectionStory')}</legend>
        <TextAreaField
          label={t('products.saleChannels')}
          hint={t('products.saleChannelsHint')}
          rows={3}
          {...field('saleChannels')}
        />
        <TextAreaField label={t('products.description')} {...field('description')} />
        <TextAreaField label={t('products.story')} rows={6} {...field('story')} />
      </fieldset>
      {children}
    </form>
  );
}
