// The one read behind a scan: stamp → batch → product (its copied current-certificate columns) → producer,
// with the current certificate's number and revocation ground and the revoking decision's number. Every join
// is on a primary key or an index (stamps_pkey, certificates_product_idx, revocations by certificate).
import { type SQL, sql } from 'drizzle-orm';
import type { BatchStatus, StampRecord } from '../../domain/stamps/stamp-verdict.ts';
import { type DbOrTx, rowsOf } from '../client.ts';

type Raw = {
  code: string;
  serial: number;
  batch_id: string;
  batch_status: BatchStatus;
  printed_stars: number;
  product_id: string;
  product_name: string;
  slug: string;
  gtin: string | null;
  province_code: string;
  photo_key: string | null;
  producer_name: string;
  current_stars: number | null;
  current_valid_from: string | null;
  current_valid_to: string | null;
  current_revoked_on: string | null;
  current_re_evaluation_since: string | null;
  certificate_number: string | null;
  revocation_ground: string | null;
  revocation_decision: string | null;
};

const select = (where: SQL) => sql`
  select s.code, s.serial, s.batch_id, b.status as batch_status, bc.stars as printed_stars,
    p.id as product_id, p.name as product_name, p.slug, p.gtin, p.province_code,
    (select ph.file_key from product_photos ph where ph.product_id = p.id order by ph.position limit 1) as photo_key,
    pr.name as producer_name,
    p.current_stars, p.current_valid_from::text, p.current_valid_to::text, p.current_revoked_on::text,
    p.current_re_evaluation_since::text,
    c.number as certificate_number, c.revocation_ground,
    (select r.decision_number from revocations r where r.certificate_id = c.id and r.state = 'revoked'
      order by r.decided_on desc limit 1) as revocation_decision
  from stamps s
  join stamp_batches b on b.id = s.batch_id
  join certificates bc on bc.id = b.certificate_id
  join products p on p.id = s.product_id
  join producers pr on pr.id = p.producer_id
  left join lateral (
    select c.id, c.number, c.revocation_ground from certificates c where c.product_id = p.id
    order by c.valid_from desc, c.created_at desc limit 1
  ) c on true
  where ${where}`;

function toRecord(r: Raw): StampRecord {
  const hasCertificate = r.current_valid_from !== null && r.current_valid_to !== null;
  return {
    code: r.code,
    serial: r.serial,
    batchId: r.batch_id,
    batchStatus: r.batch_status,
    printedStars: r.printed_stars,
    product: {
      id: r.product_id,
      name: r.product_name,
      slug: r.slug,
      gtin: r.gtin,
      provinceCode: r.province_code,
      photoKey: r.photo_key,
    },
    producerName: r.producer_name,
    certificate: hasCertificate
      ? {
          number: r.certificate_number,
          stars: r.current_stars ?? 0,
          validFrom: r.current_valid_from ?? '',
          validTo: r.current_valid_to ?? '',
          revokedOn: r.current_revoked_on,
          revocationGround: r.revocation_ground,
          reEvaluationSince: r.current_re_evaluation_since,
          revocationDecision: r.revocation_decision,
        }
      : null,
  };
}

/** The stamps behind these canonical codes (one query for many concurrent scans). */
export async function findStampRecords(
  db: DbOrTx,
  codes: readonly string[],
): Promise<Map<string, StampRecord>> {
  if (codes.length === 0) return new Map();
  const where = sql`s.code = any(string_to_array(${codes.join(',')}, ','))`;
  const rows = rowsOf<Raw>(await db.execute(select(where)));
  return new Map(rows.map((r) => [r.code, toRecord(r)]));
}

/** The stamp a GS1 Digital Link names: the product with that GTIN-13, the stamp with that serial. */
export async function findStampByGtin(
  db: DbOrTx,
  gtin13: string,
  serial: number,
): Promise<StampRecord | null> {
  const where = sql`s.product_id in (select id from products where gtin = ${gtin13}) and s.serial = ${serial}`;
  const rows = rowsOf<Raw>(await db.execute(sql`${select(where)} limit 1`));
  const row = rows[0];
  return row ? toRecord(row) : null;
}
