import { listCourses, participantCountsOf } from '../../db/repositories/training.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { provinceOfList } from '../sale-points/sale-point-access.ts';
import { loadReadableCourse } from './course-access.ts';
import { type CourseView, toCourseView } from './course-view.ts';

export type CourseSearch = {
  province?: string | undefined;
  /** With a province: national courses too (default true). */
  includeNational?: boolean | undefined;
  topic?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  /** Courses a producer's people attended (a producer account: its own only). */
  producerId?: string | undefined;
  page: number;
  pageSize: number;
};

/** Courses of the actor's province and national ones (the ministry: all, or one province), latest first. */
export async function findTrainingCourses(
  deps: AppDeps,
  actor: Actor,
  search: CourseSearch,
): Promise<{ items: CourseView[]; total: number }> {
  if (actor.role === 'producer' && search.producerId && search.producerId !== actor.producerId) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được các lớp người của chủ thể mình tham gia.');
  }
  const { items, total } = await listCourses(deps.db, {
    provinceCode: provinceOfList(actor, search.province),
    includeNational: search.includeNational ?? true,
    topic: search.topic,
    from: search.from,
    to: search.to,
    q: search.q?.trim() || undefined,
    producerId: search.producerId,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  return { items: items.map((i) => toCourseView(i.course, deps.adminUnits, i.counts)), total };
}

export async function getTrainingCourse(deps: AppDeps, actor: Actor, id: string): Promise<CourseView> {
  const row = await loadReadableCourse(deps, actor, id);
  return toCourseView(row, deps.adminUnits, await participantCountsOf(deps.db, id));
}
