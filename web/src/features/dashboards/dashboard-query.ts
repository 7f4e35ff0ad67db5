import type { DashboardQuery } from '../../api/programme';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrUndefined = (value: string | undefined) => (value && ISO_DATE.test(value) ? value : undefined);

/** The dashboard's day, period and units from the route query (anything malformed: the server's defaults). */
export function readDashboardQuery(route: Readonly<Record<string, string>>): DashboardQuery {
  return {
    asOf: dateOrUndefined(route.asOf),
    from: dateOrUndefined(route.from),
    to: dateOrUndefined(route.to),
    units: route.units === 'pre2025' ? 'pre2025' : undefined,
  };
}

/** Back to a route query: units only when pre-2025 (2025 units are the default). */
export const dashboardRouteQuery = (query: DashboardQuery) => ({
  asOf: query.asOf,
  from: query.from,
  to: query.to,
  units: query.units === 'pre2025' ? 'pre2025' : undefined,
});
