import type { DbOrTx } from '../../db/client.ts';
import { findProductsByIds } from '../../db/repositories/sale-points.repository.ts';
import type { FieldError } from '../../domain/errors.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';

/** Certificate statuses a product may be newly added to a sale point with. */
const CARRIABLE = new Set(['valid', 'expiring', 'extended', 'not_yet_valid']);

/**
 * The distinct products a sale point is to carry. Any OCOP product of any province; a product newly added
 * must exist, not be archived and hold a certificate in force. Products already carried stay even if their
 * certificate lapsed since (the portal shows their status), so editing a phone number never fails on them.
 */
export async function validateCarriedProducts(
  db: DbOrTx,
  productIds: readonly string[],
  alreadyCarried: ReadonlySet<string>,
  today: string,
): Promise<string[]> {
  const ids = [...new Set(productIds)];
  const found = new Map((await findProductsByIds(db, ids, today)).map((p) => [p.id, p]));
  const errors: FieldError[] = [];
  productIds.forEach((id, i) => {
    if (alreadyCarried.has(id)) return;
    const product = found.get(id);
    const field = `body.productIds.${i}`;
    if (!product) errors.push({ field, message: 'Không tìm thấy sản phẩm.' });
    else if (product.isArchived) errors.push({ field, message: `Sản phẩm "${product.name}" đã lưu trữ.` });
    else if (!CARRIABLE.has(product.status))
      errors.push({
        field,
        message: `Sản phẩm "${product.name}" không có giấy chứng nhận OCOP còn hiệu lực.`,
      });
  });
  throwIfInvalid(errors);
  return ids;
}
