import { type SQL, sql } from 'drizzle-orm';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { forceIntervalsSql } from './indicators-intervals.sql.ts';

/** Where in-force intervals start (+1) and stop (−1), by point index, stars and group (monthly-series.ts). */
export type HistoryEdge = { group: string; stars: number; edge: 'start' | 'end'; k: number; n: number };

export type HistoryPoints = Readonly<{
  /** Month index (year × 12 + month − 1) of the first point. */
  firstMonthIndex: number;
  /** The date of the first point (the end of the first month). */
  firstDate: string;
  /** The last point (asOf). */
  asOf: string;
  count: number;
}>;

/**
 * The SQL side of cumulativeSeries(): for every in-force interval in scope, the index of the first point on
 * or after its start and of the first point after its end (pointIndexOf), counted. `groups` (2025 commune →
 * any key, e.g. the old province) splits the history by that key (communes not in it: group ''); without it
 * there is one group ''.
 */
export async function loadHistoryEdges(
  db: DbOrTx,
  scope: ProgrammeScope,
  points: HistoryPoints,
  groups?: ReadonlyMap<string, string>,
): Promise<HistoryEdge[]> {
  const n = points.count;
  const k = (day: SQL) => sql`case when ${day} > ${points.asOf}::date then ${n}::int
    else greatest(0, (extract(year from ${day})::int * 12 + extract(month from ${day})::int - 1) - ${points.firstMonthIndex}::int) end`;
  const json = groups ? JSON.stringify([...groups].map(([commune, grp]) => ({ commune, grp }))) : null;
  const groupJoin = json
    ? sql`left join json_to_recordset(${json}::json) as m(commune text, grp text) on m.commune = iv.commune_code`
    : sql``;
  const result = await db.execute(sql`
    with e as (
      select ${json ? sql`coalesce(m.grp, '')` : sql`''`} as grp, iv.stars, ${k(sql`iv.start_on`)} as ks, ${k(sql`(iv.end_on + 1)`)} as ke
      from (${forceIntervalsSql(scope, { startingBy: points.asOf })}) iv ${groupJoin}
      where iv.end_on >= iv.start_on and iv.end_on >= ${points.firstDate}::date
    )
    select grp, stars, 'start' as edge, ks as k, count(*)::int as n from e where ks < ${n}::int group by grp, stars, ks
    union all
    select grp, stars, 'end' as edge, ke as k, count(*)::int as n from e where ke < ${n}::int group by grp, stars, ke`);
  return rowsOf<{ grp: string; stars: number; edge: 'start' | 'end'; k: number; n: number }>(result).map(
    (r) => ({
      group: r.grp,
      stars: Number(r.stars),
      edge: r.edge,
      k: Number(r.k),
      n: Number(r.n),
    }),
  );
}
