import type { FieldError } from '../errors.ts';
import { producerNameKey } from './name-key.ts';
import { parsePhone } from './phone.ts';
import { PRODUCER_TYPES, type ProducerTypeCode } from './producer-types.ts';
import type { Result } from './result.ts';
import { parseTaxCode } from './tax-code.ts';
import { parseSaleChannelUrl } from './url.ts';

export type ProducerFieldsInput = {
  name: string;
  type: string;
  taxCode?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

export type NormalisedProducerFields = {
  name: string;
  nameKey: string;
  type: ProducerTypeCode;
  taxCode: string | null;
  phone: string | null;
  website: string | null;
};

/** Checks and normalises the validated fields of a producer; every problem is reported with its field. */
export function normaliseProducerFields(
  input: ProducerFieldsInput,
  fieldPrefix = 'body',
): { ok: true; value: NormalisedProducerFields } | { ok: false; fieldErrors: FieldError[] } {
  const fieldErrors: FieldError[] = [];
  const take = <T>(field: string, result: Result<T>): T | null => {
    if (result.ok) return result.value;
    fieldErrors.push({ field: `${fieldPrefix}.${field}`, message: result.message });
    return null;
  };
  const name = input.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const type = PRODUCER_TYPES.find((t) => t.code === input.type)?.code ?? null;
  if (!type) fieldErrors.push({ field: `${fieldPrefix}.type`, message: 'Loại hình chủ thể không hợp lệ.' });
  const taxCode = input.taxCode
    ? (take('taxCode', parseTaxCode(input.taxCode, { allowPersonalId: type === 'household' }))?.code ?? null)
    : null;
  const phone = input.phone ? (take('phone', parsePhone(input.phone))?.e164 ?? null) : null;
  const website = input.website ? (take('website', parseSaleChannelUrl(input.website))?.url ?? null) : null;
  if (fieldErrors.length > 0 || !type) return { ok: false, fieldErrors };
  return { ok: true, value: { name, nameKey: producerNameKey(name), type, taxCode, phone, website } };
}
