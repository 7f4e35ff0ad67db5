import { useState } from 'react';
import { deleteOutcome, fetchOutcomes, fetchParticipants, recordOutcome } from '../../api/trade-events';
import type { OutcomeKind, TradeEvent, TradeEventOutcome, TradeEventOutcomeList } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FieldShell, SelectField, TextAreaField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { formatCount, formatVnd } from '../../lib/format';
import { useFetch } from '../../lib/use-fetch';
import { formatDateTime } from '../dossiers/dossier-labels';
import { OUTCOME_KINDS } from './event-labels';

/** Key: `${eventId}|${version}`. */
const loadOutcomes = (key: string, signal: AbortSignal) => fetchOutcomes(key.split('|')[0] ?? '', signal);
const loadParticipants = (key: string, signal: AbortSignal) =>
  fetchParticipants(key.split('|')[0] ?? '', signal);

interface OutcomesSectionProps {
  event: TradeEvent;
  canEdit: boolean;
  /** Outcomes are recorded once the event has started (the server refuses earlier). */
  started: boolean;
  participantsVersion: number;
}

/** Leads, memoranda and contracts that came of the event, with totals by kind. */
export function OutcomesSection({ event, canEdit, started, participantsVersion }: OutcomesSectionProps) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const state = useFetch(`${event.id}|${version}`, loadOutcomes);
  const [list, setList] = useState<TradeEventOutcomeList | null>(null);
  if (state.status === 'success' && state.data !== list) setList(state.data);
  const [error, setError] = useState<unknown>(null);
  const reload = () => setVersion((n) => n + 1);

  async function remove(outcome: TradeEventOutcome) {
    setError(null);
    try {
      await deleteOutcome(event.id, outcome.id);
      reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="panel section-gap" aria-labelledby="outcomes-heading" data-testid="outcomes">
      <h2 id="outcomes-heading">{t('events.outcomesHeading')}</h2>
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {list === null && state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list && <OutcomesTable list={list} onDelete={canEdit ? (o) => void remove(o) : null} />}
      {error !== null && <ErrorAlert error={error} />}
      {canEdit && !started && <p className="muted">{t('events.outcomesAfterStart')}</p>}
      {canEdit && started && (
        <OutcomeForm
          eventId={event.id}
          participantsKey={`${event.id}|${participantsVersion}`}
          onRecorded={reload}
        />
      )}
    </section>
  );
}

function OutcomesTable({
  list,
  onDelete,
}: {
  list: TradeEventOutcomeList;
  onDelete: ((outcome: TradeEventOutcome) => void) | null;
}) {
  const { t, language } = useI18n();
  if (list.items.length === 0) return <p className="muted">{t('events.noOutcomes')}</p>;
  return (
    <>
      <ul className="totals-line" aria-label={t('events.outcomeTotals')}>
        {list.totals.byKind.map((row) => (
          <li key={row.kind}>
            {t(`events.outcome.${row.kind}`)}: <strong>{formatCount(row.count, language)}</strong>
            {row.valueVnd > 0 && <> · {formatVnd(row.valueVnd, language)}</>}
          </li>
        ))}
        <li>
          {t('events.outcomeTotal')}: <strong>{formatVnd(list.totals.valueVnd, language)}</strong>
        </li>
      </ul>
      <div className="table-wrap full">
        <table data-testid="outcomes-table">
          <caption>{t('events.outcomesCaption', { count: list.totals.count })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('events.outcomeKind')}</th>
              <th scope="col">{t('events.counterpart')}</th>
              <th scope="col">{t('events.valueVnd')}</th>
              <th scope="col">{t('events.outcomeProducer')}</th>
              <th scope="col">{t('events.recordedAt')}</th>
              {onDelete && (
                <th scope="col">
                  <span className="visually-hidden">{t('stamps.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {list.items.map((outcome) => (
              <tr key={outcome.id} data-testid="outcome-row">
                <td>{t(`events.outcome.${outcome.kind}`)}</td>
                <th scope="row">
                  {outcome.counterpart}
                  {outcome.note && <div className="muted small prose">{outcome.note}</div>}
                </th>
                <td className="code">
                  {outcome.valueVnd === null ? '—' : formatVnd(outcome.valueVnd, language)}
                </td>
                <td>{outcome.producer?.name ?? t('events.delegation')}</td>
                <td className="code">{formatDateTime(outcome.recordedAt, language)}</td>
                {onDelete && (
                  <td>
                    <button
                      type="button"
                      className="button-plain button-small"
                      onClick={() => onDelete(outcome)}
                    >
                      {t('events.deleteOutcome')}
                      <span className="visually-hidden"> {outcome.counterpart}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface OutcomeFormProps {
  eventId: string;
  participantsKey: string;
  onRecorded: () => void;
}

function OutcomeForm({ eventId, participantsKey, onRecorded }: OutcomeFormProps) {
  const { t } = useI18n();
  const participants = useFetch(participantsKey, loadParticipants);
  const [kind, setKind] = useState<OutcomeKind | ''>('');
  const [counterpart, setCounterpart] = useState('');
  const [value, setValue] = useState('');
  const [producerId, setProducerId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      await recordOutcome(eventId, {
        kind: kind as OutcomeKind,
        counterpart: counterpart.trim(),
        valueVnd: value.trim() === '' ? null : Number(value),
        producerId: producerId || null,
        note: note.trim() || null,
      });
      setKind('');
      setCounterpart('');
      setValue('');
      setProducerId('');
      setNote('');
      onRecorded();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="record-form"
      data-testid="outcome-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{t('events.addOutcome')}</h3>
      <div className="form-grid">
        <SelectField
          label={t('events.outcomeKind')}
          name="kind"
          required
          value={kind}
          onChange={(next) => setKind(next as OutcomeKind | '')}
          emptyLabel={t('common.choose')}
          options={OUTCOME_KINDS.map((option) => ({ value: option, label: t(`events.outcome.${option}`) }))}
          errors={errors.kind}
        />
        <TextField
          label={t('events.counterpart')}
          hint={t('events.counterpartHint')}
          name="counterpart"
          required
          value={counterpart}
          onChange={setCounterpart}
          errors={errors.counterpart}
        />
        <FieldShell label={t('events.valueVnd')} hint={t('events.valueHint')} errors={errors.valueVnd}>
          {(control) => (
            <input
              {...control}
              type="number"
              name="valueVnd"
              inputMode="numeric"
              min={0}
              step={1}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </FieldShell>
        <SelectField
          label={t('events.outcomeProducer')}
          name="producerId"
          value={producerId}
          onChange={setProducerId}
          emptyLabel={t('events.delegation')}
          options={
            participants.status === 'success'
              ? participants.data.items.map((p) => ({ value: p.producer.id, label: p.producer.name }))
              : []
          }
          errors={errors.producerId}
        />
        <TextAreaField
          label={t('events.outcomeNote')}
          name="note"
          rows={2}
          value={note}
          onChange={setNote}
          errors={errors.note}
        />
      </div>
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('events.recordOutcome')}
        </button>
      </div>
    </form>
  );
}
