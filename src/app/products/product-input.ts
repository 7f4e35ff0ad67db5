import type { ProducerRow } from '../../db/repositories/producers.repository.ts';
import { foldName } from '../../domain/admin-units/normalize-name.ts';
import { DomainError, type FieldError } from '../../domain/errors.ts';
import { parseGtin13 } from '../../domain/registry/gtin.ts';
import { checkProducerEligibility, type ProducerTypeCode } from '../../domain/registry/producer-types.ts';
import { parseSaleChannelUrl } from '../../domain/registry/url.ts';
import { vietnameseSortKey } from '../../domain/registry/vietnamese-sort-key.ts';
import type { AppDeps } from '../deps.ts';

export type ProductInput = {
  name: string;
  /** Required through the API; null only for imported legacy records not yet classified. */
  productSetId: number | null;
  communeCode?: string | null | undefined;
  description?: string | null | undefined;
  story?: string | null | undefined;
  gtin?: string | null | undefined;
  packaging?: string | null | undefined;
  unit?: string | null | undefined;
  saleChannels?: string[] | undefined;
};

const text = (value: string | null | undefined) => value?.normalize('NFC').trim() || null;

/** URL-safe, readable, unique enough: "che-shan-tuyet-na-hang-3f2a9c". */
export function productSlug(name: string, id: string): string {
  const words = foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${words || 'san-pham'}-${id.replace(/-/g, '').slice(0, 6)}`;
}

/** Validates a product for a producer; every problem is reported with its field. */
export function productColumns(deps: AppDeps, producer: ProducerRow, input: ProductInput) {
  const fieldErrors: FieldError[] = [];
  const name = input.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (input.productSetId === null) {
    // legacy record awaiting classification
  } else if (!deps.productSets.byId(input.productSetId)) {
    fieldErrors.push({
      field: 'body.productSetId',
      message: 'Bộ sản phẩm phải từ 1 đến 26 (Quyết định 26/2026).',
    });
  } else {
    const eligible = checkProducerEligibility(producer.type as ProducerTypeCode, input.productSetId);
    if (!eligible.ok) fieldErrors.push({ field: 'body.productSetId', message: eligible.message });
  }
  const communeCode = input.communeCode ?? producer.communeCode;
  const commune = deps.adminUnits.commune2025(communeCode);
  if (!commune)
    fieldErrors.push({ field: 'body.communeCode', message: `Không có xã/phường mã ${communeCode}.` });
  let gtin: string | null = null;
  if (input.gtin) {
    const parsed = parseGtin13(input.gtin);
    if (parsed.ok) gtin = parsed.value.gtin;
    else fieldErrors.push({ field: 'body.gtin', message: parsed.message });
  }
  const saleChannels: { kind: string; url: string }[] = [];
  (input.saleChannels ?? []).forEach((url, i) => {
    const parsed = parseSaleChannelUrl(url);
    if (parsed.ok) saleChannels.push({ kind: parsed.value.marketplace, url: parsed.value.url });
    else fieldErrors.push({ field: `body.saleChannels.${i}`, message: parsed.message });
  });
  if (fieldErrors.length > 0 || !commune) {
    throw new DomainError('VALIDATION_FAILED', 'Thông tin sản phẩm chưa hợp lệ.', { fieldErrors });
  }
  return {
    columns: {
      name,
      sortKey: vietnameseSortKey(name),
      productSetId: input.productSetId,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      description: text(input.description),
      story: text(input.story),
      gtin,
      packaging: text(input.packaging),
      unit: text(input.unit),
    },
    saleChannels: [...new Map(saleChannels.map((c) => [c.url, c])).values()],
  };
}
