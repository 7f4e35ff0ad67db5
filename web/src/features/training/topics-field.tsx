import { useId } from 'react';
import type { TrainingTopic, TrainingTopicCode } from '../../api/training';
import { useI18n } from '../../i18n/i18n-context';
import { toggleTopic } from './course-form-state';

interface TopicsFieldProps {
  topics: readonly TrainingTopic[];
  values: readonly TrainingTopicCode[];
  onChange: (values: TrainingTopicCode[]) => void;
  errors?: readonly string[] | undefined;
}

/** The course's topics as checkboxes (at least one; the server says so beside the group). */
export function TopicsField({ topics, values, onChange, errors }: TopicsFieldProps) {
  const { t, language } = useI18n();
  const id = useId();
  const hasErrors = errors !== undefined && errors.length > 0;
  const order = topics.map((topic) => topic.code);
  return (
    <fieldset
      className={`field-wide checkbox-group${hasErrors ? ' field-invalid' : ''}`}
      aria-describedby={`${id}-hint${hasErrors ? ` ${id}-error` : ''}`}
      data-testid="topics-field"
    >
      <legend>
        {t('training.topics')}
        <span aria-hidden="true"> *</span>
      </legend>
      <p className="hint" id={`${id}-hint`}>
        {t('training.topicsHint')}
      </p>
      <ul className="choice-list choice-columns">
        {topics.map((topic) => (
          <li key={topic.code} className="field-check">
            <input
              id={`${id}-${topic.code}`}
              type="checkbox"
              name="topics"
              value={topic.code}
              checked={values.includes(topic.code)}
              onChange={(event) => onChange(toggleTopic(values, topic.code, event.target.checked, order))}
            />
            <label htmlFor={`${id}-${topic.code}`}>{language === 'vi' ? topic.labelVi : topic.labelEn}</label>
          </li>
        ))}
      </ul>
      {hasErrors && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
