import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  type DecisionRow,
  dossiersOfDecision,
  findDecision,
} from '../../db/repositories/decisions.repository.ts';
import { certificates } from '../../db/schema/certificates.ts';
import { producers } from '../../db/schema/producers.ts';
import { products } from '../../db/schema/products.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { DOSSIER_STATE_LABELS } from '../../domain/workflow/dossier-states.ts';
import type { AppDeps } from '../deps.ts';
import { communeAddress } from '../dossiers/unit-names.ts';

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** A decision with the annex rows: each dossier's product, producer, score, stars and certificate. */
export async function decisionViewOf(deps: AppDeps, db: DbOrTx, decision: DecisionRow) {
  const items = await dossiersOfDecision(db, decision.id);
  const productRows = items.length
    ? await db
        .select()
        .from(products)
        .where(
          inArray(
            products.id,
            items.map((d) => d.productId),
          ),
        )
    : [];
  const producerRows = items.length
    ? await db
        .select()
        .from(producers)
        .where(
          inArray(
            producers.id,
            items.map((d) => d.producerId),
          ),
        )
    : [];
  const certificateIds = items.map((d) => d.certificateId).filter((id): id is string => id !== null);
  const certificateRows = certificateIds.length
    ? await db.select().from(certificates).where(inArray(certificates.id, certificateIds))
    : [];
  const [productsById, producersById, certificatesById] = [
    byId(productRows),
    byId(producerRows),
    byId(certificateRows),
  ];
  return {
    ...decision,
    createdAt: decision.createdAt.toISOString(),
    updatedAt: decision.updatedAt.toISOString(),
    items: items.map((d) => {
      const central = decision.level === 'central';
      const total = central ? d.centralTotal : (d.centralTotal ?? d.resultTotal);
      const stars = central ? d.centralStars : (d.centralStars ?? d.resultStars);
      const certificate = d.certificateId ? certificatesById.get(d.certificateId) : undefined;
      return {
        dossierId: d.id,
        dossierCode: d.code,
        state: d.state,
        stateLabel: DOSSIER_STATE_LABELS[d.state],
        productId: d.productId,
        productName: productsById.get(d.productId)?.name ?? '',
        producerName: producersById.get(d.producerId)?.name ?? '',
        address: communeAddress(deps.adminUnits, d.communeCode),
        productSetId: d.productSetId,
        productSetName: deps.productSets.byId(d.productSetId)?.name ?? String(d.productSetId),
        total: total === null ? null : Number(total),
        stars,
        isNominated: d.isNominated && !central,
        certificateId: certificate?.id ?? null,
        certificateNumber: certificate?.number ?? null,
      };
    }),
  };
}

export type DecisionView = Awaited<ReturnType<typeof decisionViewOf>>;

export const canSeeDecision = (actor: Actor, decision: DecisionRow) =>
  decision.level === 'central' || actor.provinceCode === null || actor.provinceCode === decision.provinceCode;

export async function getDecision(deps: AppDeps, actor: Actor, id: string): Promise<DecisionView> {
  const decision = await findDecision(deps.db, id);
  if (!decision || !canSeeDecision(actor, decision))
    throw new DomainError('DECISION_NOT_FOUND', 'Không tìm thấy quyết định.');
  return decisionViewOf(deps, deps.db, decision);
}
