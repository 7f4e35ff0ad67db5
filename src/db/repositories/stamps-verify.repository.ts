// The one read behind a scan: stamp → batch (and the certificate it was printed under) → product with its
// copied current-certificate columns → producer, plus the current certificate's number and revocation ground
// and the revoking decision's number. Every join is on a primary key or an index.
import { desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { BatchStatus, StampRecord } from '../../domain/stamps/stamp-verdict.ts';
import type { Db } from '../client.ts';
import { certificates, producers, products, stampBatches, stamps } from '../schema/index.ts';

const printedUnder = alias(certificates, 'bc');

function lookupQuery(db: Db, where: SQL) {
  const current = db
    .select({ id: certificates.id, number: certificates.number, ground: certificates.revocationGround })
    .from(certificates)
    .where(eq(certificates.productId, products.id))
    .orderBy(desc(certificates.validFrom), desc(certificates.createdAt))
    .limit(1)
    .as('cur');
  return db
    .select({
      code: stamps.code,
      serial: stamps.serial,
      batchId: stamps.batchId,
      batchStatus: stampBatches.status,
      printedStars: printedUnder.stars,
      productId: products.id,
      productName: products.name,
      slug: products.slug,
      gtin: products.gtin,
      provinceCode: products.provinceCode,
      photoKey: sql<string | null>`(select ph.file_key from product_photos ph
        where ph.product_id = ${products.id} order by ph.position limit 1)`,
      producerName: producers.name,
      stars: products.currentStars,
      validFrom: products.currentValidFrom,
      validTo: products.currentValidTo,
      revokedOn: products.currentRevokedOn,
      reEvaluationSince: products.currentReEvaluationSince,
      certificateNumber: current.number,
      revocationGround: current.ground,
      revocationDecision: sql<string | null>`(select r.decision_number from revocations r
        where r.certificate_id = ${current.id} and r.state = 'revoked' order by r.decided_on desc limit 1)`,
    })
    .from(stamps)
    .innerJoin(stampBatches, eq(stampBatches.id, stamps.batchId))
    .innerJoin(printedUnder, eq(printedUnder.id, stampBatches.certificateId))
    .innerJoin(products, eq(products.id, stamps.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .leftJoinLateral(current, sql`true`)
    .where(where);
}

type Row = Awaited<ReturnType<ReturnType<typeof lookupQuery>['execute']>>[number];

function toRecord(r: Row): StampRecord {
  return {
    code: r.code,
    serial: r.serial,
    batchId: r.batchId,
    batchStatus: r.batchStatus as BatchStatus,
    printedStars: r.printedStars,
    product: {
      id: r.productId,
      name: r.productName,
      slug: r.slug,
      gtin: r.gtin,
      provinceCode: r.provinceCode,
      photoKey: r.photoKey,
    },
    producerName: r.producerName,
    certificate:
      r.validFrom !== null && r.validTo !== null
        ? {
            number: r.certificateNumber ?? null,
            stars: r.stars ?? 0,
            validFrom: r.validFrom,
            validTo: r.validTo,
            revokedOn: r.revokedOn,
            revocationGround: r.revocationGround ?? null,
            reEvaluationSince: r.reEvaluationSince,
            revocationDecision: r.revocationDecision,
          }
        : null,
  };
}

const byCodes = sql`${stamps.code} = any(string_to_array(${sql.placeholder('codes')}, ','))`;
const prepared = new WeakMap<Db, { execute(values: { codes: string }): Promise<Row[]> }>();

/**
 * The stamps behind these canonical codes (one query for many concurrent scans). The statement is prepared
 * once per database handle: PostgreSQL parses and plans it once per connection instead of once per scan.
 */
export async function findStampRecords(db: Db, codes: readonly string[]): Promise<Map<string, StampRecord>> {
  if (codes.length === 0) return new Map();
  let query = prepared.get(db);
  if (!query) {
    query = lookupQuery(db, byCodes).prepare('stamp_records_by_code');
    prepared.set(db, query);
  }
  const rows = await query.execute({ codes: codes.join(',') });
  return new Map(rows.map((r) => [r.code, toRecord(r)]));
}

/** The stamp a GS1 Digital Link names: the product with that GTIN-13, the stamp with that serial. */
export async function findStampByGtin(db: Db, gtin13: string, serial: number): Promise<StampRecord | null> {
  const where = sql`${stamps.productId} in (select id from products where gtin = ${gtin13}) and ${stamps.serial} = ${serial}`;
  const [row] = await lookupQuery(db, where).limit(1);
  return row ? toRecord(row) : null;
}
