import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import { DomainError } from '../../domain/errors.ts';
import { normaliseProducerFields } from '../../domain/registry/producer-fields.ts';
import { vietnameseSortKey } from '../../domain/registry/vietnamese-sort-key.ts';

export type ProducerInput = {
  name: string;
  type: string;
  taxCode?: string | null | undefined;
  representativeName?: string | null | undefined;
  representativeGender?: 'male' | 'female' | null | undefined;
  representativeEthnicity?: string | null | undefined;
  communeCode: string;
  street?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  website?: string | null | undefined;
};

const trimmedOrNull = (text: string | null | undefined) => text?.normalize('NFC').trim() || null;

/** Validates a producer record (all problems at once, as field errors) and returns the columns to store. */
export function producerColumns(units: AdminUnitsIndex, input: ProducerInput) {
  const fields = normaliseProducerFields(input);
  const commune = units.commune2025(input.communeCode);
  const fieldErrors = fields.ok ? [] : [...fields.fieldErrors];
  if (!commune) {
    fieldErrors.push({
      field: 'body.communeCode',
      message: `Không có xã/phường mã ${input.communeCode} (từ 1/7/2025).`,
    });
  }
  if (!fields.ok || !commune) {
    throw new DomainError('VALIDATION_FAILED', 'Thông tin chủ thể chưa hợp lệ.', { fieldErrors });
  }
  return {
    ...fields.value,
    sortKey: vietnameseSortKey(fields.value.name),
    representativeName: trimmedOrNull(input.representativeName),
    representativeGender: input.representativeGender ?? null,
    representativeEthnicity: trimmedOrNull(input.representativeEthnicity),
    communeCode: commune.code,
    provinceCode: commune.provinceCode,
    street: trimmedOrNull(input.street),
    email: trimmedOrNull(input.email)?.toLowerCase() ?? null,
  };
}
