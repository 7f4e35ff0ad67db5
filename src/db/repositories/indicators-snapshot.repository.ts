import { sql } from 'drizzle-orm';
import type { CertifiedSnapshot, ChannelCombo, StarCounts } from '../../domain/programme/indicator-inputs.ts';
import { CHANNEL_KINDS_OF } from '../../domain/programme/indicator-param-specs.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { inForceSql, vietnamDateSql } from './indicators-intervals.sql.ts';

const kindsList = (kinds: readonly string[]) =>
  sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );

/**
 * One pass over the products in force on `asOf`, each with what it is known for: its sale channels by group,
 * whether an active supermarket/market sale point (recognised by then) carries it, whether it has a photo added
 * by then (with the description, "introduced" on the portal); then counted per product and per producer.
 * A producer is in a channel group when one of its products in force is.
 */
export async function loadCertifiedSnapshot(
  db: DbOrTx,
  scope: ProgrammeScope,
  asOf: string,
): Promise<CertifiedSnapshot> {
  const day = sql`${asOf}::date`;
  const result = await db.execute(sql`
    with cur as materialized (${inForceSql(scope, asOf)}),
    channels as (
      select product_id, bool_or(kind in (${kindsList(CHANNEL_KINDS_OF.ecommerce)})) as ecommerce,
        bool_or(kind in (${kindsList(CHANNEL_KINDS_OF.social)})) as social,
        bool_or(kind in (${kindsList(CHANNEL_KINDS_OF.website)})) as website
      from product_sale_channels group by product_id
    ),
    retail as (
      select distinct spp.product_id from sale_point_products spp join sale_points sp on sp.id = spp.sale_point_id
      where sp.is_active and sp.location_type = 'retail'
        and coalesce(sp.recognised_on, ${vietnamDateSql(sql`sp.created_at`)}) <= ${day}
    ),
    photographed as (
      select distinct product_id from product_photos where ${vietnamDateSql(sql`created_at`)} <= ${day}
    ),
    enriched as materialized (
      select cur.stars, cur.commune_code, cur.producer_id, cur.producer_type,
        coalesce(ch.ecommerce, false) as ecommerce, coalesce(ch.social, false) as social,
        coalesce(ch.website, false) as website, r.product_id is not null as retail,
        cur.has_description and ph.product_id is not null as listed
      from cur left join channels ch on ch.product_id = cur.product_id
      left join retail r on r.product_id = cur.product_id
      left join photographed ph on ph.product_id = cur.product_id
    ),
    prod as (
      select producer_id, producer_type, bool_or(ecommerce) as ecommerce, bool_or(retail) as retail,
        bool_or(social) as social, bool_or(website) as website
      from enriched group by producer_id, producer_type
    )
    select
      (select coalesce(json_object_agg(stars, n), '{}') from
        (select stars, count(*)::int as n from enriched group by stars) x) as by_stars,
      (select json_build_object('3', count(distinct commune_code),
        '4', count(distinct commune_code) filter (where stars >= 4),
        '5', count(distinct commune_code) filter (where stars >= 5)) from enriched) as communes,
      (select coalesce(json_object_agg(producer_type, n), '{}') from
        (select producer_type, count(*)::int as n from prod group by producer_type) x) as by_type,
      (select coalesce(json_agg(x), '[]') from
        (select ecommerce, retail, social, website, count(*)::int as producers from prod group by 1, 2, 3, 4) x)
        as channels,
      (select count(*)::int from enriched where listed) as listed`);
  const row = rowsOf<{
    by_stars: Partial<StarCounts>;
    communes: StarCounts;
    by_type: Record<string, number>;
    channels: ChannelCombo[];
    listed: number;
  }>(result)[0];
  if (!row) throw new Error('snapshot query returned no row');
  return {
    productsByStars: row.by_stars,
    communesByMinStars: row.communes,
    producersByType: row.by_type,
    channelCombos: row.channels,
    listedProducts: Number(row.listed),
  };
}
