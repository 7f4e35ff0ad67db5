import { renderSupportWorkbook } from '../../documents/support-workbook.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { formatVietnameseDate } from '../../domain/registry/calendar-date.ts';
import { SUPPORT_KINDS } from '../../domain/support/support-kinds.ts';
import type { AppDeps } from '../deps.ts';
import { type DocumentFile, xlsxFile } from '../documents/document-file.ts';
import { findSupportRecords, type SupportSearch } from './find-support-records.ts';

/** More rows than one province records in years; a workbook beyond it would be unwieldy anyway. */
export const SUPPORT_EXPORT_MAX_ROWS = 20_000;

const kindLabel = (code: string) => SUPPORT_KINDS.find((k) => k.code === code)?.labelVi ?? code;

function filtersText(search: Omit<SupportSearch, 'page' | 'pageSize'>): string {
  const parts = [
    search.kind ? `loại: ${kindLabel(search.kind)}` : null,
    search.from ? `từ ${formatVietnameseDate(search.from)}` : null,
    search.to ? `đến ${formatVietnameseDate(search.to)}` : null,
    search.producerId ? 'một chủ thể' : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join('; ') : 'tất cả các lần hỗ trợ';
}

/** The support list the filters match, in the actor's scope, as an .xlsx (same rules as the list). */
export async function exportSupportRecords(
  deps: AppDeps,
  actor: Actor,
  search: Omit<SupportSearch, 'page' | 'pageSize'>,
): Promise<DocumentFile> {
  const { items, totals } = await findSupportRecords(deps, actor, {
    ...search,
    page: 1,
    pageSize: SUPPORT_EXPORT_MAX_ROWS,
  });
  const province = search.province ?? actor.provinceCode;
  const scope = province ? (deps.adminUnits.province2025(province)?.fullName ?? province) : 'Toàn quốc';
  const bytes = await renderSupportWorkbook({
    scope,
    filters: filtersText(search),
    generatedAt: deps.now(),
    rows: items.map((r) => ({
      grantedOn: r.grantedOn,
      producer: r.producer.name,
      commune: r.commune.name,
      province: r.province.name,
      product: r.product?.name ?? null,
      kind: kindLabel(r.kind),
      amountVnd: r.amountVnd,
      fundingSource: r.fundingSource,
      description: r.description,
    })),
    byKind: totals.byKind.map((k) => ({ kind: kindLabel(k.kind), count: k.count, amountVnd: k.amountVnd })),
  });
  return xlsxFile(`Hỗ trợ chủ thể OCOP - ${scope}`, bytes);
}
