// The rows of the monthly national export (docs/national-export-format.md): every product certified by the
// month's last day with the certificate it had then, its status that day (certificateStatus, ADR 0010) and the
// names of its 2025 province and commune, product set and producer type; and a summary per province.
import type { CertifiedProductRow } from '../../db/repositories/report-exports.repository.ts';
import type {
  ExportProduct,
  ExportProvinceSummary,
  ExportStatus,
} from '../../documents/report-national-export.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import { certificateStatus } from '../../domain/registry/certificate-status.ts';
import { PRODUCER_TYPES } from '../../domain/registry/producer-types.ts';
import type { ProductSetCatalog } from '../../domain/registry/product-set-catalog.ts';
import { isRevocationGround, REVOCATION_GROUNDS } from '../../domain/registry/revocation-grounds.ts';

type Names = Readonly<{ adminUnits: AdminUnitsIndex; productSets: ProductSetCatalog }>;

/** The status on `day`; a revocation counts only with its ground (as in the indicators). */
function statusOn(
  row: CertifiedProductRow,
  day: string,
): { status: ExportStatus; extendedUntil: string | null } {
  const ground = row.revocationGround;
  const revocation =
    row.revokedOn && ground && isRevocationGround(ground)
      ? { revokedAt: row.revokedOn, revocationGround: ground }
      : {};
  const pending = row.reEvaluationPendingSince
    ? { reEvaluationPendingSince: row.reEvaluationPendingSince }
    : {};
  const dates = { validFrom: row.validFrom, validTo: row.validTo };
  const result = certificateStatus({ ...dates, ...revocation, ...pending }, day);
  // Rows were checked when written; should one not be, its dates alone still give a status.
  const checked = result.ok ? result : certificateStatus(dates, day);
  if (!checked.ok) return { status: 'expired', extendedUntil: null };
  const status = checked.value;
  if (status.status === 'not_yet_valid') return { status: 'valid', extendedUntil: null };
  return { status: status.status, extendedUntil: status.status === 'extended' ? status.extendedUntil : null };
}

export function exportProductOf(names: Names, row: CertifiedProductRow, day: string): ExportProduct {
  const { status, extendedUntil } = statusOn(row, day);
  const isRevoked = status === 'revoked';
  const province = names.adminUnits.province2025(row.provinceCode);
  const commune = names.adminUnits.commune2025(row.communeCode);
  const set = row.productSetId === null ? undefined : names.productSets.byId(row.productSetId);
  const type = PRODUCER_TYPES.find((t) => t.code === row.producerType);
  return {
    productId: row.productId,
    ocopCode: row.ocopCode,
    productName: row.name,
    productSetId: row.productSetId,
    productSetName: set?.name ?? null,
    stars: row.stars,
    status,
    certificateNumber: row.certificateNumber,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    issuingLevel: row.issuingLevel === 'ministry' ? 'ministry' : 'province',
    authorityName: row.authorityName,
    validFrom: row.validFrom,
    validTo: row.validTo,
    datesPrecision: row.datesPrecision === 'year' ? 'year' : 'day',
    extendedUntil,
    revokedOn: isRevoked ? row.revokedOn : null,
    revocationGround: isRevoked ? row.revocationGround : null,
    revocationGroundVi: isRevoked
      ? (REVOCATION_GROUNDS.find((g) => g.code === row.revocationGround)?.labelVi ?? null)
      : null,
    producerId: row.producerId,
    producerName: row.producerName,
    producerType: row.producerType,
    producerTypeVi: type?.labelVi ?? row.producerType,
    producerTaxCode: row.producerTaxCode,
    provinceCode: row.provinceCode,
    provinceName: province?.fullName ?? row.provinceCode,
    communeCode: row.communeCode,
    communeName: commune?.fullName ?? row.communeCode,
  };
}

const IN_FORCE: readonly ExportStatus[] = ['valid', 'expiring', 'extended'];

/** One line per 2025 province (all 34, zeros included) and the country's total. */
export function provinceSummaries(
  adminUnits: AdminUnitsIndex,
  rows: readonly ExportProduct[],
  month: Readonly<{ from: string; to: string }>,
): { provinces: ExportProvinceSummary[]; total: ExportProvinceSummary } {
  const summarise = (code: string, name: string, of: readonly ExportProduct[]): ExportProvinceSummary => {
    const inForce = of.filter((r) => IN_FORCE.includes(r.status));
    const count = (status: ExportStatus) => of.filter((r) => r.status === status).length;
    const stars = (n: number) => inForce.filter((r) => r.stars === n).length;
    return {
      provinceCode: code,
      provinceName: name,
      productsInForce: inForce.length,
      inForce3Stars: stars(3),
      inForce4Stars: stars(4),
      inForce5Stars: stars(5),
      valid: count('valid'),
      expiring: count('expiring'),
      extended: count('extended'),
      expired: count('expired'),
      revoked: count('revoked'),
      certifiedInMonth: of.filter((r) => r.validFrom >= month.from && r.validFrom <= month.to).length,
      producersInForce: new Set(inForce.map((r) => r.producerId)).size,
      communesCovered: new Set(inForce.map((r) => r.communeCode)).size,
    };
  };
  const byProvince = new Map<string, ExportProduct[]>();
  for (const row of rows) {
    const list = byProvince.get(row.provinceCode) ?? [];
    list.push(row);
    byProvince.set(row.provinceCode, list);
  }
  const provinces = adminUnits.provinces2025.map((p) =>
    summarise(p.code, p.fullName, byProvince.get(p.code) ?? []),
  );
  return { provinces, total: summarise('', 'Toàn quốc', rows) };
}
