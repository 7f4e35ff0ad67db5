import {
  deleteCourseRow,
  participantCountsOf,
  updateCourseRow,
} from '../../db/repositories/training.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadManageableCourse } from './course-access.ts';
import { type CourseInput, courseColumns } from './course-input.ts';
import { assertCanManageCourse, type CourseView, toCourseView } from './course-view.ts';

/**
 * Changes any field of a course. Moving it to another province needs rights there too, and is refused once
 * it has attendees (they were checked against the province).
 */
export async function updateTrainingCourse(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  patch: Partial<CourseInput>,
): Promise<CourseView> {
  const current = await loadManageableCourse(deps, actor, id);
  const merged: CourseInput = { ...current, topics: current.topics as CourseInput['topics'], ...patch };
  assertCanManageCourse(actor, merged.provinceCode);
  const columns = courseColumns(deps, merged);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const counts = await participantCountsOf(tx, id);
    if (columns.provinceCode !== current.provinceCode && counts.officials + counts.producers > 0) {
      throw new DomainError(
        'TRAINING_COURSE_HAS_PARTICIPANTS',
        'Lớp đã có học viên theo tỉnh hiện tại; hãy xoá danh sách học viên trước khi đổi tỉnh.',
      );
    }
    const before = toCourseView(current, deps.adminUnits, counts);
    const after = toCourseView(
      await updateCourseRow(tx, id, { ...columns, updatedAt: now }),
      deps.adminUnits,
      counts,
    );
    await recordChange(tx, auditActor, now, {
      entity: 'training_course',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}

/** Deletes a course recorded by mistake; one with attendees is refused (409), not cascaded. */
export async function deleteTrainingCourse(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
): Promise<void> {
  const current = await loadManageableCourse(deps, actor, id);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const counts = await participantCountsOf(tx, id);
    if (counts.officials + counts.producers > 0) {
      throw new DomainError(
        'TRAINING_COURSE_HAS_PARTICIPANTS',
        `Lớp đã có ${counts.officials} cán bộ và ${counts.producers} học viên của chủ thể; hãy xoá danh sách học viên trước.`,
      );
    }
    await deleteCourseRow(tx, id);
    await recordChange(tx, auditActor, now, {
      entity: 'training_course',
      entityId: id,
      action: 'delete',
      before: toCourseView(current, deps.adminUnits, counts),
    });
  });
}
