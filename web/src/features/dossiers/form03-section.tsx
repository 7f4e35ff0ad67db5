import { useState } from 'react';
import { saveForm03 } from '../../api/dossiers';
import type { Dossier, DossierFormField } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { FormFacts, FormFields } from './dossier-form-fields';
import { type FormDraft, formErrors, fromDraft, toDraft } from './form-draft';

interface Form03SectionProps {
  dossier: Dossier;
  fields: readonly DossierFormField[];
  /** The commune officer while the commune reviews the dossier. */
  editable: boolean;
  onChanged: (dossier: Dossier, message: string) => void;
}

/** Form 03: the commune's evaluation report, required before the dossier goes up to the province. */
export function Form03Section({ dossier, fields, editable, onChanged }: Form03SectionProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<FormDraft>(() => toDraft(fields, dossier.form03));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function save() {
    setPending(true);
    setError(null);
    try {
      onChanged(await saveForm03(dossier.id, fromDraft(fields, draft)), t('forms.form03Saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  if (!editable) {
    if (dossier.form03 === null) return null;
    return (
      <section className="panel section-gap" aria-labelledby="form03-heading">
        <h2 id="form03-heading">{t('forms.form03')}</h2>
        <FormFacts fields={fields} values={dossier.form03} testId="form03-facts" />
      </section>
    );
  }
  return (
    <section className="section-gap" aria-labelledby="form03-heading">
      <h2 id="form03-heading">{t('forms.form03')}</h2>
      <p className="muted">{t('forms.form03Intro')}</p>
      <form
        data-testid="form03"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>{t('forms.form03')}</legend>
          <FormFields
            fields={fields}
            draft={draft}
            prefix="form03"
            errors={formErrors(error, '03')}
            onChange={(key, value) => setDraft((previous) => ({ ...previous, [key]: value }))}
          />
        </fieldset>
        {error !== null && <ErrorAlert error={error} />}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {t('forms.saveForm03')}
          </button>
        </div>
      </form>
    </section>
  );
}
