import type { IsoDate } from '../registry/calendar-date.ts';
import { formatVietnameseDate } from '../registry/calendar-date.ts';

export const EVIDENCE_WARNING_KINDS = ['expired', 'expires_before_decision'] as const;
export type EvidenceWarningKind = (typeof EVIDENCE_WARNING_KINDS)[number];

export type WarnableDocument = Readonly<{ id: string; title: string; validTo: IsoDate | null }>;

export type EvidenceWarning = Readonly<{
  evidenceId: string;
  kind: EvidenceWarningKind;
  validTo: IsoDate;
  message: string;
  messageEn: string;
}>;

export type WarningDates = Readonly<{
  /** The round's decision deadline; null when the dossier is in no round yet (only 'expired' then). */
  decisionDeadline: IsoDate | null;
  today: IsoDate;
}>;

/** 2026-05-22 → 22/05/2026, as dates are written in Vietnamese documents. */

/** The warning a document earns, if any: expired already, or lapsing before the decision is due. */
export function evidenceWarning(doc: WarnableDocument, dates: WarningDates): EvidenceWarning | null {
  const { validTo } = doc;
  if (validTo === null) return null;
  if (validTo < dates.today) {
    return {
      evidenceId: doc.id,
      kind: 'expired',
      validTo,
      message: `Tài liệu "${doc.title}" đã hết hiệu lực từ ngày ${formatVietnameseDate(validTo)}; cần bổ sung bản còn hiệu lực.`,
      messageEn: `"${doc.title}" expired on ${validTo}; a valid copy is needed.`,
    };
  }
  if (dates.decisionDeadline !== null && validTo < dates.decisionDeadline) {
    return {
      evidenceId: doc.id,
      kind: 'expires_before_decision',
      validTo,
      message:
        `Tài liệu "${doc.title}" hết hiệu lực ngày ${formatVietnameseDate(validTo)}, trước hạn ra quyết định của đợt ` +
        `đánh giá (${formatVietnameseDate(dates.decisionDeadline)}); nên gia hạn hoặc bổ sung bản mới.`,
      messageEn: `"${doc.title}" expires on ${validTo}, before the round's decision deadline ${dates.decisionDeadline}.`,
    };
  }
  return null;
}

/** One warning per document (a document linked to several criteria is warned about once), in input order. */
export function evidenceWarnings(
  documents: readonly WarnableDocument[],
  dates: WarningDates,
): EvidenceWarning[] {
  const seen = new Set<string>();
  const warnings: EvidenceWarning[] = [];
  for (const doc of documents) {
    if (seen.has(doc.id)) continue;
    seen.add(doc.id);
    const warning = evidenceWarning(doc, dates);
    if (warning) warnings.push(warning);
  }
  return warnings;
}
