import { type SQL, sql } from 'drizzle-orm';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { inScope } from './indicators-intervals.sql.ts';

/** Certifications in a period, per 2025 province. */
export type CertificationFlowRow = {
  provinceCode: string;
  /** Products whose first certificate of at least 3 / 4 / 5 stars starts in the period. */
  newByMinStars: Record<'3' | '4' | '5', number>;
  /** Products with a certificate starting in the period with more stars than the one before it. */
  upgraded: number;
  /** Products with a certificate starting in the period after an earlier one (any stars). */
  recertified: number;
};

/**
 * Dates are certificates' start dates (valid_from): a certificate revoked later still counted when issued.
 * Archived products are included (they were certified then).
 */
export async function loadCertificationFlow(
  db: DbOrTx,
  scope: ProgrammeScope,
  from: string,
  to: string,
): Promise<CertificationFlowRow[]> {
  const where = inScope(scope, sql`p.province_code`);
  const period = (column: SQL) => sql`${column} between ${from}::date and ${to}::date`;
  // First certificates: one grouping pass over the certificates. Upgrades: only the certificates starting in
  // the period, each with the one before it (certificates_product_idx).
  const result = await db.execute(sql`
    with news as (
      select p.province_code,
        count(*) filter (where ${period(sql`f.first3`)})::int as new3,
        count(*) filter (where ${period(sql`f.first4`)})::int as new4,
        count(*) filter (where ${period(sql`f.first5`)})::int as new5
      from (
        select product_id, min(valid_from) as first3, min(valid_from) filter (where stars >= 4) as first4,
          min(valid_from) filter (where stars >= 5) as first5
        from certificates group by product_id
      ) f
      join products p on p.id = f.product_id
      where ${where} and (${period(sql`f.first3`)} or ${period(sql`f.first4`)} or ${period(sql`f.first5`)})
      group by p.province_code
    ),
    ups as (
      select p.province_code,
        count(distinct c.product_id) filter (where c.stars > previous.stars)::int as upgraded,
        count(distinct c.product_id)::int as recertified
      from certificates c
      join products p on p.id = c.product_id
      cross join lateral (
        select c2.stars from certificates c2
        where c2.product_id = c.product_id and (c2.valid_from, c2.created_at) < (c.valid_from, c.created_at)
        order by c2.valid_from desc, c2.created_at desc limit 1
      ) previous
      where ${where} and ${period(sql`c.valid_from`)}
      group by p.province_code
    )
    select coalesce(news.province_code, ups.province_code) as province_code, coalesce(news.new3, 0) as new3,
      coalesce(news.new4, 0) as new4, coalesce(news.new5, 0) as new5, coalesce(ups.upgraded, 0) as upgraded,
      coalesce(ups.recertified, 0) as recertified
    from news full join ups on ups.province_code = news.province_code`);
  return rowsOf<{
    province_code: string;
    new3: number;
    new4: number;
    new5: number;
    upgraded: number;
    recertified: number;
  }>(result).map((r) => ({
    provinceCode: r.province_code,
    newByMinStars: { '3': Number(r.new3), '4': Number(r.new4), '5': Number(r.new5) },
    upgraded: Number(r.upgraded),
    recertified: Number(r.recertified),
  }));
}
