import type { FieldError } from '../errors.ts';
import { parseIsoDate } from './calendar-date.ts';

/** The problems of a start and end day (events, courses): each a real day, the end not before the start. */
export function dateRangeProblems(range: { startsOn: string; endsOn: string }): FieldError[] {
  const errors: FieldError[] = [];
  const startsOn = parseIsoDate(range.startsOn, 'Ngày bắt đầu');
  if (!startsOn.ok) errors.push({ field: 'body.startsOn', message: startsOn.message });
  const endsOn = parseIsoDate(range.endsOn, 'Ngày kết thúc');
  if (!endsOn.ok) errors.push({ field: 'body.endsOn', message: endsOn.message });
  else if (startsOn.ok && endsOn.value < startsOn.value)
    errors.push({ field: 'body.endsOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  return errors;
}
