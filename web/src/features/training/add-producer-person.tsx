import { useId, useState } from 'react';
import { fetchProducers } from '../../api/producers';
import type { Producer } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';

type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'done'; items: Producer[] };

interface AddProducerPersonProps {
  /** The course's province (its producers only); null for a national course. */
  provinceCode: string | null;
  /** Adds an unnamed person of the producer (a producer may send several people). */
  onAdd: (producer: Producer) => void;
}

/** Finds a producer by name (GET /producers?q=) and adds a row for one of its people. */
export function AddProducerPerson({ provinceCode, onAdd }: AddProducerPersonProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });

  async function runSearch() {
    if (query.trim() === '') return;
    setSearch({ status: 'loading' });
    try {
      const body = await fetchProducers({
        q: query.trim(),
        province: provinceCode ?? undefined,
        pageSize: '10',
      });
      setSearch({ status: 'done', items: body.items });
    } catch (error) {
      setSearch({ status: 'error', error });
    }
  }

  return (
    <div className="add-participant training-add" data-testid="add-person">
      <div className="inline-search">
        <label htmlFor={`${id}-q`}>{t('training.addProducer')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void runSearch();
            }
          }}
        />
        <button type="button" className="button-outline" onClick={() => void runSearch()}>
          {t('training.findProducer')}
        </button>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('training.addProducerHint')}
      </p>
      {search.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {search.status === 'error' && <ErrorAlert error={search.error} />}
      {search.status === 'done' && search.items.length === 0 && <p role="status">{t('common.noResults')}</p>}
      {search.status === 'done' && search.items.length > 0 && (
        <ul className="plain-list" aria-label={t('training.producerResults')}>
          {search.items.map((producer) => (
            <li key={producer.id}>
              <button type="button" className="button-outline button-small" onClick={() => onAdd(producer)}>
                {t('training.addPerson')}
                <span className="visually-hidden"> {producer.name}</span>
              </button>{' '}
              {producer.name}{' '}
              <span className="muted small">
                ({producer.commune.name}, {producer.province.name})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
