import { useState } from 'react';
import { fetchProducer, updateProducer } from '../../api/producers';
import type { Producer, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { can, scopeOf } from '../../lib/permissions';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { ProducerFiguresSection } from '../impact/producer-figures-section';
import { routeHref } from '../shell/use-hash-route';
import { ProducerSupportSection } from '../support/producer-support-section';
import { ProducerEventsSection } from '../trade-events/producer-events-section';
import { ProducerCoursesSection } from '../training/producer-courses-section';
import { ProducerForm } from './producer-form';
import { formToProducerBody, producerToForm } from './producer-form-state';
import { ProducerProducts } from './producer-products';

const loadProducer = (id: string, signal: AbortSignal) => fetchProducer(id, signal);

export function ProducerDetailPage({ id, user }: { id: string; user: User }) {
  const { t } = useI18n();
  const [state, replace] = useEditableFetch(id, loadProducer);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <a href={routeHref('producers')}>{t('producers.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <ProducerEditor
          key={state.data.updatedAt}
          producer={state.data}
          user={user}
          notice={notice}
          onSaved={(producer, message) => {
            replace(producer);
            setNotice(message);
          }}
        />
      )}
    </>
  );
}

interface ProducerEditorProps {
  producer: Producer;
  user: User;
  notice: string | null;
  onSaved: (producer: Producer, message: string) => void;
}

/** Keyed by updatedAt: after a save the form restarts from the server's answer. */
function ProducerEditor({ producer, user, notice, onSaved }: ProducerEditorProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => producerToForm(producer));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const writable = can(user.role, 'registry:write');

  async function save(body: Parameters<typeof updateProducer>[1], message: string) {
    setPending(true);
    setError(null);
    try {
      onSaved(await updateProducer(producer.id, body), message);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <>
      <h1>
        {producer.name}{' '}
        {producer.isArchived && <span className="badge badge-muted">{t('common.archived')}</span>}
      </h1>
      <p className="lead">
        {producer.commune.name}, {producer.province.name}
      </p>
      {notice && (
        <p role="status" className="alert alert-success">
          {notice}
        </p>
      )}
      <ProducerForm
        testId="producer-edit-form"
        values={values}
        onChange={setValues}
        errors={fieldErrorsOf(error)}
        scope={scopeOf(user)}
        readOnly={!writable || producer.isArchived}
        onSubmit={() => void save(formToProducerBody(values), t('common.saved'))}
      >
        {error !== null && <ErrorAlert error={error} />}
        {writable && (
          <div className="form-actions">
            {!producer.isArchived && (
              <button type="submit" className="button-primary" disabled={pending}>
                {t('common.save')}
              </button>
            )}
            <button
              type="button"
              className="button-outline"
              disabled={pending}
              onClick={() =>
                void save(
                  { isArchived: !producer.isArchived },
                  producer.isArchived ? t('producers.restored') : t('producers.archivedNotice'),
                )
              }
            >
              {producer.isArchived ? t('common.restore') : t('common.archive')}
            </button>
          </div>
        )}
      </ProducerForm>
      <ProducerProducts
        producer={producer}
        canAdd={can(user.role, 'products:create') && !producer.isArchived}
      />
      <ProducerFiguresSection producer={producer} user={user} />
      <ProducerSupportSection producer={producer} user={user} />
      <ProducerCoursesSection producer={producer} user={user} />
      <ProducerEventsSection producer={producer} user={user} />
    </>
  );
}
