import { sql } from 'drizzle-orm';
import type { YearlyFigures } from '../../domain/programme/indicator-inputs.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { inScope } from './indicators-intervals.sql.ts';

/** Figures the producers of the scope reported for `year` (producer_yearly_figures). */
export async function loadYearlyFigures(
  db: DbOrTx,
  scope: ProgrammeScope,
  year: number,
  range: { minRatio: number; maxRatio: number },
): Promise<YearlyFigures> {
  const result = await db.execute(sql`
    with f as (
      select f.producer_id, f.year, f.revenue_vnd, f.jobs from producer_yearly_figures f
      join producers pr on pr.id = f.producer_id
      where f.year in (${year}::int, ${year - 1}::int) and ${inScope(scope, sql`pr.province_code`)}
    )
    select
      (select coalesce(sum(revenue_vnd), 0)::text from f where year = ${year}::int) as revenue,
      (select count(revenue_vnd)::int from f where year = ${year}::int) as revenue_reporters,
      (select coalesce(sum(jobs), 0)::text from f where year = ${year}::int) as jobs,
      (select count(jobs)::int from f where year = ${year}::int) as jobs_reporters,
      (select json_build_object('n', count(*), 'grew', count(*) filter (
          where cur.revenue_vnd::numeric / prev.revenue_vnd between ${range.minRatio}::numeric and ${range.maxRatio}::numeric))
        from f cur join f prev on prev.producer_id = cur.producer_id and prev.year = ${year - 1}::int
        where cur.year = ${year}::int and cur.revenue_vnd is not null and prev.revenue_vnd > 0) as growth`);
  const row = rowsOf<{
    revenue: string;
    revenue_reporters: number;
    jobs: string;
    jobs_reporters: number;
    growth: { n: number; grew: number };
  }>(result)[0];
  return {
    year,
    revenueVnd: Number(row?.revenue ?? 0),
    revenueReporters: Number(row?.revenue_reporters ?? 0),
    jobs: Number(row?.jobs ?? 0),
    jobsReporters: Number(row?.jobs_reporters ?? 0),
    comparable: Number(row?.growth.n ?? 0),
    grewWithinRange: Number(row?.growth.grew ?? 0),
  };
}
