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
  // One pass: each producer's revenue of the year and of the year before side by side (no self-join).
  const result = await db.execute(sql`
    with f as (
      select f.producer_id,
        max(f.revenue_vnd) filter (where f.year = ${year}::int) as revenue,
        max(f.revenue_vnd) filter (where f.year = ${year - 1}::int) as previous,
        max(f.jobs) filter (where f.year = ${year}::int) as jobs
      from producer_yearly_figures f
      join producers pr on pr.id = f.producer_id
      where f.year in (${year}::int, ${year - 1}::int) and ${inScope(scope, sql`pr.province_code`)}
      group by f.producer_id
    )
    select coalesce(sum(revenue), 0)::text as revenue, count(revenue)::int as revenue_reporters,
      coalesce(sum(jobs), 0)::text as jobs, count(jobs)::int as jobs_reporters,
      json_build_object(
        'n', count(*) filter (where revenue is not null and previous > 0),
        'grew', count(*) filter (where revenue is not null and previous > 0 and revenue::numeric / previous
          between ${range.minRatio}::numeric and ${range.maxRatio}::numeric)) as growth
    from f`);
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
