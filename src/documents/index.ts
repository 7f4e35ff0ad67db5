// Print-ready documents of the evaluation workflow: plain data in, file bytes out (see README.md).
export { renderCertificatePdf } from './certificate.ts';
export { renderCouncilMinutesPdf } from './council-minutes.ts';
export { renderDecisionAnnexPdf } from './decision-annex-pdf.ts';
export { renderDecisionAnnexXlsx } from './decision-annex-xlsx.ts';
export { renderScoreSheetPdf } from './score-sheet.ts';
export type * from './types.ts';
