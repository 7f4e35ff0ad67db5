import { type SQL, sql } from 'drizzle-orm';
import type { ListScope } from '../../domain/registry/record-access.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { certificateStatusSql } from './certificate-status.sql.ts';

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
 * Products with their producer and current certificate (copied columns, no join per row), filtered and
 * ordered: by relevance when `q` is given (accent-insensitive; pg_trgm word similarity tolerates typos; the
 * product- and producer-name matches are separate index lookups), then in Vietnamese alphabetical order.
 */
export async function searchProducts(
  db: DbOrTx,
  f: ProductSearchFilter,
): Promise<{ rows: ProductSearchRow[]; total: number }> {
  const status = certificateStatusSql(f.today);
  const where: SQL[] = [scopeSql(f.scope)];
  if (!f.includeArchived) where.push(sql`p.archived_at is null`);
  if (f.provinceCode) where.push(sql`p.province_code = ${f.provinceCode}`);
  if (f.communeCode) where.push(sql`p.commune_code = ${f.communeCode}`);
  if (f.productSetIds?.length) where.push(sql`p.product_set_id in (${intList(f.productSetIds)})`);
  if (f.producerType) where.push(sql`pr.type = ${f.producerType}`);
  if (f.producerId) where.push(sql`p.producer_id = ${f.producerId}`);
  if (f.stars?.length) where.push(sql`p.current_stars in (${intList(f.stars)})`);
  if (f.statuses?.length) {
    where.push(
      sql`(${status}) in (${sql.join(
        f.statuses.map((x) => sql`${x}`),
        sql`, `,
      )})`,
    );
  }
  const folded = f.q ? sql`lower(f_unaccent(${f.q}))` : null;
  if (folded) {
    where.push(sql`p.id in (
      select m.id from products m where m.name_norm like '%' || ${folded} || '%' or ${folded} <% m.name_norm
      union
      select m.id from products m join producers mp on mp.id = m.producer_id
        where mp.name_norm like '%' || ${folded} || '%')`);
  }
  const condition = sql.join(where, sql` and `);
  const relevance = folded ? sql`word_similarity(${folded}, p.name_norm) desc,` : sql``;
  const result = await db.execute(sql`
    select p.id, p.name, p.slug, p.product_set_id, p.commune_code, p.province_code, p.ocop_code,
      pr.id as producer_id, pr.name as producer_name, pr.type as producer_type,
      p.current_stars as stars, p.current_valid_to::text as valid_to, ${status} as certificate_status
    from products p join producers pr on pr.id = p.producer_id
    where ${condition}
    order by ${relevance} p.sort_key collate "C", p.id
    limit ${f.limit} offset ${f.offset}`);
  const counted = await db.execute(sql`
    select count(*)::int as total from products p join producers pr on pr.id = p.producer_id where ${condition}`);
  return {
    rows: rowsOf<ProductSearchRow>(result).map((r) => ({
      ...r,
      stars: r.stars === null ? null : Number(r.stars),
    })),
    total: Number(rowsOf<{ total: number }>(counted)[0]?.total ?? 0),
  };
}
