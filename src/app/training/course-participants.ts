import type { DbOrTx } from '../../db/client.ts';
import {
  type CourseParticipantRow,
  participantsOfCourse,
  replaceCourseParticipants,
} from '../../db/repositories/training.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { canSeeProducerRow } from '../trade-events/producer-row-visibility.ts';
import { loadManageableCourse, loadReadableCourse } from './course-access.ts';
import { type CourseParticipantsInput, courseParticipantRows } from './participants-input.ts';

type UnitRef = { code: string; name: string } | null;

export type CourseParticipantsView = {
  officials: {
    userId: string;
    name: string;
    organisation: string | null;
    commune: UnitRef;
    completed: boolean;
  }[];
  producers: {
    producer: { id: string; name: string };
    personName: string;
    commune: UnitRef;
    completed: boolean;
  }[];
};

function viewOf(rows: readonly CourseParticipantRow[], adminUnits: AdminUnitsIndex): CourseParticipantsView {
  const commune = (code: string | null): UnitRef =>
    code ? { code, name: adminUnits.commune2025(code)?.fullName ?? '' } : null;
  const view: CourseParticipantsView = { officials: [], producers: [] };
  for (const r of rows) {
    const completed = r.completed === 'yes';
    if (r.kind === 'official' && r.userId) {
      view.officials.push({
        userId: r.userId,
        name: r.personName,
        organisation: r.organisation,
        commune: commune(r.communeCode),
        completed,
      });
    } else if (r.producerId) {
      view.producers.push({
        // The producer's name when the list was recorded.
        producer: { id: r.producerId, name: r.organisation ?? '' },
        personName: r.personName,
        commune: commune(r.communeCode),
        completed,
      });
    }
  }
  return view;
}

const load = async (db: DbOrTx, adminUnits: AdminUnitsIndex, courseId: string) =>
  viewOf(await participantsOfCourse(db, courseId), adminUnits);

/** Who attended (a producer account sees its own people, a commune officer those of its commune). */
export async function getCourseParticipants(
  deps: AppDeps,
  actor: Actor,
  courseId: string,
): Promise<CourseParticipantsView> {
  await loadReadableCourse(deps, actor, courseId);
  const rows = (await participantsOfCourse(deps.db, courseId)).filter((r) => canSeeProducerRow(actor, r));
  return viewOf(rows, deps.adminUnits);
}

/** Replaces the list of attendees: officials by account, producers' people by name. */
export async function setCourseParticipants(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  courseId: string,
  input: CourseParticipantsInput,
): Promise<CourseParticipantsView> {
  const course = await loadManageableCourse(deps, actor, courseId);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const rows = await courseParticipantRows(tx, course, input);
    const before = await load(tx, deps.adminUnits, courseId);
    await replaceCourseParticipants(tx, courseId, rows);
    const after = await load(tx, deps.adminUnits, courseId);
    await recordChange(tx, auditActor, now, {
      entity: 'training_course',
      entityId: courseId,
      action: 'set_participants',
      before,
      after,
    });
    return after;
  });
}
