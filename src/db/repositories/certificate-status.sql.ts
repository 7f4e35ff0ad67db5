import { type SQL, sql } from 'drizzle-orm';

/**
 * The certificate status as SQL over the current-certificate columns copied onto a product row (alias `p`),
 * mirroring certificateStatus() in src/domain/registry/certificate-status.ts (tests keep the two in step).
 * `none` when the product has no certificate.
 */
export function certificateStatusSql(today: string, alias = 'p'): SQL<string> {
  const day = sql`${today}::date`;
  const col = (name: string) => sql.raw(`${alias}.current_${name}`);
  return sql<string>`case
    when ${col('valid_from')} is null then 'none'
    when ${col('revoked_on')} is not null and ${col('revoked_on')} <= ${day} then 'revoked'
    when ${day} < ${col('valid_from')} then 'not_yet_valid'
    when ${day} <= ${col('valid_to')} and ${col('valid_to')} - ${day} <= 180 then 'expiring'
    when ${day} <= ${col('valid_to')} then 'valid'
    when ${col('re_evaluation_since')} is not null and ${col('re_evaluation_since')} <= ${col('valid_to')}
      and ${day} - ${col('valid_to')} <= 180 then 'extended'
    else 'expired' end`;
}
