import { FieldShell } from '../../components/form-field';

interface NumberFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  required?: boolean;
  /** "any" (default) lets decimals through: 1.1, 99.5. */
  step?: string;
  min?: number;
}

/** A number input that takes decimals (the shared TextField has no step). */
export function NumberField({
  label,
  hint,
  errors,
  required,
  onChange,
  step = 'any',
  ...rest
}: NumberFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} required={required}>
      {(control) => (
        <input
          {...control}
          {...rest}
          type="number"
          inputMode="decimal"
          step={step}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
