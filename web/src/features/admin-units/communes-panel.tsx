import { useEffect, useMemo, useRef, useState } from 'react';
import { fetchCommunes } from '../../api/admin-units';
import type { Commune } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FilterField } from '../../components/filter-field';
import { filterByText } from '../../i18n/fold';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';

const EMPTY: Commune[] = [];
const communeFields = (commune: Commune) => [commune.code, commune.name, commune.fullName];

interface CommunesPanelProps {
  provinceCode: string;
  provinceName: string;
}

/** Mounted once per province (keyed by code), so the filter resets when the province changes. */
export function CommunesPanel({ provinceCode, provinceName }: CommunesPanelProps) {
  const { t } = useI18n();
  const state = useFetch(provinceCode, fetchCommunes);
  const [query, setQuery] = useState('');
  const communes = state.status === 'success' ? state.data : EMPTY;
  const visible = useMemo(() => filterByText(communes, query, communeFields), [communes, query]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the new list so keyboard and screen-reader users land on it.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel" aria-labelledby="communes-heading">
      <h2 id="communes-heading" ref={headingRef} tabIndex={-1}>
        {t('units.communesOf', { name: provinceName })}
      </h2>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <p className="count" data-testid="commune-count">
            {t('units.communeCount', { count: communes.length })}
          </p>
          <FilterField
            label={t('units.filterCommunes')}
            value={query}
            onChange={setQuery}
            shown={visible.length}
            total={communes.length}
            testId="communes-filter"
          />
          <div className="table-wrap">
            <table data-testid="communes-table" aria-labelledby="communes-heading">
              <thead>
                <tr>
                  <th scope="col">{t('units.code')}</th>
                  <th scope="col">{t('units.name')}</th>
                  <th scope="col">{t('units.type')}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((commune) => (
                  <tr key={commune.code} data-testid="commune-row">
                    <td className="code">{commune.code}</td>
                    <td>{commune.name}</td>
                    <td>{commune.type}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {visible.length === 0 && <p className="empty">{t('units.noMatch')}</p>}
          </div>
        </>
      )}
    </section>
  );
}
