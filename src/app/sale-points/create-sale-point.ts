import { randomUUID } from 'node:crypto';
import { insertSalePoint, replaceSalePointProducts } from '../../db/repositories/sale-points.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { slugOf } from '../../domain/marketplace/slug.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { validateCarriedProducts } from './carried-products.ts';
import { assertCanManageProvince } from './sale-point-access.ts';
import { type SalePointInput, salePointColumns } from './sale-point-input.ts';
import { type SalePointView, salePointViewOf } from './sale-point-view.ts';

/** Records a sale point (in the actor's province; the ministry anywhere) and the products it carries. */
export async function createSalePoint(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: SalePointInput,
): Promise<SalePointView> {
  assertCanManageProvince(actor, input.provinceCode);
  const now = deps.now();
  const today = vietnamDate(now);
  const columns = salePointColumns(deps, input, today);
  const id = randomUUID();
  return deps.db.transaction(async (tx) => {
    const productIds = await validateCarriedProducts(tx, input.productIds ?? [], new Set(), today);
    const row = await insertSalePoint(tx, {
      ...columns,
      id,
      slug: slugOf(columns.name, id, 'diem-ban'),
      createdAt: now,
      updatedAt: now,
    });
    await replaceSalePointProducts(tx, id, productIds);
    const view = await salePointViewOf(tx, deps.adminUnits, row, today);
    await recordChange(tx, auditActor, now, {
      entity: 'sale_point',
      entityId: id,
      action: 'create',
      after: view,
    });
    return view;
  });
}
