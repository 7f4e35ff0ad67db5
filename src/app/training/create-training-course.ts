import { randomUUID } from 'node:crypto';
import { insertCourse } from '../../db/repositories/training.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type CourseInput, courseColumns } from './course-input.ts';
import { assertCanManageCourse, type CourseView, toCourseView } from './course-view.ts';

/** Records a training course (of the actor's province; a national one: the ministry). */
export async function createTrainingCourse(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: CourseInput,
): Promise<CourseView> {
  assertCanManageCourse(actor, input.provinceCode);
  const columns = courseColumns(deps, input);
  const now = deps.now();
  const id = randomUUID();
  return deps.db.transaction(async (tx) => {
    const row = await insertCourse(tx, {
      ...columns,
      id,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    const view = toCourseView(row, deps.adminUnits, { officials: 0, producers: 0 });
    await recordChange(tx, auditActor, now, {
      entity: 'training_course',
      entityId: id,
      action: 'create',
      after: view,
    });
    return view;
  });
}
