import { sql } from 'drizzle-orm';
import type { TradeEventCounts, TrainingCounts } from '../../domain/programme/indicator-inputs.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { OFFICIAL_ROLES } from '../../domain/training/coverage.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { inScope, vietnamDateSql } from './indicators-intervals.sql.ts';

/**
 * Sale points open on `asOf`, per province and level: active now and recognised (or, without a recognition
 * date, recorded) by then. Closing dates are not kept, so a point closed since is missing from the past too.
 */
export async function loadSalePointCounts(
  db: DbOrTx,
  scope: ProgrammeScope,
  asOf: string,
): Promise<{ provinceCode: string; level: string; count: number }[]> {
  const result = await db.execute(sql`
    select province_code, level, count(*)::int as n from sale_points
    where is_active and ${inScope(scope, sql`province_code`)}
      and coalesce(recognised_on, ${vietnamDateSql(sql`created_at`)}) <= ${asOf}::date
    group by province_code, level`);
  return rowsOf<{ province_code: string; level: string; n: number }>(result).map((r) => ({
    provinceCode: r.province_code,
    level: r.level,
    count: Number(r.n),
  }));
}

/**
 * Officials: active accounts of OFFICIAL_ROLES (province and commune officers) of the scope that existed by the
 * period end (the same base as the training module's coverage);
 * trained: those who completed a course starting in the period. Producers trained: distinct producers of the
 * scope with a participant who completed such a course.
 */
export async function loadTrainingCounts(
  db: DbOrTx,
  scope: ProgrammeScope,
  from: string,
  to: string,
): Promise<TrainingCounts> {
  const inPeriod = sql`tc.starts_on between ${from}::date and ${to}::date and tp.completed = 'yes'`;
  const result = await db.execute(sql`
    with officials as (
      select u.id from users u
      where u.is_active and u.role in (${sql.join(
        OFFICIAL_ROLES.map((r) => sql`${r}`),
        sql`, `,
      )})
        and ${inScope(scope, sql`u.province_code`)} and ${vietnamDateSql(sql`u.created_at`)} <= ${to}::date
    )
    select (select count(*)::int from officials) as officials,
      (select count(distinct tp.user_id)::int from training_participants tp
        join training_courses tc on tc.id = tp.course_id
        where tp.kind = 'official' and ${inPeriod} and tp.user_id in (select id from officials)) as trained,
      (select count(distinct tp.producer_id)::int from training_participants tp
        join training_courses tc on tc.id = tp.course_id
        join producers pr on pr.id = tp.producer_id
        where tp.kind = 'producer' and ${inPeriod} and ${inScope(scope, sql`pr.province_code`)}) as producers`);
  const row = rowsOf<{ officials: number; trained: number; producers: number }>(result)[0];
  return {
    officials: Number(row?.officials ?? 0),
    officialsTrained: Number(row?.trained ?? 0),
    producersTrained: Number(row?.producers ?? 0),
  };
}

/** Support granted in the period, by kind: how many grants and how much (VND, where an amount was given). */
export async function loadSupportByKind(
  db: DbOrTx,
  scope: ProgrammeScope,
  from: string,
  to: string,
): Promise<{ kind: string; count: number; amountVnd: number }[]> {
  const result = await db.execute(sql`
    select kind, count(*)::int as n, coalesce(sum(amount_vnd), 0)::text as amount from support_records
    where ${inScope(scope, sql`province_code`)} and granted_on between ${from}::date and ${to}::date
    group by kind`);
  return rowsOf<{ kind: string; n: number; amount: string }>(result).map((r) => ({
    kind: r.kind,
    count: Number(r.n),
    amountVnd: Number(r.amount),
  }));
}

/**
 * Events of the scope starting in the period (a national view counts every event, national ones included);
 * contracts recorded for those events, attributed to the producer's province (else the event's).
 */
export async function loadTradeEventCounts(
  db: DbOrTx,
  scope: ProgrammeScope,
  from: string,
  to: string,
): Promise<TradeEventCounts> {
  const period = sql`e.starts_on between ${from}::date and ${to}::date`;
  const result = await db.execute(sql`
    select
      (select coalesce(json_object_agg(kind, n), '{}') from (select e.kind, count(*)::int as n from trade_events e
        where ${period} and ${inScope(scope, sql`e.province_code`)} group by e.kind) x) as events,
      (select json_build_object('n', count(*), 'value', coalesce(sum(o.value_vnd), 0)::text)
        from trade_event_outcomes o join trade_events e on e.id = o.event_id
        left join producers pr on pr.id = o.producer_id
        where o.kind = 'contract' and ${period}
          and ${inScope(scope, sql`coalesce(pr.province_code, e.province_code)`)}) as contracts`);
  const row = rowsOf<{ events: Record<string, number>; contracts: { n: number; value: string } }>(result)[0];
  return {
    eventsByKind: row?.events ?? {},
    contracts: Number(row?.contracts.n ?? 0),
    contractsValueVnd: Number(row?.contracts.value ?? 0),
  };
}
