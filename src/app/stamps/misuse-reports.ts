import type { Readable } from 'node:stream';
import {
  findMisuseReport,
  listMisuseReports,
  lockMisuseReport,
  type MisuseReportDetailRow,
  type MisuseReportFilter,
  updateMisuseReport,
} from '../../db/repositories/stamps-reports.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { type MisuseReportState, reportChangeProblem } from '../../domain/stamps/misuse-report-rules.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { reportPhotoFile } from './report-photo.ts';
import { assertOfficeCovers, officeProvinceOf } from './stamp-access.ts';

export type MisuseReportView = Readonly<{
  id: string;
  code: string | null;
  product: { id: string; name: string } | null;
  provinceCode: string | null;
  note: string;
  contact: string | null;
  place: string | null;
  hasPhoto: boolean;
  state: MisuseReportState;
  resolution: string | null;
  handledBy: string | null;
  createdAt: string;
  updatedAt: string;
}>;

const toView = ({ report, productName }: MisuseReportDetailRow): MisuseReportView => ({
  id: report.id,
  code: report.code,
  product: report.productId ? { id: report.productId, name: productName ?? '' } : null,
  provinceCode: report.provinceCode,
  note: report.note,
  contact: report.contact,
  place: report.place,
  hasPhoto: report.photoKey !== null,
  state: report.state,
  resolution: report.resolution,
  handledBy: report.handledBy,
  createdAt: report.createdAt.toISOString(),
  updatedAt: report.updatedAt.toISOString(),
});

export type MisuseReportSearch = {
  state?: MisuseReportState | undefined;
  /** Ministry only: a province code, or "none" for the cases no province could be found for. */
  province?: string | undefined;
  page: number;
  pageSize: number;
};

function provinceFilter(actor: Actor, requested: string | undefined): MisuseReportFilter['province'] {
  const own = officeProvinceOf(actor);
  if (own !== null) {
    if (requested && requested !== own)
      throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem phản ánh của tỉnh mình.');
    return { kind: 'province', code: own };
  }
  if (requested === 'none') return { kind: 'ministry' };
  return requested ? { kind: 'province', code: requested } : { kind: 'all' };
}

export async function findMisuseReports(deps: AppDeps, actor: Actor, search: MisuseReportSearch) {
  const { rows, total } = await listMisuseReports(deps.db, {
    province: provinceFilter(actor, search.province),
    state: search.state,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  return { items: rows.map(toView), total };
}

async function loadReport(deps: AppDeps, actor: Actor, id: string): Promise<MisuseReportDetailRow> {
  const row = await findMisuseReport(deps.db, id);
  if (!row) throw new DomainError('MISUSE_REPORT_NOT_FOUND', 'Không tìm thấy phản ánh.');
  assertOfficeCovers(actor, row.report.provinceCode);
  return row;
}

export const getMisuseReport = async (deps: AppDeps, actor: Actor, id: string) =>
  toView(await loadReport(deps, actor, id));

/** The office moves a case on (investigating, closed with its resolution); audited. */
export async function updateMisuseReportCase(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  change: { state?: MisuseReportState | undefined; resolution?: string | null | undefined },
): Promise<MisuseReportView> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const before = await lockMisuseReport(tx, id);
    if (!before) throw new DomainError('MISUSE_REPORT_NOT_FOUND', 'Không tìm thấy phản ánh.');
    assertOfficeCovers(actor, before.provinceCode);
    const problem = reportChangeProblem(before, change);
    if (problem) throw new DomainError('MISUSE_REPORT_CHANGE_INVALID', problem);
    const after = await updateMisuseReport(tx, id, {
      ...(change.state ? { state: change.state } : {}),
      ...(change.resolution !== undefined ? { resolution: change.resolution?.trim() || null } : {}),
      handledBy: actor.id,
      updatedAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'misuse_report',
      entityId: id,
      action: 'update',
      before,
      after,
    });
  });
  return getMisuseReport(deps, actor, id);
}

/** The report's photo (re-encoded WebP), for the office handling it. */
export async function openMisuseReportPhoto(deps: AppDeps, actor: Actor, id: string): Promise<Readable> {
  const { report } = await loadReport(deps, actor, id);
  const stream = report.photoKey ? await deps.media.open(reportPhotoFile(report.photoKey)) : null;
  if (!stream) throw new DomainError('NOT_FOUND', 'Phản ánh này không có ảnh.');
  return stream;
}
