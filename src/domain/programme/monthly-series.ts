// A monthly history of a level (products in force) from the intervals during which each was in force,
// without evaluating every month: each interval adds 1 from the first month-end point on or after its start
// and removes it from the first point after its end. Counting where intervals start and stop (the SQL
// side groups by the point index) and running sums give every point at once. Pure.
import { addDays, addMonths, type IsoDate } from '../registry/calendar-date.ts';

export type MonthPoint = Readonly<{ month: string; date: IsoDate }>;

const monthIndex = (date: IsoDate): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The last day of each of `months` months ending with asOf's month; the last point is asOf itself. */
export function monthlyPoints(asOf: IsoDate, months: number): MonthPoint[] {
  const firstOfMonth = `${asOf.slice(0, 8)}01`;
  const points: MonthPoint[] = [];
  for (let k = months - 1; k >= 0; k--) {
    const start = addMonths(firstOfMonth, -k);
    const end = k === 0 ? asOf : addDays(addMonths(start, 1), -1);
    points.push({ month: start.slice(0, 7), date: end });
  }
  return points;
}

/** The month index (year × 12 + month − 1) of the first point, as the SQL side needs it. */
export const firstPointMonthIndex = (points: readonly MonthPoint[]): number =>
  points[0] ? monthIndex(`${points[0].month}-01`) : 0;

/**
 * Index of the first point on or after `date`: 0 when on or before the first point, points.length when after
 * the last (asOf). The SQL mirror: `case when d > asOf then n else greatest(0, monthIndex(d) - first) end`.
 */
export function pointIndexOf(date: IsoDate, points: readonly MonthPoint[]): number {
  const last = points[points.length - 1];
  if (!last || date > last.date) return points.length;
  return Math.max(0, monthIndex(date) - firstPointMonthIndex(points));
}

/** Level at each point: starts counted from their index on, ends (index of end + 1 day) removed from theirs. */
export function cumulativeSeries(
  starts: ReadonlyMap<number, number>,
  ends: ReadonlyMap<number, number>,
  points: number,
): number[] {
  const series: number[] = [];
  let level = 0;
  for (let k = 0; k < points; k++) {
    level += (starts.get(k) ?? 0) - (ends.get(k) ?? 0);
    series.push(level);
  }
  return series;
}
