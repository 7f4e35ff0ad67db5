import { maxOcopSerial, updateProductRow } from '../../db/repositories/products.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { formatProductCode } from '../../domain/registry/product-code.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadAccessibleProduct, productViewOf } from './load-product.ts';
import type { ProductView } from './product-view.ts';

/**
 * Gives a product its OCOP code (province)-(commune)-(serial)-(year), the serial being the commune's next
 * for that year (Decision 26/2026: the commune numbers its products). Commune and province staff only.
 */
export async function assignOcopCode(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  productId: string,
  year?: number,
): Promise<ProductView> {
  if (actor.role === 'producer' || actor.role === 'council_member') {
    throw new DomainError('FORBIDDEN', 'Mã sản phẩm OCOP do cán bộ xã hoặc tỉnh cấp.');
  }
  const product = await loadAccessibleProduct(deps.db, actor, productId);
  if (product.ocopCode) throw new DomainError('OCOP_CODE_TAKEN', `Sản phẩm đã có mã ${product.ocopCode}.`);
  const codeYear = year ?? Number(vietnamDate(deps.now()).slice(0, 4));
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const prefix = `${product.provinceCode}-${product.communeCode}-`;
    const serial = (await maxOcopSerial(tx, prefix, codeYear)) + 1;
    const code = formatProductCode({
      provinceCode: product.provinceCode,
      communeCode: product.communeCode,
      serial,
      year: codeYear,
    });
    if (!code.ok) throw new DomainError('VALIDATION_FAILED', code.message);
    const row = await updateProductRow(tx, productId, { ocopCode: code.value, updatedAt: now });
    await recordChange(tx, auditActor, now, {
      entity: 'product',
      entityId: productId,
      action: 'assign_ocop_code',
      before: { ocopCode: null },
      after: { ocopCode: code.value },
    });
    return productViewOf(deps, tx, row);
  });
}
