import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';

/** Copies each product's current certificate (latest start, then latest recorded) onto the product rows in `scope`. */
function refreshWhere(scope: SQL): SQL {
  return sql`
    with cur as (
      select p.id as product_id, c.stars, c.valid_from, c.valid_to, c.revoked_on, c.revocation_ground,
        c.re_evaluation_pending_since
      from products p
      left join lateral (
        select * from certificates c where c.product_id = p.id
        order by c.valid_from desc, c.created_at desc limit 1
      ) c on true
      where ${scope}
    )
    update products p set current_stars = cur.stars, current_valid_from = cur.valid_from,
      current_valid_to = cur.valid_to,
      current_revoked_on = case when cur.revocation_ground is not null then cur.revoked_on end,
      current_re_evaluation_since = cur.re_evaluation_pending_since
    from cur where p.id = cur.product_id`;
}

/**
 * Keeps the copied current-certificate columns in step, so lists filter by stars/status and sort without a
 * join per row. Call in the transaction that changed the certificates. Chunked to keep statements small.
 */
export async function refreshCurrentCertificates(db: DbOrTx, productIds: readonly string[]): Promise<void> {
  const unique = [...new Set(productIds)];
  for (let i = 0; i < unique.length; i += 1000) {
    const ids = sql.join(
      unique.slice(i, i + 1000).map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    await db.execute(refreshWhere(sql`p.id in (${ids})`));
  }
}

/** The same for every product (after set-based bulk loads that bypass the use cases, e.g. benchmarks). */
export async function refreshAllCurrentCertificates(db: DbOrTx): Promise<void> {
  await db.execute(refreshWhere(sql`true`));
}
