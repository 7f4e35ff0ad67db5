import { useId, useState } from 'react';
import { fetchProducts } from '../../api/products';
import { fetchParticipants, setParticipants } from '../../api/trade-events';
import type { Producer, TradeEventParticipant } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { ProducerSearch, useProducerSearch } from '../../components/producer-search';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { routeHref } from '../shell/use-hash-route';

const loadParticipants = (id: string, signal: AbortSignal) => fetchParticipants(id, signal);
const loadProducerProducts = (producerId: string, signal: AbortSignal) =>
  fetchProducts({ producerId, pageSize: '100' }, signal);

/** A participant as edited: the producer, the ids of the products shown, the booth. */
interface DraftParticipant {
  producer: { id: string; name: string; place: string };
  productIds: string[];
  booth: string;
}

const toDraft = (p: TradeEventParticipant): DraftParticipant => ({
  producer: {
    id: p.producer.id,
    name: p.producer.name,
    place: `${p.producer.commune.name}, ${p.producer.province.name}`,
  },
  productIds: p.products.map((product) => product.id),
  booth: p.booth ?? '',
});

/** Producers at the event with their products and booth; the office saves the whole list at once. */
interface ParticipantsEditorProps {
  eventId: string;
  canEdit: boolean;
  /** After a save (the outcomes' producer list follows). */
  onSaved: () => void;
}

export function ParticipantsEditor({ eventId, canEdit, onSaved }: ParticipantsEditorProps) {
  const { t } = useI18n();
  const state = useFetch(eventId, loadParticipants);
  return (
    <section className="panel section-gap" aria-labelledby="participants-heading" data-testid="participants">
      <h2 id="participants-heading">{t('events.participantsHeading')}</h2>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' &&
        (canEdit ? (
          <ParticipantsForm eventId={eventId} initial={state.data.items} onSaved={onSaved} />
        ) : (
          <ParticipantsList participants={state.data.items} />
        ))}
    </section>
  );
}

function ParticipantsList({ participants }: { participants: readonly TradeEventParticipant[] }) {
  const { t } = useI18n();
  if (participants.length === 0) return <p className="muted">{t('events.noParticipants')}</p>;
  return (
    <ul className="plain-list">
      {participants.map((p) => (
        <li key={p.producer.id}>
          <a href={routeHref('producers', p.producer.id)}>{p.producer.name}</a>
          {p.booth && <span className="muted"> · {t('events.boothValue', { booth: p.booth })}</span>}
          {p.products.length > 0 && (
            <div className="small">{p.products.map((product) => product.name).join(', ')}</div>
          )}
        </li>
      ))}
    </ul>
  );
}

interface ParticipantsFormProps {
  eventId: string;
  initial: readonly TradeEventParticipant[];
  onSaved: () => void;
}

function ParticipantsForm({ eventId, initial, onSaved }: ParticipantsFormProps) {
  const { t } = useI18n();
  const [rows, setRows] = useState<DraftParticipant[]>(() => initial.map(toDraft));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const update = (index: number, patch: Partial<DraftParticipant>) =>
    setRows((previous) => previous.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function save() {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      const saved = await setParticipants(eventId, {
        participants: rows.map((row) => ({
          producerId: row.producer.id,
          productIds: row.productIds,
          booth: row.booth.trim() || null,
        })),
      });
      setRows(saved.items.map(toDraft));
      setNotice(t('events.participantsSaved', { count: saved.items.length }));
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      data-testid="participants-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="muted">{t('events.participantsIntro')}</p>
      {rows.length === 0 && <p className="muted">{t('events.noParticipants')}</p>}
      {rows.map((row, index) => (
        <ParticipantRow
          key={row.producer.id}
          row={row}
          onChange={(patch) => update(index, patch)}
          onRemove={() => setRows((previous) => previous.filter((_, i) => i !== index))}
        />
      ))}
      <AddProducer
        taken={new Set(rows.map((row) => row.producer.id))}
        onAdd={(producer) =>
          setRows((previous) => [
            ...previous,
            {
              producer: {
                id: producer.id,
                name: producer.name,
                place: `${producer.commune.name}, ${producer.province.name}`,
              },
              productIds: [],
              booth: '',
            },
          ])
        }
      />
      {error !== null && <ErrorAlert error={error} withFieldErrors />}
      {notice && (
        <p role="status" className="alert alert-success">
          {notice}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('events.saveParticipants')}
        </button>
      </div>
    </form>
  );
}

interface ParticipantRowProps {
  row: DraftParticipant;
  onChange: (patch: Partial<DraftParticipant>) => void;
  onRemove: () => void;
}

/** One producer: its products as checkboxes (loaded from the registry) and the booth. */
function ParticipantRow({ row, onChange, onRemove }: ParticipantRowProps) {
  const { t } = useI18n();
  const id = useId();
  const products = useFetch(row.producer.id, loadProducerProducts);
  const toggle = (productId: string, on: boolean) =>
    onChange({
      productIds: on ? [...row.productIds, productId] : row.productIds.filter((p) => p !== productId),
    });

  return (
    <fieldset className="participant" data-testid="participant">
      <legend>{row.producer.name}</legend>
      <p className="muted small">{row.producer.place}</p>
      {products.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {products.status === 'error' && <ErrorAlert error={products.error} />}
      {products.status === 'success' && products.data.items.length === 0 && (
        <p className="muted">{t('events.producerNoProducts')}</p>
      )}
      {products.status === 'success' && products.data.items.length > 0 && (
        <fieldset className="nested">
          <legend>{t('events.productsShown')}</legend>
          <ul className="choice-list">
            {products.data.items.map((product) => (
              <li key={product.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={row.productIds.includes(product.id)}
                    onChange={(event) => toggle(product.id, event.target.checked)}
                  />{' '}
                  {product.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="participant-footer">
        <div className="field">
          <label htmlFor={`${id}-booth`}>{t('events.booth')}</label>
          <input
            id={`${id}-booth`}
            name="booth"
            value={row.booth}
            maxLength={100}
            onChange={(event) => onChange({ booth: event.target.value })}
          />
        </div>
        <button type="button" className="button-plain" onClick={onRemove}>
          {t('events.removeParticipant')}
          <span className="visually-hidden"> {row.producer.name}</span>
        </button>
      </div>
    </fieldset>
  );
}

/** Finds producers of any province (fairs invite other provinces) and adds one to the list. */
function AddProducer({ taken, onAdd }: { taken: ReadonlySet<string>; onAdd: (producer: Producer) => void }) {
  const { t } = useI18n();
  const search = useProducerSearch();
  return (
    <div className="add-participant">
      <ProducerSearch
        search={search}
        label={t('events.addProducer')}
        buttonLabel={t('products.producerSearchButton')}
        resultsLabel={t('products.producerResults')}
        chooseLabel={(producer) =>
          taken.has(producer.id) ? t('events.producerAdded') : t('events.addThisProducer')
        }
        isTaken={(producer) => taken.has(producer.id)}
        onChoose={onAdd}
      />
    </div>
  );
}
