import { fetchProducers } from '../api/producers';
import type { Producer } from '../api/types';
import { type Search, useSearch } from '../lib/use-search';
import { SearchBox, SearchOutcome } from './search-box';

/**
 * Producers found by name or tax code (GET /producers?q=): only `provinceCode`'s when given, otherwise all the
 * user may see. Held by the caller, so that the query and results outlive a ProducerSearch that is hidden.
 */
export const useProducerSearch = (provinceCode: string | null = null): Search<Producer> =>
  useSearch((q) => fetchProducers({ q, province: provinceCode ?? undefined, pageSize: '10' }));

interface ProducerSearchProps {
  search: Search<Producer>;
  label: string;
  buttonLabel: string;
  hint?: string;
  /** The results list's accessible name. */
  resultsLabel: string;
  resultsTestId?: string;
  /** A result's button text; the producer's name follows it for screen readers. */
  chooseLabel: (producer: Producer) => string;
  /** Already chosen: its button is disabled. */
  isTaken?: (producer: Producer) => boolean;
  onChoose: (producer: Producer) => void;
}

/** The search box and the producers found, each with a button that chooses it. */
export function ProducerSearch(props: ProducerSearchProps) {
  const { search, chooseLabel, isTaken, onChoose } = props;
  return (
    <>
      <SearchBox search={search} label={props.label} buttonLabel={props.buttonLabel} hint={props.hint} />
      <SearchOutcome state={search.state}>
        {(items) => (
          <ul className="plain-list" aria-label={props.resultsLabel} data-testid={props.resultsTestId}>
            {items.map((producer) => (
              <li key={producer.id}>
                <button
                  type="button"
                  className="button-outline button-small"
                  disabled={isTaken?.(producer)}
                  onClick={() => onChoose(producer)}
                >
                  {chooseLabel(producer)}
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
      </SearchOutcome>
    </>
  );
}
