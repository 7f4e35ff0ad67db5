// Writes one month of the national export (products CSV, per-province summary CSV, JSON) to DATA_DIR/exports
// and records each file in report_exports (one row per month and format). Re-run safe: when the month's three
// files are recorded and on disk, nothing is written unless `replace` is asked for.
import {
  certifiedProductsOn,
  monthlyExportsOf,
  type ReportExportRow,
  upsertMonthlyExport,
} from '../../db/repositories/report-exports.repository.ts';
import {
  type NationalExport,
  nationalExportJson,
  nationalProductsCsv,
  nationalSummaryCsv,
} from '../../documents/report-national-export.ts';
import { addDays, addMonths } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { exportFilesExist, nationalExportKey, writeExportFile } from './export-store.ts';
import { exportProductOf, provinceSummaries } from './national-export-rows.ts';

export type NationalExportDeps = Pick<AppDeps, 'db' | 'config' | 'adminUnits' | 'productSets'>;

export const NATIONAL_EXPORT_FORMATS = ['csv', 'summary_csv', 'json'] as const;
export type NationalExportFormat = (typeof NATIONAL_EXPORT_FORMATS)[number];

/** First and last day of a month written YYYY-MM. */
export function monthBounds(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** The month before the one `day` is in (YYYY-MM). */
export const previousMonth = (day: string): string => addMonths(`${day.slice(0, 7)}-01`, -1).slice(0, 7);

export type NationalExportRun = { month: string; written: boolean; files: ReportExportRow[] };

export async function runNationalExport(
  deps: NationalExportDeps,
  month: string,
  now: Date,
  options: { replace?: boolean } = {},
): Promise<NationalExportRun> {
  const { from, to } = monthBounds(month);
  const existing = await monthlyExportsOf(deps.db, from);
  const isComplete =
    NATIONAL_EXPORT_FORMATS.every((f) => existing.some((e) => e.format === f)) &&
    (await exportFilesExist(
      deps.config.dataDir,
      existing.map((e) => e.storageKey),
    ));
  if (isComplete && !options.replace) return { month, written: false, files: existing };

  const products = (await certifiedProductsOn(deps.db, to)).map((row) => exportProductOf(deps, row, to));
  const summary = provinceSummaries(deps.adminUnits, products, { from, to });
  const data: NationalExport = { month, from, to, generatedAt: now.toISOString(), products, summary };
  const files: { format: NationalExportFormat; key: string; bytes: Buffer; rowCount: number }[] = [
    {
      format: 'csv',
      key: nationalExportKey(month, 'products', 'csv'),
      bytes: nationalProductsCsv(data),
      rowCount: products.length,
    },
    {
      format: 'summary_csv',
      key: nationalExportKey(month, 'summary', 'csv'),
      bytes: nationalSummaryCsv(data),
      rowCount: summary.provinces.length + 1,
    },
    {
      format: 'json',
      key: nationalExportKey(month, 'products', 'json'),
      bytes: nationalExportJson(data),
      rowCount: products.length,
    },
  ];
  const saved: ReportExportRow[] = [];
  for (const file of files) {
    await writeExportFile(deps.config.dataDir, file.key, file.bytes);
    saved.push(
      await upsertMonthlyExport(deps.db, {
        kind: 'national_monthly',
        provinceCode: null,
        periodFrom: from,
        periodTo: to,
        format: file.format,
        storageKey: file.key,
        rowCount: file.rowCount,
        createdAt: now,
      }),
    );
  }
  return { month, written: true, files: saved };
}
