import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface FilterFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  shown: number;
  total: number;
  testId?: string;
}

/** Search box for accent-insensitive table filtering, with a live "shown/total" count. */
export function FilterField({ label, value, onChange, shown, total, testId }: FilterFieldProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field filter-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint ${id}-count`}
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
      />
      <p className="hint">
        <span id={`${id}-hint`}>{t('units.filterHint')}</span>{' '}
        <span id={`${id}-count`} aria-live="polite">
          {t('units.shown', { shown, total })}
        </span>
      </p>
    </div>
  );
}
