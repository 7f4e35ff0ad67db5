import { useState } from 'react';
import { ApiError } from '../../api/http';
import { createProducer } from '../../api/producers';
import type { User } from '../../api/types';
import { describeError } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { can, scopeOf } from '../../lib/permissions';
import { navigate, routeHref } from '../shell/use-hash-route';
import { ProducerForm } from './producer-form';
import { emptyProducerForm, formToProducerBody } from './producer-form-state';

const isPossibleDuplicate = (error: unknown) =>
  error instanceof ApiError && error.code === 'PRODUCER_POSSIBLE_DUPLICATE';

/**
 * Registers a producer. A same-name producer in the same commune comes back as 409
 * PRODUCER_POSSIBLE_DUPLICATE: the problem is shown with a button that resends with confirmNotDuplicate.
 */
export function ProducerCreatePage({ user }: { user: User }) {
  const { t } = useI18n();
  const scope = scopeOf(user);
  const [values, setValues] = useState(() => emptyProducerForm(scope));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit(confirmNotDuplicate: boolean) {
    setPending(true);
    setError(null);
    try {
      const body = formToProducerBody(values);
      const created = await createProducer(confirmNotDuplicate ? { ...body, confirmNotDuplicate } : body);
      navigate('producers', created.id);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  if (!can(user.role, 'producers:create')) {
    return <p className="alert alert-warning">{t('producers.cannotCreate')}</p>;
  }
  const duplicate = isPossibleDuplicate(error);

  return (
    <>
      <p>
        <a href={routeHref('producers')}>{t('producers.backToList')}</a>
      </p>
      <h1>{t('producers.createHeading')}</h1>
      <ProducerForm
        testId="producer-create-form"
        values={values}
        onChange={(next) => {
          setValues(next);
          if (duplicate) setError(null);
        }}
        errors={duplicate ? {} : fieldErrorsOf(error)}
        scope={scope}
        readOnly={false}
        onSubmit={() => void submit(false)}
      >
        {error !== null && (
          <div
            role="alert"
            className={`alert ${duplicate ? 'alert-warning' : 'alert-error'}`}
            data-testid="producer-error"
          >
            {duplicate && <strong>{t('producers.duplicateTitle')} </strong>}
            {describeError(error, t)}
            {duplicate && (
              <p className="alert-actions">
                <button
                  type="button"
                  className="button-primary"
                  disabled={pending}
                  onClick={() => void submit(true)}
                >
                  {t('producers.createAnyway')}
                </button>
              </p>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending} aria-busy={pending}>
            {t('producers.create')}
          </button>
        </div>
      </ProducerForm>
    </>
  );
}
