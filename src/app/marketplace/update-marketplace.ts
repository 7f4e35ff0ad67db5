import { updateMarketplaceRow } from '../../db/repositories/marketplaces.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadMarketplace } from './find-marketplaces.ts';
import {
  assertCanManageMarketplaces,
  type MarketplaceView,
  type MarketplaceWithSecret,
  newWebhookSecret,
  toMarketplaceView,
} from './marketplace-view.ts';
import { webhookUrlOf } from './register-marketplace.ts';

/** Renames, moves the webhook address, deactivates (no new deliveries; pending ones fail) or reactivates. */
export async function updateMarketplace(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  input: { name?: string | undefined; webhookUrl?: string | undefined; isActive?: boolean | undefined },
): Promise<MarketplaceView> {
  assertCanManageMarketplaces(actor);
  const webhookUrl = input.webhookUrl === undefined ? undefined : webhookUrlOf(input.webhookUrl);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const before = toMarketplaceView(await loadMarketplace(tx, id));
    const row = await updateMarketplaceRow(tx, id, {
      ...(input.name === undefined ? {} : { name: input.name.normalize('NFC').trim() }),
      ...(webhookUrl === undefined ? {} : { webhookUrl }),
      ...(input.isActive === undefined ? {} : { isActive: input.isActive }),
      updatedAt: now,
    });
    const after = toMarketplaceView(row);
    const action =
      before.isActive && !after.isActive
        ? 'deactivate'
        : !before.isActive && after.isActive
          ? 'activate'
          : 'update';
    await recordChange(tx, auditActor, now, { entity: 'marketplace', entityId: id, action, before, after });
    return after;
  });
}

/** A new secret (the old one stops working at once); shown this once only. */
export async function rotateMarketplaceSecret(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
): Promise<MarketplaceWithSecret> {
  assertCanManageMarketplaces(actor);
  const now = deps.now();
  const secret = newWebhookSecret();
  return deps.db.transaction(async (tx) => {
    await loadMarketplace(tx, id);
    const view = toMarketplaceView(await updateMarketplaceRow(tx, id, { secret, updatedAt: now }));
    await recordChange(tx, auditActor, now, {
      entity: 'marketplace',
      entityId: id,
      action: 'rotate-secret',
      after: view,
    });
    return { ...view, secret };
  });
}
