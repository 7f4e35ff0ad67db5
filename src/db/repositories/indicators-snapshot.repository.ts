import { sql } from 'drizzle-orm';
import type { CertifiedSnapshot, ChannelCombo, StarCounts } from '../../domain/programme/indicator-inputs.ts';
import {
  CHANNEL_KINDS_OF,
  PORTAL_MIN_DESCRIPTION_CHARS,
} from '../../domain/programme/indicator-param-specs.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { inForceSql, vietnamDateSql } from './indicators-intervals.sql.ts';

const kindsList = (kinds: readonly string[]) =>
  sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );

export async function loadCertifiedSnapshot(
  db: DbOrTx,
  scope: ProgrammeScope,
  asOf: string,
): Promise<CertifiedSnapshot> {
  const result = await db.execute(sql`
    with cur as materialized (${inForceSql(scope, asOf)}),
    prod as (select distinct producer_id, producer_type from cur),
    online as (
      select p.producer_id,
        bool_or(sc.kind in (${kindsList(CHANNEL_KINDS_OF.ecommerce)})) as ecommerce,
        bool_or(sc.kind in (${kindsList(CHANNEL_KINDS_OF.social)})) as social,
        bool_or(sc.kind in (${kindsList(CHANNEL_KINDS_OF.website)})) as website
      from products p join product_sale_channels sc on sc.product_id = p.id
      where p.archived_at is null and p.producer_id in (select producer_id from prod)
      group by p.producer_id
    ),
    retail as (
      select distinct p.producer_id from products p
      join sale_point_products spp on spp.product_id = p.id
      join sale_points sp on sp.id = spp.sale_point_id
      where p.archived_at is null and p.producer_id in (select producer_id from prod)
        and sp.is_active and sp.location_type = 'retail'
        and coalesce(sp.recognised_on, ${vietnamDateSql(sql`sp.created_at`)}) <= ${asOf}::date
    )
    select
      (select coalesce(json_object_agg(stars, n), '{}') from
        (select stars, count(*)::int as n from cur group by stars) x) as by_stars,
      (select json_build_object('3', count(distinct commune_code),
        '4', count(distinct commune_code) filter (where stars >= 4),
        '5', count(distinct commune_code) filter (where stars >= 5)) from cur) as communes,
      (select coalesce(json_object_agg(producer_type, n), '{}') from
        (select producer_type, count(*)::int as n from prod group by producer_type) x) as by_type,
      (select coalesce(json_agg(x), '[]') from
        (select coalesce(o.ecommerce, false) as ecommerce, r.producer_id is not null as retail,
          coalesce(o.social, false) as social, coalesce(o.website, false) as website, count(*)::int as producers
         from prod left join online o on o.producer_id = prod.producer_id
         left join retail r on r.producer_id = prod.producer_id group by 1, 2, 3, 4) x) as channels,
      (select count(*)::int from cur join products p on p.id = cur.product_id
        where char_length(btrim(coalesce(p.description, ''))) >= ${PORTAL_MIN_DESCRIPTION_CHARS}
          and exists (select 1 from product_photos ph where ph.product_id = p.id
            and ${vietnamDateSql(sql`ph.created_at`)} <= ${asOf}::date)) as listed`);
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
