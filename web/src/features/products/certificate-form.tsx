import { useState } from 'react';
import { addCertificate } from '../../api/products';
import type { Product } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FieldMessages } from '../../components/field-messages';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf, unplacedErrors } from '../../lib/field-errors';
import {
  type CertificateFormValues,
  emptyCertificateForm,
  formToCertificateBody,
} from './product-form-state';

const SHOWN = ['stars', 'number', 'decisionNumber', 'decisionDate', 'authorityName', 'validFrom', 'validTo'];

interface CertificateFormProps {
  productId: string;
  onAdded: (product: Product) => void;
  onCancel: () => void;
}

/** POST /products/{id}/certificates. 3–4★ are recognised by the province, 5★ by the ministry. */
export function CertificateForm({ productId, onAdded, onCancel }: CertificateFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<CertificateFormValues>(emptyCertificateForm);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);
  const other = unplacedErrors(errors, SHOWN);
  const field = (key: keyof CertificateFormValues) => ({
    name: key,
    value: values[key],
    onChange: (value: string) => setValues((previous) => ({ ...previous, [key]: value })),
    errors: errors[key],
  });

  async function submit() {
    setPending(true);
    setError(null);
    try {
      onAdded(await addCertificate(productId, formToCertificateBody(values)));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form"
      data-testid="certificate-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('certificates.addHeading')}</legend>
        <div className="form-grid">
          <SelectField
            label={t('certificates.stars')}
            hint={t('certificates.starsHint')}
            required
            emptyLabel={t('common.choose')}
            options={[3, 4, 5].map((stars) => ({
              value: String(stars),
              label: t('products.starsValue', { stars }),
            }))}
            {...field('stars')}
          />
          <TextField label={t('certificates.decisionNumber')} {...field('decisionNumber')} />
          <TextField label={t('certificates.decisionDate')} type="date" {...field('decisionDate')} />
          <TextField
            label={t('certificates.authorityName')}
            hint={t('certificates.authorityHint')}
            {...field('authorityName')}
          />
          <TextField label={t('certificates.number')} {...field('number')} />
          <TextField label={t('certificates.validFrom')} type="date" required {...field('validFrom')} />
          <TextField
            label={t('certificates.validTo')}
            hint={t('certificates.validToHint')}
            type="date"
            {...field('validTo')}
          />
        </div>
      </fieldset>
      {error !== null && <ErrorAlert error={error} />}
      <FieldMessages messages={other} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('certificates.add')}
        </button>
        <button type="button" className="button-outline" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
