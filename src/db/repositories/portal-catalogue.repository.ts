import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../client.ts';

/** One public product card as stored: certified (has a current certificate), not archived. */
export type CatalogueRow = {
  id: string;
  slug: string;
  name: string;
  sort_key: string;
  ocop_code: string | null;
  province_code: string;
  commune_code: string;
  product_set_id: number | null;
  producer_id: string;
  producer_name: string;
  producer_type: string;
  photo_key: string | null;
  stars: number;
  certificate_number: string | null;
  dates_precision: string | null;
  valid_from: string;
  valid_to: string;
  revoked_on: string | null;
  revocation_ground: string | null;
  re_evaluation_since: string | null;
};

/**
 * Every product with a current certificate, with what its public card shows (the current-certificate columns
 * copied onto products, plus the certificate's number, precision and revocation ground).
 */
export async function loadCatalogueRows(db: DbOrTx): Promise<CatalogueRow[]> {
  const result = await db.execute(sql`
    select p.id, p.slug, p.name, p.sort_key, p.ocop_code, p.province_code, p.commune_code, p.product_set_id,
      pr.id as producer_id, pr.name as producer_name, pr.type as producer_type,
      (select ph.file_key from product_photos ph where ph.product_id = p.id
        order by ph.position, ph.created_at limit 1) as photo_key,
      p.current_stars as stars, c.number as certificate_number, c.dates_precision,
      p.current_valid_from::text as valid_from, p.current_valid_to::text as valid_to,
      p.current_revoked_on::text as revoked_on, c.revocation_ground,
      p.current_re_evaluation_since::text as re_evaluation_since
    from products p
    join producers pr on pr.id = p.producer_id
    left join lateral (
      select c.number, c.dates_precision, c.revocation_ground from certificates c where c.product_id = p.id
      order by c.valid_from desc, c.created_at desc limit 1
    ) c on true
    where p.archived_at is null and pr.archived_at is null and p.current_valid_from is not null
      and p.current_stars is not null`);
  return rowsOf<CatalogueRow>(result).map((r) => ({
    ...r,
    stars: Number(r.stars),
    product_set_id: r.product_set_id === null ? null : Number(r.product_set_id),
  }));
}

/**
 * A cheap fingerprint of what the catalogue shows: row counts and latest changes of products, producers,
 * certificates and photos, and a hash over the copied current-certificate columns (some workflow steps
 * change those without touching updated_at). Equal fingerprints: the snapshot is still right.
 */
export async function catalogueFingerprint(db: DbOrTx): Promise<string> {
  const result = await db.execute(sql`
    select concat_ws('|',
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(hashtext(concat_ws(',',
        current_stars, current_valid_from, current_valid_to, current_revoked_on, current_re_evaluation_since,
        archived_at)))::text, '') from products),
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') from producers),
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') from certificates),
      (select count(*) || ':' || coalesce(max(created_at)::text, '') from product_photos)) as fingerprint`);
  return String(rowsOf<{ fingerprint: string }>(result)[0]?.fingerprint ?? '');
}
