import { type SQL, sql } from 'drizzle-orm';
import { PORTAL_MIN_DESCRIPTION_CHARS } from '../../domain/programme/indicator-param-specs.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { certificateStatusSql } from './certificate-status.sql.ts';

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
export function forceIntervalsSql(scope: ProgrammeScope, restrict: ForceRestriction = {}): SQL {
  const day = restrict.startingBy ? sql`${restrict.startingBy}::date` : null;
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
    where ${inScope(scope, sql`p.province_code`)}
      ${day ? sql`and c.valid_from <= ${day}` : sql``}
      ${
        restrict.onlyRecertifiedAfter
          ? sql`and c.product_id in (select product_id from certificates where valid_from > ${day})`
          : sql``
      }`;
}

/**
 * `startingBy`: only certificates starting on or before that day (a later one cannot change who was in force
 * by then). `onlyRecertifiedAfter`: only products with a certificate starting after that day.
 */
export type ForceRestriction = Readonly<{ startingBy?: string; onlyRecertifiedAfter?: boolean }>;

const IN_FORCE = sql`('valid', 'expiring', 'extended')`;
const hasDescription = sql`char_length(btrim(coalesce(p.description, ''))) >= ${PORTAL_MIN_DESCRIPTION_CHARS}`;

/**
 * The products in force on `asOf` (one row per product, with whether its description is long enough for the
 * portal), as forceIntervalsSql would give them, in two parts:
 * products whose current certificate (the latest start, copied onto the product) started by `asOf` are judged
 * on those copied columns with certificateStatusSql — one scan of products, no window; only the products
 * certified again after `asOf` (few, unless asOf is far back) go through the certificates' history.
 */
export function inForceSql(scope: ProgrammeScope, asOf: string): SQL {
  const day = sql`${asOf}::date`;
  const notArchived = (column: SQL) => sql`(${column} is null or ${vietnamDateSql(column)} > ${day})`;
  return sql`
    select p.id as product_id, p.producer_id, pr.type as producer_type, p.commune_code, p.province_code,
      p.product_set_id, p.current_stars as stars, ${hasDescription} as has_description
    from products p join producers pr on pr.id = p.producer_id
    where ${inScope(scope, sql`p.province_code`)} and p.current_valid_from <= ${day}
      and ${certificateStatusSql(asOf, 'p')} in ${IN_FORCE}
      and ${notArchived(sql`p.archived_at`)} and ${notArchived(sql`pr.archived_at`)}
    union all
    select iv.product_id, iv.producer_id, iv.producer_type, iv.commune_code, iv.province_code, iv.product_set_id,
      iv.stars, ${hasDescription} as has_description
    from (${forceIntervalsSql(scope, { startingBy: asOf, onlyRecertifiedAfter: true })}) iv
    join products p on p.id = iv.product_id
    where iv.start_on <= ${day} and iv.end_on >= ${day}`;
}
