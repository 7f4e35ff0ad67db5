import type { DbOrTx } from '../../db/client.ts';
import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { listProductPhotos } from '../../db/repositories/product-photos.repository.ts';
import {
  findProductById,
  listCertificates,
  listSaleChannels,
  type ProductRow,
} from '../../db/repositories/products.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { assertCanAccessRecord } from '../../domain/registry/record-access.ts';
import type { AppDeps } from '../deps.ts';
import { type ProductView, toProductView } from './product-view.ts';

/** The product with everything its view needs. */
export async function productViewOf(deps: AppDeps, db: DbOrTx, row: ProductRow): Promise<ProductView> {
  // Sequential: inside a transaction `db` is one connection, which cannot run queries concurrently.
  const producer = await findProducerById(db, row.producerId);
  const channels = await listSaleChannels(db, row.id);
  const certificates = await listCertificates(db, row.id);
  const photos = await listProductPhotos(db, row.id);
  if (!producer) throw new Error(`product ${row.id} has no producer ${row.producerId}`);
  return toProductView(row, producer, channels, certificates, photos, {
    units: deps.adminUnits,
    productSets: deps.productSets,
    today: vietnamDate(deps.now()),
  });
}

/** A product the actor may see (404 when missing, 403 outside their scope). */
export async function loadAccessibleProduct(db: DbOrTx, actor: Actor, id: string): Promise<ProductRow> {
  const row = await findProductById(db, id);
  if (!row) throw new DomainError('PRODUCT_NOT_FOUND', 'Không tìm thấy sản phẩm.');
  assertCanAccessRecord(actor, row);
  return row;
}
