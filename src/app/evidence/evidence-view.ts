import type { EvidenceRow } from '../../db/repositories/evidence.repository.ts';
import { type EvidenceStatus, evidenceStatus } from '../../domain/evidence/evidence-status.ts';
import { evidenceTypeInfo } from '../../domain/evidence/evidence-types.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';

export type EvidenceView = {
  id: string;
  producerId: string;
  type: string;
  typeLabel: string;
  /** The type normally carries an end of validity (validTo expected). */
  expectsExpiry: boolean;
  title: string;
  number: string | null;
  issuer: string | null;
  issuedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: EvidenceStatus;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  /** Where the file is downloaded (an authenticated route: the wallet's, or the dossier's). */
  fileUrl: string;
  isArchived: boolean;
  createdAt: string;
  updatedAt: string;
};

export const walletFileUrl = (evidenceId: string) => `/api/v1/evidence/${evidenceId}/file`;
export const dossierFileUrl = (dossierId: string, evidenceId: string) =>
  `/api/v1/dossiers/${dossierId}/evidence/${evidenceId}/file`;

export function toEvidenceView(
  row: EvidenceRow,
  today: IsoDate,
  fileUrl = walletFileUrl(row.id),
): EvidenceView {
  const type = evidenceTypeInfo(row.type);
  return {
    id: row.id,
    producerId: row.producerId,
    type: row.type,
    typeLabel: type.label,
    expectsExpiry: type.expectsExpiry,
    title: row.title,
    number: row.number,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    validFrom: row.validFrom,
    validTo: row.validTo,
    status: evidenceStatus(row.validTo, today),
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    fileUrl,
    isArchived: row.archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
