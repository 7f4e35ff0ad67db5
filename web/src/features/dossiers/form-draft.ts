import { ApiError } from '../../api/http';
import type { DossierFormField, FormValues } from '../../api/types';

/** What the inputs hold while a form is edited: text for every type but booleans (checkboxes). */
export type FormDraft = Record<string, string | boolean>;

/** Stored form values → input values (a list is one item per line). */
export function toDraft(
  fields: readonly DossierFormField[],
  stored: Readonly<Record<string, unknown>> | null,
): FormDraft {
  const draft: FormDraft = {};
  for (const field of fields) {
    const value = stored?.[field.key];
    if (field.type === 'boolean') draft[field.key] = value === true;
    else if (Array.isArray(value)) draft[field.key] = value.map(String).join('\n');
    else draft[field.key] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

/** Input values → the API's typed values; blanks become null so a cleared field is cleared on the server. */
export function fromDraft(fields: readonly DossierFormField[], draft: FormDraft): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const raw = draft[field.key];
    if (field.type === 'boolean') {
      values[field.key] = raw === true;
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (field.type === 'list') {
      const items = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      values[field.key] = items.length > 0 ? items : null;
    } else if (text === '') {
      values[field.key] = null;
    } else if (field.type === 'number') {
      const number = Number(text.replace(',', '.'));
      // A value that is not a number is sent as typed: the server answers with the field's error.
      values[field.key] = Number.isFinite(number) ? number : text;
    } else {
      values[field.key] = text;
    }
  }
  return values;
}

/** Displayed value of a stored field (read-only views). */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length > 0 ? value.map(String).join('; ') : '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}

/** Field errors of one form by key: "body.form01.phone" → { phone: [...] } for form "01". */
export function formErrors(error: unknown, form: '01' | '02' | '03'): Record<string, string[]> {
  if (!(error instanceof ApiError)) return {};
  const prefix = `body.form${form}.`;
  const byKey: Record<string, string[]> = {};
  for (const { field, message } of error.errors) {
    if (!field.startsWith(prefix)) continue;
    const key = field.slice(prefix.length).split('.')[0] ?? '';
    if (key !== '') byKey[key] = [...(byKey[key] ?? []), message];
  }
  return byKey;
}
