import {
  deleteSalePointRow,
  findSalePointById,
  productsOfSalePoint,
  replaceSalePointProducts,
  type SalePointRecord,
  updateSalePointRow,
} from '../../db/repositories/sale-points.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SalePointLevel, SalePointLocationType } from '../../domain/marketplace/sale-point-rules.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { validateCarriedProducts } from './carried-products.ts';
import { assertCanManageProvince } from './sale-point-access.ts';
import { type SalePointInput, salePointColumns } from './sale-point-input.ts';
import { type SalePointView, salePointViewOf } from './sale-point-view.ts';

export type SalePointPatch = Partial<SalePointInput>;

function inputOf(row: SalePointRecord): SalePointInput {
  return {
    ...row,
    level: row.level as SalePointLevel,
    locationType: (row.locationType ?? 'other') as SalePointLocationType,
  };
}

async function loadForChange(deps: AppDeps, actor: Actor, id: string): Promise<SalePointRecord> {
  const row = await findSalePointById(deps.db, id);
  if (!row) throw new DomainError('SALE_POINT_NOT_FOUND', 'Không tìm thấy điểm bán.');
  assertCanManageProvince(actor, row.provinceCode);
  return row;
}

/** Changes any field, the products carried (the whole list when given) or deactivates (isActive=false). */
export async function updateSalePoint(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  patch: SalePointPatch,
): Promise<SalePointView> {
  const current = await loadForChange(deps, actor, id);
  const merged = { ...inputOf(current), ...patch };
  assertCanManageProvince(actor, merged.provinceCode);
  const now = deps.now();
  const today = vietnamDate(now);
  const columns = salePointColumns(deps, merged, today);
  return deps.db.transaction(async (tx) => {
    const before = await salePointViewOf(tx, deps.adminUnits, current, today);
    if (patch.productIds !== undefined) {
      const carried = new Set(before.products.map((p) => p.id));
      await replaceSalePointProducts(
        tx,
        id,
        await validateCarriedProducts(tx, patch.productIds, carried, today),
      );
    }
    const row = await updateSalePointRow(tx, id, { ...columns, updatedAt: now });
    const after = await salePointViewOf(tx, deps.adminUnits, row, today);
    await recordChange(tx, auditActor, now, {
      entity: 'sale_point',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}

/** Removes a sale point recorded by mistake (a closed one is deactivated instead, keeping its history). */
export async function deleteSalePoint(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
): Promise<void> {
  const current = await loadForChange(deps, actor, id);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const products = await productsOfSalePoint(tx, id, vietnamDate(now));
    await deleteSalePointRow(tx, id);
    await recordChange(tx, auditActor, now, {
      entity: 'sale_point',
      entityId: id,
      action: 'delete',
      before: { ...current, productIds: products.map((p) => p.id) },
    });
  });
}
