import type { DossierFormField } from '../../api/types';
import { TextAreaField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { displayValue, type FormDraft } from './form-draft';

interface FormFieldsProps {
  fields: readonly DossierFormField[];
  draft: FormDraft;
  onChange: (key: string, value: string | boolean) => void;
  /** Prefix of the input names (forms 01 and 02 share keys such as "address"). */
  prefix: string;
  errors?: Readonly<Record<string, readonly string[]>>;
}

/** The fields of one form (GET /dossiers/forms), each as the input its type calls for. */
export function FormFields({ fields, draft, onChange, prefix, errors }: FormFieldsProps) {
  const { t, language } = useI18n();
  return (
    <div className="form-grid">
      {fields.map((field) => {
        const label = field[language];
        const name = `${prefix}.${field.key}`;
        const value = draft[field.key];
        if (field.type === 'boolean') {
          return (
            <div key={field.key} className="field field-check">
              <input
                id={name}
                name={name}
                type="checkbox"
                checked={value === true}
                onChange={(event) => onChange(field.key, event.target.checked)}
              />
              <label htmlFor={name}>{label}</label>
            </div>
          );
        }
        const text = typeof value === 'string' ? value : '';
        const common = {
          label,
          name,
          value: text,
          required: field.required,
          errors: errors?.[field.key],
          onChange: (v: string) => onChange(field.key, v),
        };
        if (field.type === 'longText') return <TextAreaField key={field.key} rows={3} {...common} />;
        if (field.type === 'list')
          return <TextAreaField key={field.key} rows={3} hint={t('forms.listHint')} {...common} />;
        return (
          <TextField
            key={field.key}
            type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'}
            {...common}
          />
        );
      })}
    </div>
  );
}

/** A form's stored values, read-only. */
export function FormFacts({
  fields,
  values,
  testId,
}: {
  fields: readonly DossierFormField[];
  values: Readonly<Record<string, unknown>>;
  testId?: string;
}) {
  const { language } = useI18n();
  return (
    <dl className="facts" data-testid={testId}>
      {fields.map((field) => (
        <div key={field.key} className={field.type === 'longText' ? 'facts-wide' : undefined}>
          <dt>{field[language]}</dt>
          <dd className={field.type === 'longText' ? 'prose' : undefined}>
            {displayValue(values[field.key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
