import { type SQL, sql } from 'drizzle-orm';
import type { ListScope } from '../../domain/registry/record-access.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { certificateStatusSql, currentCertificateJoin } from './certificate-status.sql.ts';

export type ProductSearchFilter = {
  scope: ListScope;
  today: string;
  q?: string | undefined;
  provinceCode?: string | undefined;
  communeCode?: string | undefined;
  stars?: number[] | undefined;
  productSetIds?: number[] | undefined;
  producerType?: string | undefined;
  producerId?: string | undefined;
  statuses?: string[] | undefined;
  includeArchived: boolean;
  limit: number;
  offset: number;
};

export type ProductSearchRow = {
  id: string;
  name: string;
  slug: string;
  product_set_id: number | null;
  commune_code: string;
  province_code: string;
  ocop_code: string | null;
  producer_id: string;
  producer_name: string;
  producer_type: string;
  stars: number | null;
  valid_to: string | null;
  certificate_status: string;
  total: number;
};

function scopeSql(scope: ListScope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'province':
      return sql`p.province_code = ${scope.provinceCode}`;
    case 'commune':
      return sql`p.commune_code = ${scope.communeCode}`;
    case 'producer':
      return sql`p.producer_id = ${scope.producerId}`;
    case 'none':
      return sql`false`;
  }
}

const intList = (values: number[]) => sql.raw(values.map((v) => String(Math.trunc(v))).join(','));

/**
 * Products with their producer and current certificate, filtered and ordered: by relevance when `q` is given
 * (accent-insensitive; pg_trgm word similarity tolerates typos), then in Vietnamese alphabetical order.
 */
export async function searchProducts(
  db: DbOrTx,
  f: ProductSearchFilter,
): Promise<{ rows: ProductSearchRow[]; total: number }> {
  const where: SQL[] = [scopeSql(f.scope)];
  if (!f.includeArchived) where.push(sql`p.archived_at is null`);
  if (f.provinceCode) where.push(sql`p.province_code = ${f.provinceCode}`);
  if (f.communeCode) where.push(sql`p.commune_code = ${f.communeCode}`);
  if (f.productSetIds?.length) where.push(sql`p.product_set_id in (${intList(f.productSetIds)})`);
  if (f.producerType) where.push(sql`pr.type = ${f.producerType}`);
  if (f.producerId) where.push(sql`p.producer_id = ${f.producerId}`);
  const folded = f.q ? sql`lower(f_unaccent(${f.q}))` : null;
  if (folded) {
    where.push(sql`(p.name_norm like '%' || ${folded} || '%' or ${folded} <% p.name_norm
      or pr.name_norm like '%' || ${folded} || '%')`);
  }
  const outer: SQL[] = [sql`true`];
  if (f.stars?.length) outer.push(sql`s.stars in (${intList(f.stars)})`);
  if (f.statuses?.length)
    outer.push(
      sql`s.certificate_status in (${sql.join(
        f.statuses.map((x) => sql`${x}`),
        sql`, `,
      )})`,
    );
  const relevance = folded ? sql`word_similarity(${folded}, p.name_norm)` : sql`0`;
  const result = await db.execute(sql`
    select s.*, (count(*) over ())::int as total from (
      select p.id, p.name, p.slug, p.product_set_id, p.commune_code, p.province_code, p.ocop_code, p.sort_key,
        pr.id as producer_id, pr.name as producer_name, pr.type as producer_type,
        cur.stars, cur.valid_to::text as valid_to, ${certificateStatusSql(f.today)} as certificate_status,
        ${relevance} as relevance
      from products p
      join producers pr on pr.id = p.producer_id
      ${currentCertificateJoin}
      where ${sql.join(where, sql` and `)}
    ) s
    where ${sql.join(outer, sql` and `)}
    order by s.relevance desc, s.sort_key collate "C", s.id
    limit ${f.limit} offset ${f.offset}`);
  const rows = rowsOf<ProductSearchRow>(result);
  if (rows.length === 0 && f.offset > 0) {
    // Past the last page the window count is absent: ask the first page for the total.
    const probe = await searchProducts(db, { ...f, offset: 0, limit: 1 });
    return { rows: [], total: probe.total };
  }
  return {
    rows: rows.map((r) => ({ ...r, stars: r.stars === null ? null : Number(r.stars) })),
    total: Number(rows[0]?.total ?? 0),
  };
}
