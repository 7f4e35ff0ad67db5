import { type ReactNode, useId } from 'react';

interface FieldShellProps {
  label: string;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** Props every control gets: its id, the hint/error ids it is described by, and its invalid state. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

/** Label, control, hint and the server's field errors (problem+json `errors[]`), wired for screen readers. */
export function FieldShell({ label, hint, errors, required, className, children }: FieldShellProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasErrors = errors !== undefined && errors.length > 0;
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (hasErrors) control['aria-invalid'] = true;
  if (required) control.required = true;
  return (
    <div className={`field${hasErrors ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children(control)}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {hasErrors && (
        <p className="field-error" id={errorId}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'search' | 'number';
  autoComplete?: string;
  disabled?: boolean;
}

export function TextField({
  label,
  hint,
  errors,
  required,
  onChange,
  type = 'text',
  ...rest
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} required={required}>
      {(control) => (
        <input {...control} {...rest} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldShell>
  );
}

interface TextAreaFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  rows?: number;
  required?: boolean;
}

export function TextAreaField({
  label,
  hint,
  errors,
  required,
  onChange,
  rows = 4,
  ...rest
}: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} required={required} className="field-wide">
      {(control) => (
        <textarea {...control} {...rest} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Label of the empty first option ("Tất cả", "— Chọn —"); omitted → no empty option. */
  emptyLabel?: string;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  required?: boolean;
  disabled?: boolean;
  children?: ReactNode;
}

export function SelectField(props: SelectFieldProps) {
  const { label, hint, errors, required, onChange, options, emptyLabel, children, ...rest } = props;
  return (
    <FieldShell label={label} hint={hint} errors={errors} required={required}>
      {(control) => (
        <select {...control} {...rest} onChange={(event) => onChange(event.target.value)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </FieldShell>
  );
}
