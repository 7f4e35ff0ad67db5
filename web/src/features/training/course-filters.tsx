import { FiltersForm } from '../../components/filters-form';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { loadProvinces } from '../../lib/reference-cache';
import { useFetch } from '../../lib/use-fetch';
import { loadTopics } from './training-topics';

export const COURSE_FILTER_KEYS = ['q', 'topic', 'from', 'to', 'province'] as const;
export type CourseFilters = Partial<Record<(typeof COURSE_FILTER_KEYS)[number], string>>;

interface CourseFiltersFormProps {
  initial: CourseFilters;
  /** The ministry may look at one province (the list and the coverage panel follow). */
  canChooseProvince: boolean;
  onApply: (filters: CourseFilters) => void;
}

/** Title, topic, period and (the ministry) province; applied on submit, the list reloads from the route. */
export function CourseFiltersForm({ initial, canChooseProvince, onApply }: CourseFiltersFormProps) {
  const { t, language } = useI18n();
  const topics = useFetch('topics', loadTopics);
  const provinces = useFetch(canChooseProvince ? 'provinces' : null, loadProvinces);
  return (
    <FiltersForm
      idPrefix="training"
      label={t('training.filtersLabel')}
      searchLabel={t('training.search')}
      showArchived={false}
      initial={initial}
      onApply={onApply}
    >
      {(draft, set) => (
        <>
          <SelectField
            label={t('training.topic')}
            name="topic"
            value={draft.topic ?? ''}
            onChange={(topic) => set({ topic })}
            emptyLabel={t('common.all')}
            options={
              topics.status === 'success'
                ? topics.data.map((topic) => ({
                    value: topic.code,
                    label: language === 'vi' ? topic.labelVi : topic.labelEn,
                  }))
                : []
            }
          />
          <TextField
            label={t('training.filterFrom')}
            hint={t('training.filterFromHint')}
            type="date"
            name="from"
            value={draft.from ?? ''}
            onChange={(from) => set({ from })}
          />
          <TextField
            label={t('training.filterTo')}
            hint={t('training.filterToHint')}
            type="date"
            name="to"
            value={draft.to ?? ''}
            onChange={(to) => set({ to })}
          />
          {canChooseProvince && (
            <SelectField
              label={t('training.province')}
              name="province"
              value={draft.province ?? ''}
              onChange={(province) => set({ province })}
              emptyLabel={t('training.allProvinces')}
              options={
                provinces.status === 'success'
                  ? provinces.data.map((p) => ({ value: p.code, label: p.name }))
                  : []
              }
            />
          )}
        </>
      )}
    </FiltersForm>
  );
}
