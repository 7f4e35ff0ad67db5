import { useState } from 'react';
import { createSupportRecord } from '../../api/support';
import type { User } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { type FieldErrorMap, fieldErrorsOf } from '../../lib/field-errors';
import { todayInVietnam } from '../../lib/format';
import { can } from '../../lib/permissions';
import { navigateWithQuery, routeHref } from '../shell/use-hash-route';
import { FormProblem } from './form-problem';
import { SUPPORT_FORM_FIELDS, SupportForm } from './support-form';
import { emptySupportForm, formToSupportBody } from './support-form-state';

/** #/support/new: records support given to a producer of the officer's province (the ministry: any). */
export function SupportCreatePage({ user }: { user: User }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => emptySupportForm(todayInVietnam()));
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<FieldErrorMap>({});
  const [pending, setPending] = useState(false);

  async function submit() {
    setError(null);
    const parsed = formToSupportBody(values);
    if (!parsed.ok) {
      setLocal({ amountVnd: [t('support.amountInvalid')] });
      return;
    }
    setLocal({});
    setPending(true);
    try {
      const created = await createSupportRecord(parsed.body);
      navigateWithQuery(['support', created.id], { created: '1' });
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  if (!can(user.role, 'programme:manage')) {
    return <p className="alert alert-warning">{t('support.cannotManage')}</p>;
  }
  return (
    <>
      <p>
        <a href={routeHref('support')}>{t('support.backToList')}</a>
      </p>
      <h1>{t('support.createHeading')}</h1>
      <SupportForm
        testId="support-form"
        values={values}
        onChange={setValues}
        errors={{ ...fieldErrorsOf(error), ...local }}
        onSubmit={() => void submit()}
      >
        <FormProblem error={error} shown={SUPPORT_FORM_FIELDS} />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {t('support.create')}
          </button>
        </div>
      </SupportForm>
    </>
  );
}
