import { findStatusProduct } from '../../db/repositories/marketplaces.repository.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseProductKey } from '../../domain/marketplace/product-key.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { type ProductStatusView, productStatusViewOf } from './product-status.ts';

/** The live OCOP status of the product named by its OCOP code, GTIN or id (public: marketplaces, apps). */
export async function getPublicProductStatus(
  deps: Pick<AppDeps, 'db' | 'config' | 'now'>,
  code: string,
): Promise<ProductStatusView> {
  const key = parseProductKey(code);
  const found = key ? await findStatusProduct(deps.db, key) : undefined;
  if (!found) {
    throw new DomainError(
      'PRODUCT_NOT_FOUND',
      'Không có sản phẩm OCOP nào với mã này (mã sản phẩm OCOP, mã vạch GTIN hoặc mã định danh).',
    );
  }
  return productStatusViewOf(found, vietnamDate(deps.now()), deps.config.publicBaseUrl);
}
