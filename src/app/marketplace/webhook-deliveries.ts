import {
  type DeliveryStatus,
  findDelivery,
  listDeliveries,
  updateDelivery,
  type WebhookDeliveryRow,
} from '../../db/repositories/webhooks.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadMarketplace } from './find-marketplaces.ts';
import { assertCanManageMarketplaces } from './marketplace-view.ts';

export type DeliveryView = {
  id: string;
  event: string;
  product: { id: string; name: string };
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
};

function toDeliveryView(row: WebhookDeliveryRow, productName: string): DeliveryView {
  return {
    id: row.id,
    event: row.event,
    product: { id: row.productId, name: productName },
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A marketplace's recent deliveries (newest first): what was sent, what failed and why. */
export async function findWebhookDeliveries(
  deps: AppDeps,
  actor: Actor,
  marketplaceId: string,
  query: { status?: DeliveryStatus | undefined; page: number; pageSize: number },
): Promise<{ items: DeliveryView[]; total: number }> {
  assertCanManageMarketplaces(actor);
  await loadMarketplace(deps.db, marketplaceId);
  const { items, total } = await listDeliveries(deps.db, {
    marketplaceId,
    status: query.status,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: items.map((i) => toDeliveryView(i.delivery, i.productName)), total };
}

/** Sends a failed delivery again from the next tick, with a fresh set of attempts (after an outage). */
export async function retryWebhookDelivery(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  marketplaceId: string,
  id: string,
): Promise<DeliveryView> {
  assertCanManageMarketplaces(actor);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const marketplace = await loadMarketplace(tx, marketplaceId);
    const found = await findDelivery(tx, marketplaceId, id);
    if (!found) throw new DomainError('WEBHOOK_DELIVERY_NOT_FOUND', 'Không tìm thấy lần gửi thông báo.');
    const before = found.delivery;
    if (before.status !== 'failed' || !marketplace.isActive) {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Chỉ gửi lại được thông báo đã thất bại, tới sàn đang hoạt động.',
        {
          extensions: { state: before.status, allowedActions: [] },
        },
      );
    }
    const after = await updateDelivery(tx, id, {
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'webhook_delivery',
      entityId: id,
      action: 'retry',
      before: { status: before.status, attempts: before.attempts, lastError: before.lastError },
      after: { status: after.status, attempts: after.attempts },
    });
    return toDeliveryView(after, found.productName);
  });
}
