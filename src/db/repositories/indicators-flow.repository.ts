import { sql } from 'drizzle-orm';
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
  const result = await db.execute(sql`
    with firsts as (
      select p.province_code, min(c.valid_from) as first3,
        min(c.valid_from) filter (where c.stars >= 4) as first4,
        min(c.valid_from) filter (where c.stars >= 5) as first5
      from certificates c join products p on p.id = c.product_id
      where ${where}
      group by p.province_code, c.product_id
    ),
    seq as (
      select p.province_code, c.product_id, c.valid_from, c.stars,
        lag(c.stars) over (partition by c.product_id order by c.valid_from, c.created_at) as previous_stars
      from certificates c join products p on p.id = c.product_id
      where ${where}
    ),
    news as (
      select province_code,
        count(*) filter (where first3 between ${from}::date and ${to}::date)::int as new3,
        count(*) filter (where first4 between ${from}::date and ${to}::date)::int as new4,
        count(*) filter (where first5 between ${from}::date and ${to}::date)::int as new5
      from firsts group by province_code
    ),
    ups as (
      select province_code,
        count(distinct product_id) filter (where stars > previous_stars)::int as upgraded,
        count(distinct product_id)::int as recertified
      from seq
      where valid_from between ${from}::date and ${to}::date and previous_stars is not null
      group by province_code
    )
    select news.province_code, news.new3, news.new4, news.new5, coalesce(ups.upgraded, 0)::int as upgraded,
      coalesce(ups.recertified, 0)::int as recertified
    from news left join ups on ups.province_code = news.province_code`);
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
