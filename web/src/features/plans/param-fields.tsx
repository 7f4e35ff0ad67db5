import { useId } from 'react';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/vi';
import { NumberField } from './number-field';
import {
  CHANNEL_GROUPS,
  EVENT_KINDS,
  type ParamDraft,
  PRODUCER_TYPE_CODES,
  SALE_POINT_LEVELS,
  VALUE_UNITS,
} from './plan-form-state';

interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  errors?: readonly string[] | undefined;
}

function CheckboxGroup({ legend, hint, options, values, onChange, errors }: CheckboxGroupProps) {
  const id = useId();
  const hasErrors = errors !== undefined && errors.length > 0;
  return (
    <fieldset
      className={`field-wide checkbox-group${hasErrors ? ' field-invalid' : ''}`}
      aria-describedby={
        [hint ? `${id}-hint` : '', hasErrors ? `${id}-error` : ''].join(' ').trim() || undefined
      }
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ul className="choice-list choice-columns">
        {options.map((option) => (
          <li key={option.value} className="field-check">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value),
                )
              }
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
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

interface ParamFieldsProps {
  /** The parameters the indicator takes (GET /plans/indicators). */
  taken: readonly string[];
  values: ParamDraft;
  onChange: (patch: Partial<ParamDraft>) => void;
  /** Messages keyed "params.minStars"… */
  errors: Readonly<Record<string, readonly string[]>>;
}

/** The inputs of the parameters an indicator takes (stars, producer types, channels, level, year…). */
export function ParamFields({ taken, values, onChange, errors }: ParamFieldsProps) {
  const { t } = useI18n();
  const has = (name: keyof ParamDraft) => taken.includes(name);
  const errorsOf = (name: keyof ParamDraft) => errors[`params.${name}`];
  const options = (codes: readonly string[], prefix: string) =>
    codes.map((value) => ({ value, label: t(`${prefix}${value}` as MessageKey) }));
  return (
    <>
      {has('minStars') && (
        <SelectField
          label={t('param.minStars')}
          name="minStars"
          value={values.minStars}
          onChange={(minStars) => onChange({ minStars })}
          emptyLabel={t('param.minStarsDefault')}
          options={['3', '4', '5'].map((value) => ({
            value,
            label: t('param.minStarsValue', { stars: value }),
          }))}
          errors={errorsOf('minStars')}
        />
      )}
      {has('types') && (
        <CheckboxGroup
          legend={t('param.types')}
          hint={t('param.typesHint')}
          options={options(PRODUCER_TYPE_CODES, 'producerType.')}
          values={values.types}
          onChange={(types) => onChange({ types })}
          errors={errorsOf('types')}
        />
      )}
      {has('channels') && (
        <CheckboxGroup
          legend={t('param.channels')}
          hint={t('param.channelsHint')}
          options={options(CHANNEL_GROUPS, 'param.channel.')}
          values={values.channels}
          onChange={(channels) => onChange({ channels })}
          errors={errorsOf('channels')}
        />
      )}
      {has('level') && (
        <SelectField
          label={t('param.level')}
          name="level"
          value={values.level}
          onChange={(level) => onChange({ level })}
          emptyLabel={t('param.anyLevel')}
          options={options(SALE_POINT_LEVELS, 'param.level.')}
          errors={errorsOf('level')}
        />
      )}
      {has('supportKind') && (
        <TextField
          label={t('param.supportKind')}
          hint={t('param.supportKindHint')}
          name="supportKind"
          value={values.supportKind}
          onChange={(supportKind) => onChange({ supportKind })}
          errors={errorsOf('supportKind')}
        />
      )}
      {has('eventKinds') && (
        <CheckboxGroup
          legend={t('param.eventKinds')}
          hint={t('param.eventKindsHint')}
          options={options(EVENT_KINDS, 'param.eventKind.')}
          values={values.eventKinds}
          onChange={(eventKinds) => onChange({ eventKinds })}
          errors={errorsOf('eventKinds')}
        />
      )}
      {has('year') && (
        <NumberField
          label={t('param.year')}
          hint={t('param.yearHint')}
          name="year"
          step="1"
          value={values.year}
          onChange={(year) => onChange({ year })}
          errors={errorsOf('year')}
        />
      )}
      {has('minRatio') && (
        <NumberField
          label={t('param.minRatio')}
          hint={t('param.minRatioHint')}
          name="minRatio"
          value={values.minRatio}
          onChange={(minRatio) => onChange({ minRatio })}
          errors={errorsOf('minRatio')}
        />
      )}
      {has('maxRatio') && (
        <NumberField
          label={t('param.maxRatio')}
          hint={t('param.maxRatioHint')}
          name="maxRatio"
          value={values.maxRatio}
          onChange={(maxRatio) => onChange({ maxRatio })}
          errors={errorsOf('maxRatio')}
        />
      )}
      {has('unit') && (
        <SelectField
          label={t('param.unit')}
          name="unit"
          value={values.unit}
          onChange={(unit) => onChange({ unit })}
          emptyLabel={t('param.unitDefault')}
          options={options(VALUE_UNITS, 'param.unit.')}
          errors={errorsOf('unit')}
        />
      )}
    </>
  );
}
