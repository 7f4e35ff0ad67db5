// What the PDF worker threads render. A task carries plain data only (document definitions hold functions,
// which cannot cross threads): the worker builds the definition itself.
import { renderReportPdf } from '../report-pdf.ts';
import type { ReportDocument } from '../report-types.ts';
import { renderStampSheetPdf, type StampSheetDocument } from '../stamp-sheet.ts';

export type PdfTask =
  | Readonly<{ kind: 'stamp-sheet'; document: StampSheetDocument }>
  | Readonly<{ kind: 'report-summary'; document: ReportDocument }>;

export async function renderPdfTask(task: PdfTask): Promise<Uint8Array> {
  switch (task.kind) {
    case 'stamp-sheet':
      return new Uint8Array(await renderStampSheetPdf(task.document));
    case 'report-summary':
      return new Uint8Array(await renderReportPdf(task.document));
  }
}
