import { type ReactNode, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { TextField } from './form-field';

type BaseFilters = { q?: string; archived?: string; [key: string]: string | undefined };

interface FiltersFormProps<F extends BaseFilters> {
  /** Prefix of element ids ("producers" → "producers-archived"). */
  idPrefix: string;
  label: string;
  /** Label of the search box (`q`); omitted → no search box. */
  searchLabel?: string;
  /** Under the search box; the accent hint unless the list searches something else (codes). */
  searchHint?: string;
  /** The "show archived" toggle (lists of records that are archived rather than deleted). */
  showArchived?: boolean;
  initial: F;
  onApply: (filters: F) => void;
  /** The list's own filter fields, between the search box and the archived toggle. */
  children: (draft: F, set: (patch: F) => void) => ReactNode;
}

/** Draft filters applied on submit (the list then reloads from the route): search, own fields, archived, buttons. */
export function FiltersForm<F extends BaseFilters>({
  idPrefix,
  label,
  searchLabel,
  searchHint,
  showArchived = true,
  initial,
  onApply,
  children,
}: FiltersFormProps<F>) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<F>(initial);
  const set = (patch: F) => setDraft((previous) => ({ ...previous, ...patch }));

  return (
    <search aria-label={label}>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        {searchLabel !== undefined && (
          <TextField
            label={searchLabel}
            hint={searchHint ?? t('common.accentHint')}
            type="search"
            name="q"
            value={draft.q ?? ''}
            onChange={(q) => set({ q } as F)}
          />
        )}
        {children(draft, set)}
        <div className="filter-footer">
          {showArchived ? (
            <div className="field field-check">
              <input
                id={`${idPrefix}-archived`}
                type="checkbox"
                checked={draft.archived === '1'}
                onChange={(event) => set({ archived: event.target.checked ? '1' : '' } as F)}
              />
              <label htmlFor={`${idPrefix}-archived`}>{t('common.showArchived')}</label>
            </div>
          ) : (
            <span />
          )}
          <div className="filter-actions">
            <button type="submit" className="button-primary">
              {t('common.search')}
            </button>
            <button type="button" className="button-outline" onClick={() => onApply({} as F)}>
              {t('common.reset')}
            </button>
          </div>
        </div>
      </form>
    </search>
  );
}
