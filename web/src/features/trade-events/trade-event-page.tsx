import { useState } from 'react';
import {
  createTradeEvent,
  deleteTradeEvent,
  fetchTradeEvent,
  updateTradeEvent,
} from '../../api/trade-events';
import type { TradeEvent, User } from '../../api/types';
import { ConfirmDelete } from '../../components/confirm-delete';
import { ErrorAlert } from '../../components/error-alert';
import { FieldMessages } from '../../components/field-messages';
import { PublicLink } from '../../components/public-link';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf, unplacedErrors } from '../../lib/field-errors';
import { todayInVietnam } from '../../lib/format';
import { can } from '../../lib/permissions';
import { EVENTS_PAGE_HREF } from '../../lib/public-links';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { useLeavingAction } from '../../lib/use-leaving-action';
import { navigate, navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { eventPhase } from './event-labels';
import { OutcomesSection } from './outcomes-section';
import { ParticipantsEditor } from './participants-editor';
import { EVENT_FORM_FIELDS, TradeEventForm } from './trade-event-form';
import { emptyTradeEventForm, formToTradeEventBody, tradeEventToForm } from './trade-event-form-state';

const loadEvent = (id: string, signal: AbortSignal) => fetchTradeEvent(id, signal);

/** May this user change the event? Its province's office, or the ministry (national events only the ministry). */
export const canManageEvent = (user: User, event: Pick<TradeEvent, 'province'>): boolean =>
  can(user.role, 'trade-promotion:manage') &&
  (user.provinceCode === null ? true : event.province?.code === user.provinceCode);

/** #/trade-events/new */
export function TradeEventCreatePage({ user }: { user: User }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => emptyTradeEventForm(user.provinceCode));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const created = await createTradeEvent(formToTradeEventBody(values));
      navigateWithQuery(['trade-events', created.id], { created: '1' });
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  if (!can(user.role, 'trade-promotion:manage')) {
    return <p className="alert alert-warning">{t('events.cannotManage')}</p>;
  }
  return (
    <>
      <p>
        <a href={routeHref('trade-events')}>{t('events.backToList')}</a>
      </p>
      <h1>{t('events.createHeading')}</h1>
      <TradeEventForm
        testId="trade-event-form"
        values={values}
        onChange={setValues}
        errors={errors}
        fixedProvince={user.provinceCode}
        onSubmit={() => void submit()}
      >
        {error !== null && <ErrorAlert error={error} />}
        <FieldMessages messages={unplacedErrors(errors, EVENT_FORM_FIELDS)} />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {t('events.create')}
          </button>
        </div>
      </TradeEventForm>
    </>
  );
}

/** #/trade-events/{id}: the event, who took part, and what came of it. */
export function TradeEventPage({ id, user }: { id: string; user: User }) {
  const { t } = useI18n();
  const created = useHashQuery().created === '1';
  const [state, replace] = useEditableFetch(id, loadEvent);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <a href={routeHref('trade-events')}>{t('events.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <EventView
          event={state.data}
          user={user}
          notice={notice ?? (created ? t('events.created') : null)}
          onSaved={(event) => {
            replace(event);
            setNotice(t('common.saved'));
          }}
        />
      )}
    </>
  );
}

interface EventViewProps {
  event: TradeEvent;
  user: User;
  notice: string | null;
  onSaved: (event: TradeEvent) => void;
}

function EventView({ event, user, notice, onSaved }: EventViewProps) {
  const { t } = useI18n();
  const manage = canManageEvent(user, event);
  const phase = eventPhase(event, todayInVietnam());
  const [participantsVersion, setParticipantsVersion] = useState(0);
  return (
    <>
      <div className="page-heading">
        <h1>{event.name}</h1>
        <span className={`badge event-${phase}`}>{t(`events.phase.${phase}`)}</span>
      </div>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('events.kind')}</dt>
          <dd>{t(`events.kind.${event.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('events.dates')}</dt>
          <dd className="code">
            {event.startsOn} → {event.endsOn}
          </dd>
        </div>
        <div>
          <dt>{t('events.place')}</dt>
          <dd>{event.place}</dd>
        </div>
        <div>
          <dt>{t('events.scope')}</dt>
          <dd>{event.province ? event.province.name : t('events.national')}</dd>
        </div>
        <div>
          <dt>{t('events.organiser')}</dt>
          <dd>{event.organiser ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('events.website')}</dt>
          <dd>
            {event.website ? (
              <a href={event.website} target="_blank" rel="noopener noreferrer">
                {event.website}
              </a>
            ) : (
              '—'
            )}
          </dd>
        </div>
        {event.description && (
          <div className="facts-wide">
            <dt>{t('events.description')}</dt>
            <dd className="prose">{event.description}</dd>
          </div>
        )}
        <div className="facts-wide">
          <dt>{t('events.publicLabel')}</dt>
          <dd>
            <PublicLink href={EVENTS_PAGE_HREF}>{t('events.publicCalendar')}</PublicLink>
          </dd>
        </div>
      </dl>
      <ParticipantsEditor
        eventId={event.id}
        canEdit={manage}
        onSaved={() => setParticipantsVersion((n) => n + 1)}
      />
      <OutcomesSection
        event={event}
        canEdit={manage}
        started={phase !== 'upcoming'}
        participantsVersion={participantsVersion}
      />
      {manage && <EditEvent key={event.updatedAt} event={event} user={user} onSaved={onSaved} />}
    </>
  );
}

function EditEvent({
  event,
  user,
  onSaved,
}: {
  event: TradeEvent;
  user: User;
  onSaved: (e: TradeEvent) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(() => tradeEventToForm(event));
  const { error, pending, run } = useLeavingAction();
  const [asking, setAsking] = useState(false);
  const errors = fieldErrorsOf(error);

  return (
    <section className="panel section-gap" aria-labelledby="event-edit-heading">
      <div className="page-heading">
        <h2 id="event-edit-heading">{t('events.editHeading')}</h2>
        <button type="button" className="button-outline" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('common.close') : t('common.edit')}
        </button>
      </div>
      {open && (
        <TradeEventForm
          testId="trade-event-edit-form"
          values={values}
          onChange={setValues}
          errors={errors}
          fixedProvince={user.provinceCode}
          onSubmit={() =>
            void run(async () => onSaved(await updateTradeEvent(event.id, formToTradeEventBody(values))))
          }
        >
          {error !== null && <ErrorAlert error={error} />}
          <FieldMessages messages={unplacedErrors(errors, EVENT_FORM_FIELDS)} />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={pending}>
              {t('common.save')}
            </button>
            <ConfirmDelete
              label={t('events.delete')}
              confirmLabel={t('events.deleteConfirm')}
              asking={asking}
              onAskingChange={setAsking}
              pending={pending}
              onConfirm={() =>
                void run(async () => {
                  await deleteTradeEvent(event.id);
                  navigate('trade-events');
                })
              }
            />
          </div>
        </TradeEventForm>
      )}
    </section>
  );
}
