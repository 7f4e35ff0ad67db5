import { advisoryReports } from '../../db/schema/dossiers.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadDossierAccess } from '../dossiers/dossier-access.ts';

export type AdvisoryReportInput = Readonly<{
  kind: 'review' | 'site_survey' | 'lab_test_request';
  onDate: string;
  summary: string;
  findings?: string | undefined;
  requestedTests?: string | undefined;
}>;

/** The advisory group (or the OCOP office) records a review, a site survey or a request for extra lab tests. */
export async function addAdvisoryReport(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  dossierId: string,
  input: AdvisoryReportInput,
) {
  const access = await loadDossierAccess(deps.db, actor, dossierId);
  const seat = access.seats.find(
    (s) => !s.isRecused && (s.seat.role === 'advisor' || s.seat.role === 'secretary'),
  );
  const office = access.capacities.find((c) => c === 'province_office' || c === 'central_office');
  if (!seat && !office)
    throw new DomainError('FORBIDDEN', 'Chỉ Tổ giúp việc hoặc cơ quan OCOP ghi báo cáo thẩm định.');
  const level = seat?.level ?? (office === 'central_office' ? 'central' : 'province');
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(advisoryReports)
      .values({
        dossierId,
        level,
        kind: input.kind,
        onDate: input.onDate,
        summary: input.summary.trim(),
        findings: input.findings?.trim() || null,
        requestedTests: input.requestedTests?.trim() || null,
        authorId: actor.id,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('insert advisory_reports returned no row');
    await recordChange(tx, auditActor, now, {
      entity: 'advisory_report',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}
