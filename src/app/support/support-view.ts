import type { SupportRecord } from '../../db/repositories/support.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { SupportKind } from '../../domain/support/support-kinds.ts';

export type SupportView = {
  id: string;
  kind: SupportKind;
  producer: { id: string; name: string };
  product: { id: string; name: string } | null;
  province: { code: string; name: string };
  commune: { code: string; name: string };
  description: string | null;
  amountVnd: number;
  fundingSource: string | null;
  grantedOn: string;
  createdAt: string;
  updatedAt: string;
};

export function toSupportView(
  { record, producer, productName }: SupportRecord,
  adminUnits: AdminUnitsIndex,
): SupportView {
  return {
    id: record.id,
    // Written through supportColumns only: codes of the fixed list.
    kind: record.kind as SupportKind,
    producer: { id: record.producerId, name: producer.name },
    product: record.productId ? { id: record.productId, name: productName ?? '' } : null,
    province: { code: record.provinceCode, name: adminUnits.province2025(record.provinceCode)?.name ?? '' },
    commune: {
      code: producer.communeCode,
      name: adminUnits.commune2025(producer.communeCode)?.fullName ?? '',
    },
    description: record.description,
    amountVnd: record.amountVnd ?? 0,
    fundingSource: record.fundingSource,
    grantedOn: record.grantedOn,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** The registry scope of a support record: the producer's province and commune, and the producer. */
export const recordScopeOf = ({ record, producer }: SupportRecord) => ({
  provinceCode: record.provinceCode,
  communeCode: producer.communeCode,
  producerId: record.producerId,
});
