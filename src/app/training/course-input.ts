import type { FieldError } from '../../domain/errors.ts';
import { parseIsoDate } from '../../domain/registry/calendar-date.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';
import type { TrainingTopic } from '../../domain/training/training-topics.ts';
import type { AppDeps } from '../deps.ts';

export type CourseInput = {
  title: string;
  /** null: a national course (the ministry's). */
  provinceCode: string | null;
  topics: TrainingTopic[];
  startsOn: string;
  endsOn: string;
  place?: string | null | undefined;
  organiser?: string | null | undefined;
};

const line = (value: string | null | undefined) =>
  value?.normalize('NFC').trim().replace(/\s+/g, ' ') || null;

/** Validates a course; every problem is reported with its field. */
export function courseColumns(deps: Pick<AppDeps, 'adminUnits'>, input: CourseInput) {
  const errors: FieldError[] = [];
  if (input.provinceCode !== null && !deps.adminUnits.province2025(input.provinceCode)) {
    errors.push({ field: 'body.provinceCode', message: `Không có tỉnh/thành phố mã ${input.provinceCode}.` });
  }
  const startsOn = parseIsoDate(input.startsOn, 'Ngày bắt đầu');
  if (!startsOn.ok) errors.push({ field: 'body.startsOn', message: startsOn.message });
  const endsOn = parseIsoDate(input.endsOn, 'Ngày kết thúc');
  if (!endsOn.ok) errors.push({ field: 'body.endsOn', message: endsOn.message });
  else if (startsOn.ok && endsOn.value < startsOn.value)
    errors.push({ field: 'body.endsOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  const title = line(input.title);
  if (!title) errors.push({ field: 'body.title', message: 'Chưa nhập tên lớp tập huấn.' });
  const topics = [...new Set(input.topics)];
  if (topics.length === 0) errors.push({ field: 'body.topics', message: 'Chọn ít nhất một chủ đề.' });
  throwIfInvalid(errors);
  return {
    title: title ?? '',
    provinceCode: input.provinceCode,
    topics,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    place: line(input.place),
    organiser: line(input.organiser),
  };
}
