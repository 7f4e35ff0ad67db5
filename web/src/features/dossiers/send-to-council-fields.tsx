import { useCallback } from 'react';
import { fetchCouncils } from '../../api/councils';
import type { EvaluationLevel } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';

export type CouncilMode = 'meeting' | 'written';

interface SendToCouncilFieldsProps {
  level: EvaluationLevel;
  councilId: string;
  mode: CouncilMode;
  onCouncil: (id: string) => void;
  onMode: (mode: CouncilMode) => void;
}

/** The council picker (active councils of the level) and the way it works: meeting or written opinions. */
export function SendToCouncilFields({ level, councilId, mode, onCouncil, onMode }: SendToCouncilFieldsProps) {
  const { t } = useI18n();
  const load = useCallback(
    (key: string, signal: AbortSignal) => fetchCouncils(key as EvaluationLevel, signal),
    [],
  );
  const councils = useFetch(level, load);
  return (
    <>
      {councils.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {councils.status === 'error' && <ErrorAlert error={councils.error} />}
      {councils.status === 'success' && (
        <SelectField
          label={t('actions.council')}
          name="councilId"
          required
          value={councilId}
          onChange={onCouncil}
          emptyLabel={t('common.choose')}
          options={councils.data
            .filter((council) => council.isActive)
            .map((council) => ({
              value: council.id,
              label: t('actions.councilOption', { name: council.name, count: council.members.length }),
            }))}
        />
      )}
      <fieldset className="radio-group">
        <legend>{t('actions.mode')}</legend>
        {(['meeting', 'written'] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="mode"
              value={value}
              checked={mode === value}
              onChange={() => onMode(value)}
            />
            <span>{t(`actions.mode.${value}`)}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
