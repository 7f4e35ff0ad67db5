// One-click reports: the Excel workbook and the PDF summary of a province or of the country, for any period.
import { renderReportPdfOffThread } from '../../documents/pdf-workers.ts';
import type { ReportDocument } from '../../documents/report-types.ts';
import { renderReportWorkbook } from '../../documents/report-workbook.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { AppDeps } from '../deps.ts';
import { type DocumentFile, pdfFile, xlsxFile } from '../documents/document-file.ts';
import { loadReportDocument, type ReportQuery } from './report-document.ts';

/** "Báo cáo OCOP - Tỉnh Tuyên Quang - 2026-01-01 đến 2026-06-30". */
const stemOf = (doc: ReportDocument, kind: string) =>
  `${kind} OCOP - ${doc.scope.name} - ${doc.window.from} đến ${doc.window.to}`;

export async function reportWorkbook(deps: AppDeps, actor: Actor, query: ReportQuery): Promise<DocumentFile> {
  const doc = await loadReportDocument(deps, actor, query);
  return xlsxFile(stemOf(doc, 'Báo cáo'), await renderReportWorkbook(doc));
}

export async function reportSummaryPdf(
  deps: AppDeps,
  actor: Actor,
  query: ReportQuery,
): Promise<DocumentFile> {
  const doc = await loadReportDocument(deps, actor, query);
  return pdfFile(stemOf(doc, 'Báo cáo tóm tắt'), await renderReportPdfOffThread(doc));
}
