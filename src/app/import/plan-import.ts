import { randomUUID } from 'node:crypto';
import type {
  loadImportCandidates,
  NewCertificate,
  NewProducer,
  NewProduct,
} from '../../db/repositories/imports.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import { foldName } from '../../domain/admin-units/normalize-name.ts';
import type { ColumnMapping } from '../../domain/import/columns.ts';
import { guessProductSet } from '../../domain/import/guess-product-set.ts';
import type { ParsedImportRow } from '../../domain/import/parse-row.ts';
import { groupProducers } from '../../domain/import/producer-dedupe.ts';
import { producerNameKey } from '../../domain/registry/name-key.ts';
import { checkProducerEligibility, type ProducerTypeCode } from '../../domain/registry/producer-types.ts';
import { vietnameseSortKey } from '../../domain/registry/vietnamese-sort-key.ts';
import { productSlug } from '../products/product-input.ts';
import { certificateFromRow, certificateKeys } from './import-certificate.ts';
import type { ImportRowResult } from './import-types.ts';
import { resolveRowAddress } from './resolve-row-address.ts';

type Candidates = Awaited<ReturnType<typeof loadImportCandidates>>;
type Draft<T> = Omit<T, 'createdAt' | 'updatedAt'>;

export type ImportPlan = {
  rows: ImportRowResult[];
  producers: Draft<NewProducer>[];
  products: Draft<NewProduct>[];
  certificates: Draft<NewCertificate>[];
  productSetUpdates: { id: string; productSetId: number }[];
};

export type PlanOptions = {
  units: AdminUnitsIndex;
  mapping: ColumnMapping;
  resolutions: Record<string, string>;
  defaultProvinceCode: string | null;
  /** Rows outside this province are refused (a province officer imports into their own province). */
  scopeProvinceCode: string | null;
  createdBy: string | null;
};

const emptyResult = (row: ParsedImportRow): ImportRowResult => ({
  rowNumber: row.rowNumber,
  outcome: 'error',
  messages: [...row.errors, ...row.warnings],
  productName: row.values.productName,
  producerName: row.values.producerName,
  addressText:
    [row.values.commune, row.values.district, row.values.province].filter(Boolean).join(', ') ||
    (row.values.address ?? ''),
  communeCode: null,
  communeName: null,
  provinceName: null,
  stars: row.values.stars,
  year: row.values.year,
  productSetId: row.values.productSetId,
  candidates: [],
  producerId: null,
  productId: null,
});

/**
 * Decides, row by row, what an import does; no I/O but `loadExisting`, which it calls once with the communes
 * and tax codes the resolved rows mention. Used by preview and commit.
 */
export async function planImport(
  parsedRows: readonly ParsedImportRow[],
  loadExisting: (communeCodes: string[], taxCodes: string[]) => Promise<Candidates>,
  o: PlanOptions,
): Promise<ImportPlan> {
  const plan: ImportPlan = { rows: [], producers: [], products: [], certificates: [], productSetUpdates: [] };
  const located = new Map<number, { row: ParsedImportRow; result: ImportRowResult; communeCode: string }>();
  for (const row of parsedRows) {
    if (row.isBlankOrTotal) continue;
    const result = emptyResult(row);
    plan.rows.push(result);
    if (row.errors.length > 0) continue;
    const address = resolveRowAddress(o.units, row.values, {
      pickedCommuneCode: o.resolutions[String(row.rowNumber)],
      defaultProvinceCode: o.defaultProvinceCode,
    });
    if (address.kind === 'unresolved') {
      result.messages.unshift(address.message);
      continue;
    }
    if (address.kind === 'ambiguous') {
      result.outcome = 'needs_choice';
      result.candidates = address.candidates;
      result.messages.unshift(
        row.values.commune
          ? 'Địa chỉ cũ ứng với nhiều xã mới: hãy chọn xã.'
          : row.values.district
            ? 'Tệp chỉ ghi huyện, không ghi xã: hãy chọn xã (mới) nơi sản xuất.'
            : 'Tệp chỉ ghi tỉnh: hãy chọn xã (mới) nơi sản xuất.',
      );
      continue;
    }
    const commune = o.units.commune2025(address.communeCode);
    if (!commune) continue;
    result.communeCode = commune.code;
    result.communeName = commune.fullName;
    result.provinceName = o.units.province2025(commune.provinceCode)?.name ?? null;
    if (o.scopeProvinceCode && commune.provinceCode !== o.scopeProvinceCode) {
      result.messages.unshift(`Sản phẩm thuộc ${result.provinceName}, ngoài tỉnh bạn phụ trách.`);
      continue;
    }
    located.set(row.rowNumber, { row, result, communeCode: commune.code });
  }
  const rows = [...located.values()];
  const communes = [...new Set(rows.map((r) => r.communeCode))];
  const taxCodes = [...new Set(rows.map((r) => r.row.values.taxCode).filter((t): t is string => t !== null))];
  placeRows(plan, rows, await loadExisting(communes, taxCodes), o);
  return plan;
}

