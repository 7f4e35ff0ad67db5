import type { TradeEventRow } from '../../db/repositories/trade-events.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { TradeEventKind } from '../../domain/marketplace/trade-event-kinds.ts';
import { assertCanManageProvince } from '../sale-points/sale-point-access.ts';

export type TradeEventView = {
  id: string;
  slug: string;
  kind: TradeEventKind;
  name: string;
  /** null: a national event. */
  province: { code: string; name: string } | null;
  place: string;
  startsOn: string;
  endsOn: string;
  organiser: string | null;
  website: string | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
};

export function toTradeEventView(row: TradeEventRow, adminUnits: AdminUnitsIndex): TradeEventView {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    province: row.provinceCode
      ? { code: row.provinceCode, name: adminUnits.province2025(row.provinceCode)?.name ?? '' }
      : null,
    place: row.place,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    organiser: row.organiser,
    website: row.website,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A province's events are its OCOP office's; national events (no province) the ministry's. */
export function assertCanManageEvent(actor: Actor, provinceCode: string | null): void {
  if (provinceCode !== null) {
    assertCanManageProvince(actor, provinceCode);
  } else if (actor.role !== 'ministry_admin') {
    throw new DomainError('FORBIDDEN_SCOPE', 'Sự kiện toàn quốc do Bộ quản lý; hãy chọn tỉnh của bạn.');
  }
}
