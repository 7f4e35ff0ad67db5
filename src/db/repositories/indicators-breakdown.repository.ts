import { sql } from 'drizzle-orm';
import type { InForceBreakdown } from '../../domain/programme/dashboard-breakdowns.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { inForceSql } from './indicators-intervals.sql.ts';

const rows = (select: string) => sql.raw(`(select coalesce(json_agg(x), '[]') from (${select}) x)`);

/**
 * The products in force on `asOf` in scope, counted every way a dashboard shows them, in one pass over the
 * certificates: by province and stars, per province (communes covered, producers), by commune and stars
 * (`withCommunes`: always for a province; for the country only when regrouping by pre-2025 units), by product
 * set, and by producer type.
 */
export async function loadInForceBreakdown(
  db: DbOrTx,
  scope: ProgrammeScope,
  asOf: string,
  withCommunes: boolean,
): Promise<InForceBreakdown> {
  const result = await db.execute(sql`
    with cur as materialized (${inForceSql(scope, asOf)})
    select
      ${rows('select province_code as code, stars, count(*)::int as n from cur group by 1, 2')} as by_province_stars,
      ${rows(`select province_code as code, count(distinct commune_code)::int as communes,
        count(distinct producer_id)::int as producers from cur group by 1`)} as by_province,
      ${withCommunes ? rows('select commune_code as code, stars, count(*)::int as n from cur group by 1, 2') : sql`'[]'::json`} as by_commune_stars,
      ${rows('select product_set_id as id, count(*)::int as n from cur group by 1')} as by_set,
      ${rows(`select producer_type as type, count(distinct producer_id)::int as producers, count(*)::int as products
        from cur group by 1`)} as by_type`);
  const row = rowsOf<{
    by_province_stars: InForceBreakdown['byProvinceStars'];
    by_province: InForceBreakdown['byProvince'];
    by_commune_stars: InForceBreakdown['byCommuneStars'];
    by_set: InForceBreakdown['bySet'];
    by_type: InForceBreakdown['byType'];
  }>(result)[0];
  if (!row) throw new Error('breakdown query returned no row');
  return {
    byProvinceStars: row.by_province_stars,
    byProvince: row.by_province,
    byCommuneStars: row.by_commune_stars,
    bySet: row.by_set,
    byType: row.by_type,
  };
}
