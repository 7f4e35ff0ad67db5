import { findProducerById } from '../../db/repositories/producers.repository.ts';
import {
  listSaleChannels,
  replaceSaleChannels,
  updateProductRow,
} from '../../db/repositories/products.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertCanAccessRecord } from '../../domain/registry/record-access.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadAccessibleProduct, productViewOf } from './load-product.ts';
import { type ProductInput, productColumns } from './product-input.ts';
import type { ProductView } from './product-view.ts';

export type ProductPatch = Partial<ProductInput> & { isArchived?: boolean | undefined };

/** Edits a product (fields, sale channels), or archives / restores it. */
export async function updateProduct(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  patch: ProductPatch,
): Promise<ProductView> {
  if (actor.role === 'council_member')
    throw new DomainError('FORBIDDEN', 'Thành viên hội đồng chỉ xem hồ sơ.');
  const existing = await loadAccessibleProduct(deps.db, actor, id);
  const producer = await findProducerById(deps.db, existing.producerId);
  if (!producer) throw new Error(`product ${id} has no producer`);
  const currentChannels = await listSaleChannels(deps.db, id);
  const { columns, saleChannels } = productColumns(deps, producer, {
    name: patch.name ?? existing.name,
    productSetId: patch.productSetId ?? existing.productSetId,
    communeCode: patch.communeCode ?? existing.communeCode,
    description: patch.description !== undefined ? patch.description : existing.description,
    story: patch.story !== undefined ? patch.story : existing.story,
    gtin: patch.gtin !== undefined ? patch.gtin : existing.gtin,
    packaging: patch.packaging !== undefined ? patch.packaging : existing.packaging,
    unit: patch.unit !== undefined ? patch.unit : existing.unit,
    saleChannels: patch.saleChannels ?? currentChannels.map((c) => c.url),
  });
  assertCanAccessRecord(actor, { ...columns, producerId: producer.id });
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const before = await productViewOf(deps, tx, existing);
    const archivedAt =
      patch.isArchived === undefined
        ? existing.archivedAt
        : patch.isArchived
          ? (existing.archivedAt ?? now)
          : null;
    const row = await updateProductRow(tx, id, { ...columns, archivedAt, updatedAt: now });
    if (patch.saleChannels !== undefined) await replaceSaleChannels(tx, id, saleChannels);
    const after = await productViewOf(deps, tx, row);
    const action = patch.isArchived === true ? 'archive' : patch.isArchived === false ? 'restore' : 'update';
    await recordChange(tx, auditActor, now, { entity: 'product', entityId: id, action, before, after });
    return after;
  });
}
