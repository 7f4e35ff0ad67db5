import type { CourseRow, ParticipantCounts } from '../../db/repositories/training.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { TrainingTopic } from '../../domain/training/training-topics.ts';
import { assertCanManageProvince } from '../sale-points/sale-point-access.ts';

export type CourseView = {
  id: string;
  title: string;
  /** null: a national course. */
  province: { code: string; name: string } | null;
  topics: TrainingTopic[];
  startsOn: string;
  endsOn: string;
  place: string | null;
  organiser: string | null;
  participantCounts: ParticipantCounts;
  createdAt: string;
  updatedAt: string;
};

export function toCourseView(
  row: CourseRow,
  adminUnits: AdminUnitsIndex,
  counts: ParticipantCounts,
): CourseView {
  return {
    id: row.id,
    title: row.title,
    province: row.provinceCode
      ? { code: row.provinceCode, name: adminUnits.province2025(row.provinceCode)?.name ?? '' }
      : null,
    // Written through courseColumns only: codes of the fixed list.
    topics: row.topics as TrainingTopic[],
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    place: row.place,
    organiser: row.organiser,
    participantCounts: counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A province's courses are its OCOP office's; national courses (no province) the ministry's. */
export function assertCanManageCourse(actor: Actor, provinceCode: string | null): void {
  if (provinceCode !== null) {
    assertCanManageProvince(actor, provinceCode);
  } else if (actor.role !== 'ministry_admin') {
    throw new DomainError('FORBIDDEN_SCOPE', 'Lớp tập huấn toàn quốc do Bộ quản lý; hãy chọn tỉnh của bạn.');
  }
}
