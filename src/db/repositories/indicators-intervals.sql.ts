import { type SQL, sql } from 'drizzle-orm';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';

/** `column = province` for a province scope, nothing for the whole country. */
export function inScope(scope: ProgrammeScope, column: SQL): SQL {
  return scope.kind === 'national' ? sql`true` : sql`${column} = ${scope.provinceCode}`;
}

/** The civil date in Vietnam (UTC+7) of a timestamptz, the SQL twin of vietnamDate(). */
export const vietnamDateSql = (column: SQL): SQL =>
  sql`((${column} at time zone 'UTC') + interval '7 hours')::date`;

/**
 * One row per certificate of the products in scope: the days [start_on, end_on] during which the product was
 * in force (valid, expiring or extended) with that certificate's stars. It applies certificateStatus() (and
 * its SQL mirror) to history: on a day D the product's certificate is the one with the latest start on or
 * before D (then the latest recorded), so a certificate stops the day before the next one starts; it stops
 * the day before its revocation (with a ground), at its expiry, or 180 days after it when a re-evaluation
 * dossier was pending on or before the expiry (Art. 12.3); and the day before the product or its producer
 * was archived. end_on < start_on means the certificate never counted (superseded the day it started).
 * Products are located in 2025 communes, so every count built on this is in 2025 units.
 */
export function forceIntervalsSql(scope: ProgrammeScope): SQL {
  return sql`
    select p.id as product_id, p.producer_id, pr.type as producer_type, p.commune_code, p.province_code,
      p.product_set_id, c.stars, c.valid_from as start_on,
      least(
        case when c.re_evaluation_pending_since is not null and c.re_evaluation_pending_since <= c.valid_to
          then c.valid_to + 180 else c.valid_to end,
        case when c.revocation_ground is not null then c.revoked_on - 1 end,
        lead(c.valid_from) over (partition by c.product_id order by c.valid_from, c.created_at) - 1,
        ${vietnamDateSql(sql`p.archived_at`)} - 1,
        ${vietnamDateSql(sql`pr.archived_at`)} - 1
      ) as end_on
    from certificates c
    join products p on p.id = c.product_id
    join producers pr on pr.id = p.producer_id
    where ${inScope(scope, sql`p.province_code`)}`;
}

/** The products in force on `asOf` (at most one row per product): forceIntervalsSql filtered to the day. */
export function inForceSql(scope: ProgrammeScope, asOf: string): SQL {
  return sql`select * from (${forceIntervalsSql(scope)}) iv
    where iv.start_on <= ${asOf}::date and iv.end_on >= ${asOf}::date`;
}
