import {
  certifiedProductIdsOfProvince,
  listSalePoints,
  replaceSalePointProducts,
} from '../../db/repositories/sale-points.repository.ts';
import { listTradeEvents } from '../../db/repositories/trade-events.repository.ts';
import { findUserByUsername } from '../../db/repositories/users.repository.ts';
import { addDays, vietnamDate } from '../../domain/registry/calendar-date.ts';
import { DEMO_ACCOUNTS } from '../demo/demo-accounts.ts';
import type { AppDeps } from '../deps.ts';
import { createTradeEvent } from '../trade-events/create-trade-event.ts';
import { toActor } from '../users/public-user.ts';
import { createSalePoint } from './create-sale-point.ts';
import { DEMO_SALE_POINTS, demoTradeEvents } from './seed-demo-data.ts';

const DEMO_ACTOR = { id: null, label: 'system:demo-seed' };
const PROVINCE = '08';

/**
 * Sale points and upcoming fairs of Tuyên Quang for the demo portal, recorded by the demo provincial office
 * through the normal use cases (audited). Re-runnable: a point or event whose name exists is not created again.
 * Returns how many records were created.
 */
export async function seedDemoPortal(deps: AppDeps): Promise<number> {
  const office = DEMO_ACCOUNTS.find((a) => a.role === 'province_officer' && a.provinceCode === PROVINCE);
  const officeRow = office ? await findUserByUsername(deps.db, office.username) : undefined;
  if (!officeRow) return 0;
  const actor = toActor(officeRow);
  let created = 0;

  const points = await listSalePoints(deps.db, { provinceCode: PROVINCE, limit: 1000, offset: 0 });
  const pointNames = new Set(points.items.map((i) => i.salePoint.name));
  // The demo registry's products are old (their certificates may have lapsed): the seed stocks the points
  // directly rather than through the "certificate in force" rule a person adding products is held to.
  const stock = await certifiedProductIdsOfProvince(deps.db, PROVINCE, 6);
  for (const point of DEMO_SALE_POINTS) {
    if (pointNames.has(point.name)) continue;
    const commune = deps.adminUnits.communes2025Of(PROVINCE).find((c) => c.fullName === point.commune);
    const view = await createSalePoint(deps, actor, DEMO_ACTOR, {
      ...point,
      provinceCode: PROVINCE,
      communeCode: commune?.code ?? null,
      level: commune ? point.level : 'province',
    });
    if (point.stocksProducts && stock.length > 0) await replaceSalePointProducts(deps.db, view.id, stock);
    created += 1;
  }

  const today = vietnamDate(deps.now());
  const events = await listTradeEvents(deps.db, {
    provinceCode: PROVINCE,
    from: addDays(today, -400),
    limit: 1000,
    offset: 0,
  });
  const eventNames = new Set(events.items.map((e) => e.name));
  for (const event of demoTradeEvents(today)) {
    if (eventNames.has(event.name)) continue;
    await createTradeEvent(deps, actor, DEMO_ACTOR, { ...event, provinceCode: PROVINCE });
    created += 1;
  }
  return created;
}
