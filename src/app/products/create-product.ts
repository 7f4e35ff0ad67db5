import { randomUUID } from 'node:crypto';
import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { insertProduct, replaceSaleChannels } from '../../db/repositories/products.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertCanAccessRecord } from '../../domain/registry/record-access.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { productViewOf } from './load-product.ts';
import { type ProductInput, productColumns, productSlug } from './product-input.ts';
import type { ProductView } from './product-view.ts';

/** Registers a product of a producer (in the actor's scope; a producer account for itself). */
export async function createProduct(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: ProductInput & { producerId: string },
): Promise<ProductView> {
  if (actor.role === 'council_member')
    throw new DomainError('FORBIDDEN', 'Thành viên hội đồng chỉ xem hồ sơ.');
  const producer = await findProducerById(deps.db, input.producerId);
  if (!producer) {
    throw new DomainError('PRODUCER_NOT_FOUND', 'Không tìm thấy chủ thể.', {
      fieldErrors: [{ field: 'body.producerId', message: 'Chủ thể không tồn tại.' }],
    });
  }
  assertCanAccessRecord(actor, { ...producer, producerId: producer.id });
  if (producer.archivedAt)
    throw new DomainError('ARCHIVED', 'Chủ thể đã lưu trữ; khôi phục trước khi thêm sản phẩm.');
  const { columns, saleChannels } = productColumns(deps, producer, input);
  assertCanAccessRecord(actor, { ...columns, producerId: producer.id });
  const id = randomUUID();
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertProduct(tx, {
      ...columns,
      id,
      slug: productSlug(columns.name, id),
      producerId: producer.id,
      createdAt: now,
      updatedAt: now,
    });
    await replaceSaleChannels(tx, id, saleChannels);
    const view = await productViewOf(deps, tx, row);
    await recordChange(tx, auditActor, now, {
      entity: 'product',
      entityId: id,
      action: 'create',
      after: view,
    });
    return view;
  });
}
