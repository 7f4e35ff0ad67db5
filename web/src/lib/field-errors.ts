import { ApiError } from '../api/http';

/** Field messages keyed by the body field: "body.taxCode" → "taxCode", "body.saleChannels.2" → "saleChannels". */
export type FieldErrorMap = Readonly<Record<string, readonly string[]>>;

export function fieldKey(field: string): string {
  const parts = field.split('.');
  if (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params') parts.shift();
  return parts[0] ?? '';
}

/** Groups the `errors` of a problem by field; empty for anything that is not an ApiError. */
export function fieldErrorsOf(error: unknown): FieldErrorMap {
  if (!(error instanceof ApiError)) return {};
  const map: Record<string, string[]> = {};
  for (const { field, message } of error.errors) {
    const key = fieldKey(field);
    if (key === '') continue;
    const list = map[key] ?? [];
    if (!list.includes(message)) list.push(message);
    map[key] = list;
  }
  return map;
}

/** Messages for fields the form does not show (so they are not lost). */
export function unplacedErrors(errors: FieldErrorMap, shown: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => !shown.includes(key))
    .flatMap(([key, messages]) => messages.map((message) => `${key}: ${message}`));
}
