import { useState } from 'react';
import { editDossier } from '../../api/dossiers';
import type { Dossier, DossierForms } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { FormFacts, FormFields } from './dossier-form-fields';
import { type FormDraft, formErrors, fromDraft, toDraft } from './form-draft';

interface ProducerFormsSectionProps {
  dossier: Dossier;
  forms: DossierForms;
  /** The producer, while the dossier is a draft or was returned for completion. */
  editable: boolean;
  onChanged: (dossier: Dossier, message: string) => void;
}

/** Form 01 (application) and Form 02 (self-assessment report, parts I–II): edited by the producer. */
export function ProducerFormsSection({ dossier, forms, editable, onChanged }: ProducerFormsSectionProps) {
  const { t } = useI18n();
  const form01 = forms['01'] ?? [];
  const form02 = forms['02'] ?? [];
  const [draft01, setDraft01] = useState<FormDraft>(() => toDraft(form01, dossier.form01));
  const [draft02, setDraft02] = useState<FormDraft>(() => toDraft(form02, dossier.form02));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function save() {
    setPending(true);
    setError(null);
    try {
      const body = { form01: fromDraft(form01, draft01), form02: fromDraft(form02, draft02) };
      onChanged(await editDossier(dossier.id, body), t('forms.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  if (!editable) {
    return (
      <section className="panel section-gap" aria-labelledby="forms-heading">
        <h2 id="forms-heading">{t('forms.heading')}</h2>
        <details>
          <summary>{t('forms.form01')}</summary>
          <FormFacts fields={form01} values={dossier.form01} testId="form01-facts" />
        </details>
        <details>
          <summary>{t('forms.form02')}</summary>
          <FormFacts fields={form02} values={dossier.form02} testId="form02-facts" />
        </details>
      </section>
    );
  }

  return (
    <section className="section-gap" aria-labelledby="forms-heading">
      <h2 id="forms-heading">{t('forms.heading')}</h2>
      <p className="muted">{t('forms.intro')}</p>
      <form
        data-testid="producer-forms"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>{t('forms.form01')}</legend>
          <FormFields
            fields={form01}
            draft={draft01}
            prefix="form01"
            errors={formErrors(error, '01')}
            onChange={(key, value) => setDraft01((previous) => ({ ...previous, [key]: value }))}
          />
        </fieldset>
        <fieldset>
          <legend>{t('forms.form02')}</legend>
          <FormFields
            fields={form02}
            draft={draft02}
            prefix="form02"
            errors={formErrors(error, '02')}
            onChange={(key, value) => setDraft02((previous) => ({ ...previous, [key]: value }))}
          />
        </fieldset>
        {error !== null && <ErrorAlert error={error} />}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {t('forms.save')}
          </button>
          <span className="muted small">{t('common.requiredNote')}</span>
        </div>
      </form>
    </section>
  );
}
