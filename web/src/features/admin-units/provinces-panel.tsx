import { useMemo, useState } from 'react';
import type { Province } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FilterField } from '../../components/filter-field';
import { filterByText } from '../../i18n/fold';
import { useI18n } from '../../i18n/i18n-context';
import type { FetchState } from '../../lib/use-fetch';

interface ProvincesPanelProps {
  state: FetchState<Province[]>;
  selectedCode: string | null;
  onSelect: (code: string) => void;
}

const EMPTY: Province[] = [];
const provinceFields = (province: Province) => [province.code, province.name];

export function ProvincesPanel({ state, selectedCode, onSelect }: ProvincesPanelProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const provinces = state.status === 'success' ? state.data : EMPTY;
  const visible = useMemo(() => filterByText(provinces, query, provinceFields), [provinces, query]);

  return (
    <section className="panel" aria-labelledby="provinces-heading">
      <h2 id="provinces-heading">{t('units.provinces')}</h2>
      <FilterField
        label={t('units.filterProvinces')}
        value={query}
        onChange={setQuery}
        shown={visible.length}
        total={provinces.length}
        testId="provinces-filter"
      />
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <div className="table-wrap">
          <table data-testid="provinces-table" aria-labelledby="provinces-heading">
            <thead>
              <tr>
                <th scope="col">{t('units.code')}</th>
                <th scope="col">{t('units.name')}</th>
                <th scope="col">{t('units.type')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((province) => {
                const isSelected = province.code === selectedCode;
                return (
                  // The whole row is clickable for pointer users; the name button is the keyboard path.
                  <tr
                    key={province.code}
                    data-testid="province-row"
                    className={isSelected ? 'is-selected' : undefined}
                    aria-current={isSelected ? 'true' : undefined}
                    onClick={() => onSelect(province.code)}
                  >
                    <td className="code">{province.code}</td>
                    <td>
                      <button type="button" className="link-button" aria-pressed={isSelected}>
                        {province.name}
                      </button>
                    </td>
                    <td>{province.type}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {visible.length === 0 && <p className="empty">{t('units.noMatch')}</p>}
        </div>
      )}
    </section>
  );
}
