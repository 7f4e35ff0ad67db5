import type { DbOrTx } from '../../db/client.ts';
import {
  findMarketplaceById,
  listMarketplaces,
  type MarketplaceRow,
} from '../../db/repositories/marketplaces.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { assertCanManageMarketplaces, type MarketplaceView, toMarketplaceView } from './marketplace-view.ts';

export async function loadMarketplace(db: DbOrTx, id: string): Promise<MarketplaceRow> {
  const row = await findMarketplaceById(db, id);
  if (!row) throw new DomainError('MARKETPLACE_NOT_FOUND', 'Không tìm thấy sàn thương mại.');
  return row;
}

export async function findMarketplaces(deps: AppDeps, actor: Actor): Promise<{ items: MarketplaceView[] }> {
  assertCanManageMarketplaces(actor);
  return { items: (await listMarketplaces(deps.db)).map(toMarketplaceView) };
}

export async function getMarketplace(deps: AppDeps, actor: Actor, id: string): Promise<MarketplaceView> {
  assertCanManageMarketplaces(actor);
  return toMarketplaceView(await loadMarketplace(deps.db, id));
}
