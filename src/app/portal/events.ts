import { listTradeEvents, type TradeEventRow } from '../../db/repositories/portal-places.repository.ts';
import { type EventMonth, splitCalendar } from '../../domain/portal/event-calendar.ts';
import { addDays, vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { type AreaView, provinceView } from './portal-views.ts';

export type EventView = Readonly<{
  slug: string;
  kind: TradeEventRow['kind'];
  name: string;
  place: string;
  province: AreaView | null;
  startsOn: string;
  endsOn: string;
  organiser: string | null;
  website: string | null;
  description: string | null;
}>;

/** How far back the calendar shows past events. */
const PAST_DAYS = 730;

function eventView(deps: AppDeps, row: TradeEventRow): EventView {
  return {
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    place: row.place,
    province: row.provinceCode ? provinceView(deps.adminUnits, row.provinceCode) : null,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    organiser: row.organiser,
    website: row.website,
    description: row.description,
  };
}

/** Fairs running or coming (from today on), soonest first. */
export async function upcomingEvents(deps: AppDeps, limit: number): Promise<EventView[]> {
  const today = vietnamDate(deps.now());
  const rows = await listTradeEvents(deps.db, { endsFrom: today, limit });
  return rows.map((row) => eventView(deps, row));
}

export type EventCalendar = Readonly<{
  today: string;
  upcoming: EventView[];
  pastByMonth: EventMonth<EventView>[];
}>;

/** The calendar: running and coming events, then the last two years' by month. */
export async function getEventCalendar(deps: AppDeps): Promise<EventCalendar> {
  const today = vietnamDate(deps.now());
  const rows = await listTradeEvents(deps.db, { endsFrom: addDays(today, -PAST_DAYS), limit: 1000 });
  return {
    today,
    ...splitCalendar(
      rows.map((row) => eventView(deps, row)),
      today,
    ),
  };
}
