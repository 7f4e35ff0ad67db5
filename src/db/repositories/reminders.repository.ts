import { and, asc, between, eq, isNull, lt, lte, notExists, notInArray, sql } from 'drizzle-orm';
import { TERMINAL_STATES } from '../../domain/workflow/dossier-states.ts';
import type { DbOrTx } from '../client.ts';
import { certificates } from '../schema/certificates.ts';
import { dossiers } from '../schema/dossiers.ts';
import { products } from '../schema/products.ts';
import { revocations } from '../schema/revocations.ts';

// The scans behind the daily reminders (src/app/jobs). Dates are 'YYYY-MM-DD' civil dates in Vietnam.

export type OverdueDossierRow = Pick<
  typeof dossiers.$inferSelect,
  'id' | 'code' | 'state' | 'producerId' | 'provinceCode' | 'communeCode' | 'councilId' | 'centralCouncilId'
> & { dueOn: string; productName: string };

/** Open dossiers whose current step was due before `today`. */
export async function findOverdueDossiers(db: DbOrTx, today: string): Promise<OverdueDossierRow[]> {
  const rows = await db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      state: dossiers.state,
      producerId: dossiers.producerId,
      provinceCode: dossiers.provinceCode,
      communeCode: dossiers.communeCode,
      councilId: dossiers.councilId,
      centralCouncilId: dossiers.centralCouncilId,
      dueOn: dossiers.dueOn,
      productName: products.name,
    })
    .from(dossiers)
    .innerJoin(products, eq(products.id, dossiers.productId))
    .where(and(notInArray(dossiers.state, [...TERMINAL_STATES]), lt(dossiers.dueOn, today)))
    .orderBy(asc(dossiers.dueOn), asc(dossiers.code));
  return rows.flatMap((r) => (r.dueOn === null ? [] : [{ ...r, dueOn: r.dueOn }]));
}

export type ReEvaluationDueRow = {
  certificateId: string;
  validTo: string;
  stars: number;
  productId: string;
  productName: string;
  producerId: string;
  provinceCode: string;
};

/**
 * Products whose current certificate (latest start; not revoked) expires between `validToFrom` and
 * `validToUntil`, with no re-evaluation under way (neither an open re-evaluation dossier nor one recorded
 * on the certificate). Archived products are left out.
 */
export function findCertificatesDueForReEvaluation(
  db: DbOrTx,
  range: { validToFrom: string; validToUntil: string },
): Promise<ReEvaluationDueRow[]> {
  const currentCertificateId = sql`(
    select c2.id from certificates c2 where c2.product_id = ${products.id}
    order by c2.valid_from desc, c2.created_at desc limit 1)`;
  const openReEvaluation = db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(
      and(
        eq(dossiers.productId, products.id),
        eq(dossiers.registrationType, 're_evaluation'),
        notInArray(dossiers.state, [...TERMINAL_STATES]),
      ),
    );
  return db
    .select({
      certificateId: certificates.id,
      validTo: certificates.validTo,
      stars: certificates.stars,
      productId: products.id,
      productName: products.name,
      producerId: products.producerId,
      provinceCode: products.provinceCode,
    })
    .from(products)
    .innerJoin(certificates, eq(certificates.id, currentCertificateId))
    .where(
      and(
        isNull(products.archivedAt),
        between(products.currentValidTo, range.validToFrom, range.validToUntil),
        isNull(products.currentRevokedOn),
        isNull(products.currentReEvaluationSince),
        notExists(openReEvaluation),
      ),
    )
    .orderBy(asc(certificates.validTo), asc(certificates.id));
}

export type RevocationDueRow = {
  id: string;
  level: 'province' | 'central';
  provinceCode: string | null;
  ground: string;
  dueOn: string;
  productId: string;
  productName: string;
};

/** Revocation cases still waiting for a decision whose deadline is on or before `dueBy`. */
export function findRevocationsDueBy(db: DbOrTx, dueBy: string): Promise<RevocationDueRow[]> {
  return db
    .select({
      id: revocations.id,
      level: revocations.level,
      provinceCode: revocations.provinceCode,
      ground: revocations.ground,
      dueOn: revocations.dueOn,
      productId: revocations.productId,
      productName: products.name,
    })
    .from(revocations)
    .innerJoin(products, eq(products.id, revocations.productId))
    .where(and(eq(revocations.state, 'proposed'), lte(revocations.dueOn, dueBy)))
    .orderBy(asc(revocations.dueOn), asc(revocations.id));
}
