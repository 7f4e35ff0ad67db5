import type { ProducerRow } from '../../db/repositories/producers.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';

export type UnitRef = { code: string; name: string };

export type ProducerView = {
  id: string;
  name: string;
  type: string;
  taxCode: string | null;
  representativeName: string | null;
  representativeGender: 'male' | 'female' | null;
  representativeEthnicity: string | null;
  commune: UnitRef;
  province: UnitRef;
  street: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  isArchived: boolean;
  createdAt: string;
  updatedAt: string;
};

export function unitRefs(units: AdminUnitsIndex, communeCode: string, provinceCode: string) {
  return {
    commune: { code: communeCode, name: units.commune2025(communeCode)?.fullName ?? communeCode },
    province: { code: provinceCode, name: units.province2025(provinceCode)?.name ?? provinceCode },
  };
}

export function toProducerView(row: ProducerRow, units: AdminUnitsIndex): ProducerView {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    taxCode: row.taxCode,
    representativeName: row.representativeName,
    representativeGender: row.representativeGender as ProducerView['representativeGender'],
    representativeEthnicity: row.representativeEthnicity,
    ...unitRefs(units, row.communeCode, row.provinceCode),
    street: row.street,
    phone: row.phone,
    email: row.email,
    website: row.website,
    isArchived: row.archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
