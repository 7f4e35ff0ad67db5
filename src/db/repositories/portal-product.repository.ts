import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../client.ts';

/** A sale point as the portal shows it (the columns of sale_points it needs). */
export type PortalSalePoint = {
  slug: string;
  name: string;
  address: string;
  provinceCode: string;
  communeCode: string | null;
  lat: string | null;
  lon: string | null;
  level: 'commune' | 'province' | 'national';
  locationType: string | null;
  phone: string | null;
  openingHours: string | null;
  website: string | null;
  recognisedBy: string | null;
  recognisedOn: string | null;
};

/** Everything a public product page shows, in one row (one round trip). */
export type PortalProductRow = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  story: string | null;
  gtin: string | null;
  packaging: string | null;
  unit: string | null;
  ocop_code: string | null;
  product_set_id: number | null;
  province_code: string;
  commune_code: string;
  producer_id: string;
  producer_name: string;
  producer_type: string;
  producer_website: string | null;
  certificate_id: string | null;
  stars: number | null;
  number: string | null;
  valid_from: string | null;
  valid_to: string | null;
  dates_precision: string | null;
  revoked_on: string | null;
  revocation_ground: string | null;
  re_evaluation_since: string | null;
  revocation_decision: string | null;
  photos: { fileKey: string; width: number; height: number }[];
  channels: { kind: string; url: string }[];
  /** Active sale points carrying the product, by province code and name; at most `salePointLimit`. */
  sale_points: PortalSalePoint[];
};

const parsed = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * The product (not archived, producer not archived) with its current certificate (latest start), the
 * revoking decision's number, photos, sale channels and sale points. Undefined when there is no such product.
 */
export async function loadPortalProduct(
  db: DbOrTx,
  slug: string,
  salePointLimit: number,
): Promise<PortalProductRow | undefined> {
  const result = await db.execute(sql`
    select p.id, p.slug, p.name, p.description, p.story, p.gtin, p.packaging, p.unit, p.ocop_code,
      p.product_set_id, p.province_code, p.commune_code,
      pr.id as producer_id, pr.name as producer_name, pr.type as producer_type, pr.website as producer_website,
      c.id as certificate_id, c.stars, c.number, c.valid_from::text as valid_from, c.valid_to::text as valid_to,
      c.dates_precision, c.revoked_on::text as revoked_on, c.revocation_ground,
      c.re_evaluation_pending_since::text as re_evaluation_since,
      (select r.decision_number from revocations r where r.certificate_id = c.id and r.state = 'revoked'
        order by r.decided_on desc limit 1) as revocation_decision,
      coalesce((select json_agg(json_build_object('fileKey', ph.file_key, 'width', ph.width, 'height', ph.height)
        order by ph.position, ph.created_at) from product_photos ph where ph.product_id = p.id), '[]') as photos,
      coalesce((select json_agg(json_build_object('kind', ch.kind, 'url', ch.url) order by ch.url)
        from product_sale_channels ch where ch.product_id = p.id), '[]') as channels,
      coalesce((select json_agg(json_build_object('slug', s.slug, 'name', s.name, 'address', s.address,
          'provinceCode', s.province_code, 'communeCode', s.commune_code, 'lat', s.lat::text, 'lon', s.lon::text,
          'level', s.level, 'locationType', s.location_type, 'phone', s.phone, 'openingHours', s.opening_hours,
          'website', s.website, 'recognisedBy', s.recognised_by, 'recognisedOn', s.recognised_on::text))
        from (select sp.* from sale_points sp join sale_point_products spp on spp.sale_point_id = sp.id
          where spp.product_id = p.id and sp.is_active order by sp.province_code, sp.name
          limit ${salePointLimit}) s), '[]') as sale_points
    from products p
    join producers pr on pr.id = p.producer_id
    left join lateral (
      select * from certificates c where c.product_id = p.id order by c.valid_from desc, c.created_at desc limit 1
    ) c on true
    where p.slug = ${slug} and p.archived_at is null and pr.archived_at is null
    limit 1`);
  const row = rowsOf<PortalProductRow>(result)[0];
  if (!row) return undefined;
  return {
    ...row,
    stars: row.stars === null ? null : Number(row.stars),
    product_set_id: row.product_set_id === null ? null : Number(row.product_set_id),
    photos: parsed(row.photos),
    channels: parsed(row.channels),
    sale_points: parsed(row.sale_points),
  };
}
