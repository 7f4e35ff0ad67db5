import { type ReactNode, useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Search, SearchState } from '../lib/use-search';
import { ErrorAlert } from './error-alert';

interface SearchBoxProps<T> {
  search: Search<T>;
  label: string;
  buttonLabel: string;
  /** Shown under the box and read with it. */
  hint?: string;
}

/** A search field with its button, inside a form: Enter searches instead of submitting the form. */
export function SearchBox<T>({ search, label, buttonLabel, hint }: SearchBoxProps<T>) {
  const id = useId();
  return (
    <>
      <div className="inline-search">
        <label htmlFor={`${id}-q`}>{label}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={search.query}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => search.setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void search.run();
            }
          }}
        />
        <button type="button" className="button-outline" onClick={() => void search.run()}>
          {buttonLabel}
        </button>
      </div>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

interface SearchOutcomeProps<T> {
  state: SearchState<T>;
  /** The results, when there are some. */
  children: (items: T[]) => ReactNode;
}

/** Nothing before a search, then loading, the error, "no results" or the results. */
export function SearchOutcome<T>({ state, children }: SearchOutcomeProps<T>) {
  const { t } = useI18n();
  if (state.status === 'idle') return null;
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error') return <ErrorAlert error={state.error} />;
  if (state.items.length === 0) return <p role="status">{t('common.noResults')}</p>;
  return children(state.items);
}
