import { useState } from 'react';
import { deleteSupportRecord, type SupportRecord, updateSupportRecord } from '../../api/support';
import { ConfirmDelete } from '../../components/confirm-delete';
import { useI18n } from '../../i18n/i18n-context';
import { type FieldErrorMap, fieldErrorsOf } from '../../lib/field-errors';
import { useLeavingAction } from '../../lib/use-leaving-action';
import { navigate } from '../shell/use-hash-route';
import { FormProblem } from './form-problem';
import { SUPPORT_FORM_FIELDS, SupportForm } from './support-form';
import { formToSupportBody, supportToForm } from './support-form-state';

interface SupportEditPanelProps {
  record: SupportRecord;
  onSaved: (record: SupportRecord) => void;
}

/** Edits the record in place; deleting (a record entered by mistake) asks for confirmation first. */
export function SupportEditPanel({ record, onSaved }: SupportEditPanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(() => supportToForm(record));
  const { error, pending, run } = useLeavingAction();
  const [local, setLocal] = useState<FieldErrorMap>({});
  const [asking, setAsking] = useState(false);

  function save() {
    const parsed = formToSupportBody(values);
    if (!parsed.ok) {
      setLocal({ amountVnd: [t('support.amountInvalid')] });
      return;
    }
    setLocal({});
    void run(async () => onSaved(await updateSupportRecord(record.id, parsed.body)));
  }

  return (
    <section className="panel section-gap" aria-labelledby="support-edit-heading">
      <div className="page-heading">
        <h2 id="support-edit-heading">{t('support.editHeading')}</h2>
        <button type="button" className="button-outline" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('common.close') : t('common.edit')}
        </button>
      </div>
      {open && (
        <SupportForm
          testId="support-edit-form"
          values={values}
          onChange={setValues}
          errors={{ ...fieldErrorsOf(error), ...local }}
          onSubmit={save}
        >
          <FormProblem error={error} shown={SUPPORT_FORM_FIELDS} />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={pending}>
              {t('common.save')}
            </button>
            <ConfirmDelete
              label={t('support.delete')}
              confirmLabel={t('support.deleteConfirm')}
              asking={asking}
              onAskingChange={setAsking}
              pending={pending}
              onConfirm={() =>
                void run(async () => {
                  await deleteSupportRecord(record.id);
                  navigate('support');
                })
              }
            />
          </div>
        </SupportForm>
      )}
    </section>
  );
}
