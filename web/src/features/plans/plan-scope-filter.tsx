import { useState } from 'react';
import { SelectField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { loadProvinces } from '../../lib/reference-cache';
import { useFetch } from '../../lib/use-fetch';
import { navigateWithQuery } from '../shell/use-hash-route';

/** The ministry's filter of the plan list: level (province or national) and province. */
export function PlanScopeFilter({
  level,
  province,
}: {
  level: string | undefined;
  province: string | undefined;
}) {
  const { t } = useI18n();
  const provinces = useFetch('provinces', loadProvinces);
  const [draft, setDraft] = useState({ level: level ?? '', province: province ?? '' });
  return (
    <search aria-label={t('plans.filterLabel')}>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          navigateWithQuery(['plans'], draft);
        }}
      >
        <SelectField
          label={t('plans.level')}
          name="level"
          value={draft.level}
          onChange={(next) => setDraft({ ...draft, level: next })}
          emptyLabel={t('common.all')}
          options={[
            { value: 'province', label: t('plans.level.province') },
            { value: 'national', label: t('plans.level.national') },
          ]}
        />
        <SelectField
          label={t('plans.province')}
          name="province"
          value={draft.province}
          onChange={(next) => setDraft({ ...draft, province: next })}
          emptyLabel={t('common.all')}
          options={
            provinces.status === 'success'
              ? provinces.data.map((p) => ({ value: p.code, label: p.name }))
              : []
          }
        />
        <div className="filter-actions">
          <button type="submit" className="button-primary">
            {t('common.search')}
          </button>
          <button type="button" className="button-outline" onClick={() => navigateWithQuery(['plans'], {})}>
            {t('common.reset')}
          </button>
        </div>
      </form>
    </search>
  );
}
