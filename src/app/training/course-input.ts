import type { FieldError } from '../../domain/errors.ts';
import { dateRangeProblems } from '../../domain/registry/date-range.ts';
import { oneLine } from '../../domain/registry/text-line.ts';
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

/** Validates a course; every problem is reported with its field. */
export function courseColumns(deps: Pick<AppDeps, 'adminUnits'>, input: CourseInput) {
  const errors: FieldError[] = [];
  if (input.provinceCode !== null && !deps.adminUnits.province2025(input.provinceCode)) {
    errors.push({ field: 'body.provinceCode', message: `Không có tỉnh/thành phố mã ${input.provinceCode}.` });
  }
  errors.push(...dateRangeProblems(input));
  const title = oneLine(input.title);
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
    place: oneLine(input.place),
    organiser: oneLine(input.organiser),
  };
}
