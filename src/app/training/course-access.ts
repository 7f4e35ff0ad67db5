import { type CourseRow, findCourseById } from '../../db/repositories/training.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { canReadProvince } from '../sale-points/sale-point-access.ts';
import { assertCanManageCourse } from './course-view.ts';

async function loadCourse(deps: AppDeps, id: string): Promise<CourseRow> {
  const row = await findCourseById(deps.db, id);
  if (!row) throw new DomainError('TRAINING_COURSE_NOT_FOUND', 'Không tìm thấy lớp tập huấn.');
  return row;
}

/** A course the actor sees: of their province or national (the ministry: all). */
export async function loadReadableCourse(deps: AppDeps, actor: Actor, id: string): Promise<CourseRow> {
  const row = await loadCourse(deps, id);
  if (!canReadProvince(actor, row.provinceCode)) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Lớp tập huấn này thuộc tỉnh khác.');
  }
  return row;
}

export async function loadManageableCourse(deps: AppDeps, actor: Actor, id: string): Promise<CourseRow> {
  const row = await loadCourse(deps, id);
  assertCanManageCourse(actor, row.provinceCode);
  return row;
}