function placeRows(
  plan: ImportPlan,
  rows: { row: ParsedImportRow; result: ImportRowResult; communeCode: string }[],
  existing: Candidates,
  o: PlanOptions,
): void {
  const producerByTax = new Map(existing.producers.filter((p) => p.taxCode).map((p) => [p.taxCode, p]));
  const producerByName = new Map(existing.producers.map((p) => [`${p.communeCode}:${p.nameKey}`, p]));
  const seen: Seen = {
    productByKey: new Map(existing.products.map((p) => [`${p.producerId}:${foldName(p.name)}`, p])),
    certificateKeySet: new Set(existing.certificates.flatMap((c) => certificateKeys(c.productId, c))),
    plannedProductIds: new Set(),
    plannedCertificateKeys: new Set(),
  };
  const byRow = new Map(rows.map((r) => [r.row.rowNumber, r]));
  const groups = groupProducers(
    rows.map(({ row, communeCode }) => ({
      rowNumber: row.rowNumber,
      producerName: row.values.producerName ?? '',
      communeCode,
      taxCode: row.values.taxCode,
    })),
  );
  for (const group of groups) {
    const first = byRow.get(group.rowNumbers[0] ?? -1);
    if (!first) continue;
    const name = first.row.values.producerName ?? '';
    const known =
      (group.taxCode ? producerByTax.get(group.taxCode) : undefined) ??
      producerByName.get(`${first.communeCode}:${producerNameKey(name)}`);
    let producerId = known?.id;
    let producerType = (known?.type ?? first.row.values.producerTypeCode) as ProducerTypeCode | null;
    const isNewProducer = !producerId;
    if (!producerId) {
      producerId = randomUUID();
      if (!producerType) {
        producerType = 'household';
        first.result.messages.push('Chưa rõ loại hình chủ thể: tạm ghi "hộ sản xuất", cần kiểm tra lại.');
      }
      const commune = o.units.commune2025(first.communeCode);
      plan.producers.push({
        id: producerId,
        name,
        nameKey: producerNameKey(name),
        sortKey: vietnameseSortKey(name),
        type: producerType,
        taxCode: group.taxCode,
        phone: first.row.values.phone,
        communeCode: first.communeCode,
        provinceCode: commune?.provinceCode ?? '',
        createdBy: o.createdBy,
      });
    }
    group.rowNumbers.forEach((rowNumber, i) => {
      const entry = byRow.get(rowNumber);
      if (!entry || !producerId) return;
      const provinceCode = o.units.commune2025(entry.communeCode)?.provinceCode ?? '';
      const createdHere = isNewProducer && i === 0;
      const type = producerType ?? 'household';
      placeProduct(plan, { ...entry, provinceCode }, { producerId, producerType: type, createdHere }, seen);
    });
  }
}

type Seen = {
  productByKey: Map<string, { id: string; productSetId: number | null }>;
  certificateKeySet: Set<string>;
  plannedProductIds: Set<string>;
  plannedCertificateKeys: Set<string>;
};

function productSetFor(
  row: ParsedImportRow,
  producerType: ProducerTypeCode,
  messages: string[],
): number | null {
  const name = row.values.productName ?? '';
  const guess = row.values.productSetId
    ? { productSetId: row.values.productSetId, confidence: 'high' as const }
    : guessProductSet(name, row.values.productGroup);
  const id = guess.confidence === 'high' ? guess.productSetId : null;
  if (id && checkProducerEligibility(producerType, id).ok) return id;
  messages.push(
    guess.productSetId
      ? `Chưa phân bộ sản phẩm (gợi ý: bộ ${guess.productSetId}); cần người xác nhận.`
      : 'Chưa phân bộ sản phẩm; cần người xác nhận.',
  );
  return null;
}

function placeProduct(
  plan: ImportPlan,
  {
    row,
    result,
    communeCode,
    provinceCode,
  }: { row: ParsedImportRow; result: ImportRowResult; communeCode: string; provinceCode: string },
  producer: { producerId: string; producerType: ProducerTypeCode; createdHere: boolean },
  seen: Seen,
): void {
  const name = row.values.productName ?? '';
  const key = `${producer.producerId}:${foldName(name)}`;
  result.producerId = producer.producerId;
  const productSetId = productSetFor(row, producer.producerType, result.messages);
  let product = seen.productByKey.get(key);
  const isFromEarlierRow = product !== undefined && seen.plannedProductIds.has(product.id);
  let createdProduct = false;
  let updatedSet = false;
  if (!product) {
    const id = randomUUID();
    plan.products.push({
      id,
      producerId: producer.producerId,
      name,
      sortKey: vietnameseSortKey(name),
      slug: productSlug(name, id),
      productSetId,
      communeCode,
      provinceCode,
    });
    product = { id, productSetId };
    seen.productByKey.set(key, product);
    seen.plannedProductIds.add(id);
    createdProduct = true;
  } else if (product.productSetId === null && productSetId !== null && !isFromEarlierRow) {
    plan.productSetUpdates.push({ id: product.id, productSetId });
    product.productSetId = productSetId;
    updatedSet = true;
  }
  result.productId = product.id;
  result.productSetId = product.productSetId;
  let addedCertificate = false;
  let duplicateCertificate = false;
  const certificate = certificateFromRow(row.values);
  if (certificate && 'missing' in certificate) {
    result.messages.push(certificate.missing);
  } else if (certificate) {
    const keys = certificateKeys(product.id, certificate);
    if (keys.some((k) => seen.plannedCertificateKeys.has(k))) duplicateCertificate = true;
    else if (!keys.some((k) => seen.certificateKeySet.has(k))) {
      plan.certificates.push({ ...certificate, productId: product.id });
      for (const k of keys) seen.plannedCertificateKeys.add(k);
      addedCertificate = true;
    }
  }
  result.outcome =
    createdProduct || producer.createdHere
      ? 'create'
      : addedCertificate || updatedSet
        ? 'update'
        : isFromEarlierRow || duplicateCertificate
          ? 'duplicate_in_file'
          : 'unchanged';
  if (result.outcome === 'duplicate_in_file')
    result.messages.unshift('Trùng với một dòng phía trên trong tệp.');
}
