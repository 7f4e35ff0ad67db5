import type { FieldError } from '../../domain/errors.ts';
import { parseIsoDate } from '../../domain/registry/calendar-date.ts';

/**
 * The recognition of a sale point (Decision 950/QĐ-BCT: the commune's or province's People's Committee
 * recognises it by a decision): the decision's number and its date, both or neither, the date not ahead.
 * Pushes its problems into `errors`.
 */
export function recognitionOf(
  input: { recognisedBy?: string | null | undefined; recognisedOn?: string | null | undefined },
  today: string,
  errors: FieldError[],
): { recognisedBy: string | null; recognisedOn: string | null } {
  const recognisedBy = input.recognisedBy?.normalize('NFC').trim().replace(/\s+/g, ' ') || null;
  let recognisedOn: string | null = null;
  if (input.recognisedOn) {
    const parsed = parseIsoDate(input.recognisedOn, 'Ngày công nhận');
    if (!parsed.ok) errors.push({ field: 'body.recognisedOn', message: parsed.message });
    else if (parsed.value > today)
      errors.push({ field: 'body.recognisedOn', message: 'Ngày công nhận không được sau hôm nay.' });
    else recognisedOn = parsed.value;
  }
  if (recognisedBy !== null && !input.recognisedOn)
    errors.push({ field: 'body.recognisedOn', message: 'Nhập ngày của quyết định công nhận.' });
  if (recognisedBy === null && input.recognisedOn)
    errors.push({ field: 'body.recognisedBy', message: 'Nhập số quyết định công nhận (ví dụ 15/QĐ-UBND).' });
  return { recognisedBy, recognisedOn };
}
