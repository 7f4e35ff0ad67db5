// The recorded exports for the national OCOP system: list, download, and (the ministry) run one now.
// Listing and downloading need programme:read (ministry and province roles, checked on the route): the
// export holds the certified products of the whole country, as the public portal does, with producers' tax
// codes.
import type { ReadStream } from 'node:fs';
import {
  findReportExport,
  listReportExportRows,
  type ReportExportRow,
} from '../../db/repositories/report-exports.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { openExportFile } from './export-store.ts';
import { monthBounds, runNationalExport } from './run-national-export.ts';

export type ReportExportView = {
  id: string;
  kind: ReportExportRow['kind'];
  /** YYYY-MM of a monthly export. */
  month: string;
  periodFrom: string;
  periodTo: string;
  format: string;
  fileName: string;
  mimeType: string;
  rowCount: number | null;
  createdAt: string;
};

const MIME: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const extensionOf = (key: string) => key.slice(key.lastIndexOf('.') + 1);

function viewOf(row: ReportExportRow): ReportExportView {
  return {
    id: row.id,
    kind: row.kind,
    month: row.periodFrom.slice(0, 7),
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    format: row.format,
    fileName: row.storageKey.slice(row.storageKey.lastIndexOf('/') + 1),
    mimeType: MIME[extensionOf(row.storageKey)] ?? 'application/octet-stream',
    rowCount: row.rowCount,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The latest 120 files (three a month: ten years of monthly exports). */
export async function listReportExports(deps: AppDeps): Promise<{ items: ReportExportView[] }> {
  return { items: (await listReportExportRows(deps.db, 120)).map(viewOf) };
}

export type ExportDownload = ReportExportView & { size: number; stream: ReadStream };

export async function reportExportFile(deps: AppDeps, id: string): Promise<ExportDownload> {
  const row = await findReportExport(deps.db, id);
  const file = row ? await openExportFile(deps.config.dataDir, row.storageKey) : null;
  if (!row || !file) {
    const detail = row
      ? 'Tệp không còn trên máy chủ; Bộ có thể xuất lại tháng này.'
      : 'Không có bản xuất này.';
    throw new DomainError('REPORT_EXPORT_NOT_FOUND', detail);
  }
  return { ...viewOf(row), ...file };
}

/** The ministry runs a month's export now (a month already written is kept unless `replace`). */
export async function requestNationalExport(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: Readonly<{ month: string; replace?: boolean | undefined }>,
): Promise<{ written: boolean; items: ReportExportView[] }> {
  if (actor.role !== 'ministry_admin') {
    throw new DomainError('FORBIDDEN_SCOPE', 'Chỉ Bộ xuất dữ liệu toàn quốc theo yêu cầu.');
  }
  const { to } = monthBounds(input.month);
  if (to >= vietnamDate(deps.now())) {
    throw new DomainError(
      'REPORT_MONTH_NOT_ENDED',
      `Tháng ${input.month} chưa kết thúc: chỉ xuất được tháng đã qua.`,
    );
  }
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const run = await runNationalExport({ ...deps, db: tx }, input.month, now, {
      replace: input.replace === true,
    });
    const items = run.files.map(viewOf);
    const first = items[0];
    if (run.written && first) {
      await recordChange(tx, auditActor, now, {
        entity: 'report_export',
        entityId: first.id,
        action: 'export',
        after: {
          month: input.month,
          files: items.map((i) => ({ id: i.id, format: i.format, rowCount: i.rowCount })),
        },
      });
    }
    return { written: run.written, items };
  });
}
