import type { TrainingCourse } from '../../api/training';
import type { User } from '../../api/types';
import { can } from '../../lib/permissions';
import { formatDate } from '../dashboards/programme-format';

/** "10/04/2026" for a one-day course, "10/04/2026 – 11/04/2026" otherwise. */
export function courseDates(course: Pick<TrainingCourse, 'startsOn' | 'endsOn'>): string {
  if (course.startsOn === course.endsOn) return formatDate(course.startsOn);
  return `${formatDate(course.startsOn)} – ${formatDate(course.endsOn)}`;
}

/** May this user change the course? Its province's office, or the ministry (national courses: the ministry only). */
export const canManageCourse = (
  user: Pick<User, 'role' | 'provinceCode'>,
  course: Pick<TrainingCourse, 'province'>,
): boolean =>
  can(user.role, 'programme:manage') &&
  (user.provinceCode === null || course.province?.code === user.provinceCode);
