import { insertMarketplace } from '../../db/repositories/marketplaces.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { parseWebhookUrl } from '../../domain/marketplace/webhook-url.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import {
  assertCanManageMarketplaces,
  type MarketplaceWithSecret,
  newWebhookSecret,
  toMarketplaceView,
} from './marketplace-view.ts';

/** The normalised webhook address, or a 400 on body.webhookUrl. */
export function webhookUrlOf(text: string): string {
  const parsed = parseWebhookUrl(text);
  if (!parsed.ok) throw validationError([{ field: 'body.webhookUrl', message: parsed.message }]);
  return parsed.value;
}

/** Registers a marketplace; the answer carries the signing secret, shown this once only. */
export async function registerMarketplace(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: { name: string; webhookUrl: string },
): Promise<MarketplaceWithSecret> {
  assertCanManageMarketplaces(actor);
  const webhookUrl = webhookUrlOf(input.webhookUrl);
  const now = deps.now();
  const secret = newWebhookSecret();
  return deps.db.transaction(async (tx) => {
    const row = await insertMarketplace(tx, {
      name: input.name.normalize('NFC').trim(),
      webhookUrl,
      secret,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    const view = toMarketplaceView(row);
    await recordChange(tx, auditActor, now, {
      entity: 'marketplace',
      entityId: row.id,
      action: 'create',
      after: view,
    });
    return { ...view, secret };
  });
}
