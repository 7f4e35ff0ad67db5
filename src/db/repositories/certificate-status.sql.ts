import { type SQL, sql } from 'drizzle-orm';

/**
 * The certificate status as SQL over a row aliased `cur` (the product's current certificate), mirroring
 * certificateStatus() in src/domain/registry/certificate-status.ts (tests keep the two in step).
 * `none` when the product has no certificate.
 */
export function certificateStatusSql(today: string): SQL<string> {
  const day = sql`${today}::date`;
  return sql<string>`case
    when cur.id is null then 'none'
    when cur.revoked_on is not null and cur.revocation_ground is not null and cur.revoked_on <= ${day} then 'revoked'
    when ${day} < cur.valid_from then 'not_yet_valid'
    when ${day} <= cur.valid_to and cur.valid_to - ${day} <= 180 then 'expiring'
    when ${day} <= cur.valid_to then 'valid'
    when cur.re_evaluation_pending_since is not null and cur.re_evaluation_pending_since <= cur.valid_to
      and ${day} - cur.valid_to <= 180 then 'extended'
    else 'expired' end`;
}

/** The product's current certificate: the one with the latest start (then the latest recorded). */
export const currentCertificateJoin = sql`left join lateral (
    select * from certificates c where c.product_id = p.id
    order by c.valid_from desc, c.created_at desc limit 1
  ) cur on true`;
