import type { IndicatorDefinition } from '../../api/programme';
import { FieldShell, SelectField, TextAreaField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { COMPARATOR_SYMBOL } from '../dashboards/programme-format';
import { NumberField } from './number-field';
import { ParamFields } from './param-fields';
import { COMPARATORS, type TargetDraft } from './plan-form-state';

interface TargetFieldsProps {
  index: number;
  draft: TargetDraft;
  indicators: readonly IndicatorDefinition[];
  onChange: (next: TargetDraft) => void;
  onRemove: () => void;
  errors: Readonly<Record<string, readonly string[]>>;
}

/** One target: the indicator and its parameters, comparator, value, the plan's wording, a manual value if allowed. */
export function TargetFields({ index, draft, indicators, onChange, onRemove, errors }: TargetFieldsProps) {
  const { t, language } = useI18n();
  const indicator = indicators.find((i) => i.code === draft.indicator);
  const set = (patch: Partial<TargetDraft>) => onChange({ ...draft, ...patch });
  const computed = indicators.filter((i) => !i.manualOnly);
  const manual = indicators.filter((i) => i.manualOnly);
  const unitLabel = indicator ? t(`param.unit.${indicator.unit}`) : '';

  return (
    <fieldset className="target-fieldset" data-testid="target-fields">
      <legend>{t('plans.targetN', { n: index + 1 })}</legend>
      <div className="form-grid">
        <FieldShell
          label={t('plans.indicator')}
          required
          className="field-wide"
          hint={indicator ? indicatorHint(indicator, t) : t('plans.indicatorHint')}
          errors={errors.indicator}
        >
          {(control) => (
            <select
              {...control}
              name="indicator"
              value={draft.indicator}
              onChange={(event) => set({ indicator: event.target.value })}
            >
              <option value="">{t('common.choose')}</option>
              <optgroup label={t('plans.computedIndicators')}>
                {computed.map((i) => (
                  <option key={i.code} value={i.code}>
                    {i.label[language]}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('plans.manualIndicators')}>
                {manual.map((i) => (
                  <option key={i.code} value={i.code}>
                    {i.label[language]}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </FieldShell>
        {indicator && (
          <ParamFields
            taken={indicator.params}
            values={draft.params}
            onChange={(patch) => set({ params: { ...draft.params, ...patch } })}
            errors={errors}
          />
        )}
        <SelectField
          label={t('plans.comparator')}
          name="comparator"
          value={draft.comparator}
          onChange={(comparator) => set({ comparator: comparator as TargetDraft['comparator'] })}
          options={COMPARATORS.map((c) => ({
            value: c,
            label: `${COMPARATOR_SYMBOL[c]} ${t(`plans.comparator.${c}`)}`,
          }))}
          errors={errors.comparator}
        />
        <NumberField
          label={unitLabel ? t('plans.targetValueIn', { unit: unitLabel }) : t('plans.targetValue')}
          name="targetValue"
          value={draft.targetValue}
          onChange={(targetValue) => set({ targetValue })}
          required
          errors={errors.targetValue}
        />
        <TextAreaField
          label={t('plans.wording')}
          hint={t('plans.wordingHint')}
          name="wording"
          rows={2}
          value={draft.wording}
          onChange={(wording) => set({ wording })}
          errors={errors.wording}
        />
        {indicator?.manualOnly && (
          <>
            <p className="field-wide alert alert-warning small">{t('plans.manualNote')}</p>
            <NumberField
              label={t('plans.manualValue')}
              hint={t('plans.manualValueHint')}
              name="manualValue"
              value={draft.manualValue}
              onChange={(manualValue) => set({ manualValue })}
              errors={errors.manualValue}
            />
            <TextField
              label={t('plans.manualAsOf')}
              type="date"
              name="manualAsOf"
              value={draft.manualAsOf}
              onChange={(manualAsOf) => set({ manualAsOf })}
              errors={errors.manualAsOf}
            />
          </>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button-plain button-small" onClick={onRemove}>
          {t('plans.removeTarget', { n: index + 1 })}
        </button>
      </div>
    </fieldset>
  );
}

function indicatorHint(indicator: IndicatorDefinition, t: ReturnType<typeof useI18n>['t']): string {
  const source = indicator.manualOnly ? t('plans.hintManual') : t('plans.hintComputed');
  return `${t(`plans.kind.${indicator.kind}`)} ${source}`;
}
